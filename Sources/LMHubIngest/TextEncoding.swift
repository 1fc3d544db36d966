import LMHubCore

/// The text encoding of a data file, told from its first bytes: UTF-8 (with or without a byte-order mark) or
/// UTF-16 with a byte-order mark, which spreadsheets write when they save "Unicode text".
enum TextEncoding: Sendable, Equatable {
    case utf8
    case utf16(bigEndian: Bool)

    /// The byte that stands for text that cannot be decoded in a transcoded stream: 0xFF never occurs in
    /// UTF-8, so the field holding it fails UTF-8 validation and its error names the line and field.
    static let undecodable: UInt8 = 0xFF

    /// The encoding of a file starting with `prefix`, and how many bytes of byte-order mark to skip
    /// (a UTF-8 mark is left to the reader, which skips it in every encoding).
    /// - Throws: ``IngestError`` (line 1) naming UTF-16 when the bytes are UTF-16 without a byte-order mark
    ///   (a NUL in every other byte), or UTF-32 when they start with its mark.
    static func sniff(_ prefix: [UInt8], file: String) throws(IngestError) -> (encoding: TextEncoding, markLength: Int) {
        if prefix.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || prefix.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw IngestError(file: file, line: 1, field: nil,
                              message: "the file is UTF-32 text; LMHub reads UTF-8, or UTF-16 with a byte-order mark: save it as CSV UTF-8",
                              isStructural: true)
        }
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        if let bigEndian = utf16WithoutMark(prefix) {
            throw IngestError(file: file, line: 1, field: nil,
                              message: "the file looks like UTF-16 (\(bigEndian ? "big" : "little")-endian: a NUL in every other byte) without a byte-order mark; "
                                  + "LMHub reads UTF-8, or UTF-16 with a byte-order mark: save it as CSV UTF-8 or as Unicode text",
                              isStructural: true)
        }
        return (.utf8, 0)
    }

    /// `true` (big-endian) or `false` (little-endian) when more than half of the first 256 byte pairs are an
    /// ASCII byte beside a NUL on the same side, as UTF-16 text of mostly Latin letters is; `nil` otherwise.
    private static func utf16WithoutMark(_ prefix: [UInt8]) -> Bool? {
        let pairs = min(prefix.count, 512) / 2
        guard pairs >= 2 else { return nil }
        var littleEndian = 0, bigEndian = 0
        for pair in 0..<pairs {
            let first = prefix[2 * pair], second = prefix[2 * pair + 1]
            if second == 0, first != 0, first < 0x80 { littleEndian += 1 }
            if first == 0, second != 0, second < 0x80 { bigEndian += 1 }
        }
        if 2 * littleEndian > pairs { return false }
        if 2 * bigEndian > pairs { return true }
        return nil
    }
}

/// Streaming UTF-16 → UTF-8: each chunk of the file is transcoded as it is read, and a byte or a high
/// surrogate cut off at the chunk's end is carried into the next, so memory stays one chunk whatever the
/// file's size. An unpaired surrogate, or an odd byte at the end of the file, becomes
/// ``TextEncoding/undecodable``.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var carry: [UInt8] = []

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// The UTF-8 of `bytes` after what was carried; `final` at the end of the file, where nothing is carried.
    mutating func transcode(_ bytes: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        let input = carry.isEmpty ? Array(bytes) : carry + bytes
        carry = []
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 2)
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(input[at]) << 8 | UInt32(input[at + 1]) : UInt32(input[at + 1]) << 8 | UInt32(input[at])
        }
        var index = 0
        while index + 1 < input.count {
            let code = unit(index)
            switch code {
            case 0..<0x80:
                output.append(UInt8(code))
                index += 2
            case 0xD800..<0xDC00:
                guard index + 3 < input.count else {
                    if final {
                        output.append(TextEncoding.undecodable)
                        index += 2
                        continue
                    }
                    carry = Array(input[index...])
                    return output
                }
                let low = unit(index + 2)
                if (0xDC00..<0xE000).contains(low) {
                    Self.append(0x10000 + ((code - 0xD800) << 10 | (low - 0xDC00)), to: &output)
                    index += 4
                } else {
                    output.append(TextEncoding.undecodable)
                    index += 2
                }
            case 0xDC00..<0xE000:
                output.append(TextEncoding.undecodable)
                index += 2
            default:
                Self.append(code, to: &output)
                index += 2
            }
        }
        if index < input.count {
            if final { output.append(TextEncoding.undecodable) } else { carry = Array(input[index...]) }
        }
        return output
    }

    /// Appends the UTF-8 of the scalar `value` (at least 0x80, not a surrogate).
    private static func append(_ value: UInt32, to output: inout [UInt8]) {
        if value < 0x800 {
            output.append(UInt8(0xC0 | value >> 6))
        } else if value < 0x10000 {
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
        } else {
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | (value >> 12) & 0x3F))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
        }
        output.append(UInt8(0x80 | value & 0x3F))
    }
}
