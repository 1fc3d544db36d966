import LMHubCore
import Foundation

/// One CSV record: its fields and the line of the file it starts on (1-based).
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    public var line: Int
}

/// A streaming RFC 4180 reader of comma- or tab-separated text: reads the file in 1 MiB chunks and hands out
/// one record at a time, so memory stays flat whatever the file's size.
///
/// Handles quoted fields with embedded separators, doubled quotes and line breaks; LF, CRLF and lone CR line
/// ends; a missing final line break. Blank lines are skipped.
///
/// Encodings: UTF-8, with or without a byte-order mark, and UTF-16 little- or big-endian with a byte-order
/// mark (`FF FE` / `FE FF`, what spreadsheets save as "Unicode text"), transcoded to UTF-8 while streaming,
/// chunk by chunk (``UTF16Transcoder``), so a UTF-16 file also costs one chunk of memory.
///
/// Separator: a tab when the first record has tabs and no commas outside quotes (Excel's "Unicode Text" is
/// tab-separated), otherwise a comma; chosen once from the header line and used for the whole file.
/// - Throws: ``IngestError`` naming the file, line and field (the column's name in the header, the first
///   record; `column N` in the header itself or beyond its width) for an unterminated quote, a character after a
///   closing quote, or bytes that are not UTF-8 (not UTF-16, in a UTF-16 file: an unpaired surrogate, an odd
///   final byte); naming UTF-16 (line 1) for UTF-16 text without a byte-order mark, which it refuses.
public struct CSVReader {
    private let handle: FileHandle
    private let file: String
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var field: [UInt8] = []
    /// Fields of the last record: room made for the next one's at once.
    private var width = 8
    /// The file's encoding, from its first bytes.
    let encoding: TextEncoding
    private var transcoder: UTF16Transcoder?
    /// `,` or a tab, from the first record.
    let separator: UInt8
    /// The first record's fields, trimmed, which name the columns in errors; `nil` until it is read.
    private var header: [String]?
    private static let chunkSize = 1 << 20
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), tab = UInt8(ascii: "\t"),
                       lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Opens `path` for reading and reads its first chunk to tell the encoding and the separator.
    /// - Throws: ``IngestError`` when the file cannot be opened or read, or is UTF-16 without a byte-order
    ///   mark or UTF-32 (line 1, naming the encoding).
    public init(path: String) throws(IngestError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw IngestError(file: path, line: 0, field: nil, message: "no such file")
        }
        guard !isFolder.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError(file: path, line: 0, field: nil, message: isFolder.boolValue ? "is a folder, not a CSV file" : "cannot open the file (permissions?)")
        }
        self.handle = handle
        self.file = path
        let first = try Self.read(handle, file: path, line: 1)
        let (encoding, markLength) = try TextEncoding.sniff(first, file: path)
        self.encoding = encoding
        atEnd = first.isEmpty
        switch encoding {
        case .utf8:
            buffer = first
        case let .utf16(bigEndian):
            var transcoder = UTF16Transcoder(bigEndian: bigEndian)
            buffer = transcoder.transcode(first[markLength...], final: atEnd)
            self.transcoder = transcoder
        }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        separator = Self.separator(of: buffer[position...])
    }

    /// A tab when the first record in `bytes` has tabs and no commas outside quotes, else a comma.
    private static func separator(of bytes: ArraySlice<UInt8>) -> UInt8 {
        var quoted = false, started = false, tabs = 0, commas = 0
        for byte in bytes {
            if !quoted, byte == lf || byte == cr {
                if started { break }
                continue
            }
            started = true
            if byte == quote {
                quoted.toggle()
            } else if !quoted, byte == tab {
                tabs += 1
            } else if !quoted, byte == comma {
                commas += 1
            }
        }
        return tabs > 0 && commas == 0 ? tab : comma
    }

    /// The next record, or `nil` at the end of the file.
    public mutating func next() throws(IngestError) -> CSVRecord? {
        while true {
            guard let byte = try peek() else { return nil }
            if byte == Self.lf || byte == Self.cr {
                try consumeLineEnd()
                continue
            }
            let record = try readRecord()
            if header == nil { header = record.fields.map(\.trimmed) }
            return record
        }
    }

    private mutating func readRecord() throws(IngestError) -> CSVRecord {
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(width)
        while true {
            try readField(into: &fields, recordLine: startLine)
            guard let byte = try peek() else {
                width = fields.count
                return CSVRecord(fields: fields, line: startLine)
            }
            if byte == separator {
                position += 1
                continue
            }
            try consumeLineEnd()
            width = fields.count
            return CSVRecord(fields: fields, line: startLine)
        }
    }

    private mutating func readField(into fields: inout [String], recordLine: Int) throws(IngestError) {
        field.removeAll(keepingCapacity: true)
        if try peek() == Self.quote {
            position += 1
            try readQuoted(recordLine: recordLine, fieldIndex: fields.count)
        } else if let text = inChunkField() {
            guard let text else { throw notText(recordLine: recordLine, fieldIndex: fields.count) }
            fields.append(text)
            return
        } else {
            while let byte = try peek(), byte != separator, byte != Self.lf, byte != Self.cr {
                field.append(byte)
                position += 1
            }
        }
        guard let text = String(validating: field, as: UTF8.self) else { throw notText(recordLine: recordLine, fieldIndex: fields.count) }
        fields.append(text)
    }

    /// The unquoted field at `position` when it ends (at a separator or line end) in the chunk read, moving
    /// past it: its text, or `.some(nil)` when its bytes are not UTF-8; `nil` when it runs on into the next
    /// chunk. ASCII bytes, the common case, need no validation.
    private mutating func inChunkField() -> String?? {
        let start = position
        let found: (end: Int, ascii: Bool)? = buffer.withUnsafeBufferPointer { bytes in
            var index = start
            var high: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == separator || byte == Self.lf || byte == Self.cr { return (index, high < 0x80) }
                high |= byte
                index += 1
            }
            return nil
        }
        guard let found else { return nil }
        position = found.end
        return buffer.withUnsafeBufferPointer { bytes in
            let field = UnsafeBufferPointer(rebasing: bytes[start..<found.end])
            return found.ascii ? String(decoding: field, as: UTF8.self) : String(validating: field, as: UTF8.self)
        }
    }

    private func notText(recordLine: Int, fieldIndex: Int) -> IngestError {
        let message = encoding == .utf8 ? "the bytes are not valid UTF-8"
            : "the text is not valid UTF-16 (an unpaired surrogate, or an odd byte at the end of the file)"
        return IngestError(file: file, line: recordLine, field: fieldName(fieldIndex), message: message, isStructural: true)
    }

    private mutating func readQuoted(recordLine: Int, fieldIndex: Int) throws(IngestError) {
        while true {
            guard let byte = try peek() else {
                throw IngestError(file: file, line: recordLine, field: fieldName(fieldIndex),
                                  message: "a quoted field is not closed before the end of the file", isStructural: true)
            }
            position += 1
            if byte == Self.quote {
                if try peek() == Self.quote {
                    field.append(Self.quote)
                    position += 1
                    continue
                }
                if let next = try peek(), next != separator, next != Self.lf, next != Self.cr {
                    throw IngestError(file: file, line: line, field: fieldName(fieldIndex),
                                      message: "expected \(separator == Self.tab ? "a tab" : "a comma") or a line end after the closing quote, found '\(Character(Unicode.Scalar(next)))'",
                                      isStructural: true)
                }
                return
            }
            if byte == Self.lf { line += 1 } else if byte == Self.cr, try peek() != Self.lf { line += 1 }
            field.append(byte)
        }
    }

    /// The header's name of column `index` (0-based), or `column N` in the header itself or beyond its width.
    private func fieldName(_ index: Int) -> String {
        guard let header, index < header.count, !header[index].isEmpty else { return "column \(index + 1)" }
        return header[index]
    }

    private mutating func consumeLineEnd() throws(IngestError) {
        if try peek() == Self.cr { position += 1 }
        if try peek() == Self.lf { position += 1 }
        line += 1
    }

    private mutating func peek() throws(IngestError) -> UInt8? {
        while position >= buffer.count {
            if atEnd { return nil }
            try fill()
        }
        return buffer[position]
    }

    /// The next chunk, transcoded to UTF-8; a UTF-16 chunk may transcode to nothing (a carried byte), which
    /// ``peek()`` reads past.
    private mutating func fill() throws(IngestError) {
        let chunk = try Self.read(handle, file: file, line: line)
        if chunk.isEmpty { atEnd = true }
        buffer = transcoder?.transcode(chunk[...], final: atEnd) ?? chunk
        position = 0
    }

    /// Up to one chunk of raw bytes; empty at the end of the file.
    private static func read(_ handle: FileHandle, file: String, line: Int) throws(IngestError) -> [UInt8] {
        do { return try handle.read(upToCount: chunkSize).map(Array.init) ?? [] } catch {
            throw IngestError(file: file, line: line, field: nil, message: "reading failed: \(error.localizedDescription)", isStructural: true)
        }
    }
}
