import Foundation

/// One CSV record: its fields and the line of the file it starts on (1-based).
public struct CSVRecord: Sendable, Hashable {
    public var fields: [String]
    public var line: Int
}

/// A streaming RFC 4180 reader: reads the file in 1 MiB chunks and hands out one record at a time, so
/// memory stays flat whatever the file's size.
///
/// Handles quoted fields with embedded commas, doubled quotes and line breaks; LF, CRLF and lone CR line
/// ends; a UTF-8 byte-order mark; a missing final line break. Blank lines are skipped.
/// - Throws: ``IngestError`` naming the file, line and field for an unterminated quote, a character after a
///   closing quote, or bytes that are not UTF-8.
public struct CSVReader {
    private let handle: FileHandle
    private let file: String
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var field: [UInt8] = []
    private static let chunkSize = 1 << 20
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                       lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Opens `path` for reading.
    /// - Throws: ``IngestError`` when the file cannot be opened.
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
        try fill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next record, or `nil` at the end of the file.
    public mutating func next() throws(IngestError) -> CSVRecord? {
        while true {
            guard let byte = try peek() else { return nil }
            if byte == Self.lf || byte == Self.cr {
                try consumeLineEnd()
                continue
            }
            return try readRecord()
        }
    }

    private mutating func readRecord() throws(IngestError) -> CSVRecord {
        let startLine = line
        var fields: [String] = []
        while true {
            try readField(into: &fields, recordLine: startLine)
            guard let byte = try peek() else { return CSVRecord(fields: fields, line: startLine) }
            if byte == Self.comma {
                position += 1
                continue
            }
            try consumeLineEnd()
            return CSVRecord(fields: fields, line: startLine)
        }
    }

    private mutating func readField(into fields: inout [String], recordLine: Int) throws(IngestError) {
        field.removeAll(keepingCapacity: true)
        if try peek() == Self.quote {
            position += 1
            try readQuoted(recordLine: recordLine, fieldIndex: fields.count)
        } else {
            while let byte = try peek(), byte != Self.comma, byte != Self.lf, byte != Self.cr {
                field.append(byte)
                position += 1
            }
        }
        guard let text = String(validating: field, as: UTF8.self) else {
            throw IngestError(file: file, line: recordLine, field: "column \(fields.count + 1)",
                              message: "the bytes are not valid UTF-8", isStructural: true)
        }
        fields.append(text)
    }

    private mutating func readQuoted(recordLine: Int, fieldIndex: Int) throws(IngestError) {
        while true {
            guard let byte = try peek() else {
                throw IngestError(file: file, line: recordLine, field: "column \(fieldIndex + 1)",
                                  message: "a quoted field is not closed before the end of the file", isStructural: true)
            }
            position += 1
            if byte == Self.quote {
                if try peek() == Self.quote {
                    field.append(Self.quote)
                    position += 1
                    continue
                }
                if let next = try peek(), next != Self.comma, next != Self.lf, next != Self.cr {
                    throw IngestError(file: file, line: line, field: "column \(fieldIndex + 1)",
                                      message: "expected a comma or a line end after the closing quote, found '\(Character(Unicode.Scalar(next)))'",
                                      isStructural: true)
                }
                return
            }
            if byte == Self.lf { line += 1 } else if byte == Self.cr, try peek() != Self.lf { line += 1 }
            field.append(byte)
        }
    }

    private mutating func consumeLineEnd() throws(IngestError) {
        if try peek() == Self.cr { position += 1 }
        if try peek() == Self.lf { position += 1 }
        line += 1
    }

    private mutating func peek() throws(IngestError) -> UInt8? {
        if position < buffer.count { return buffer[position] }
        if atEnd { return nil }
        try fill()
        return position < buffer.count ? buffer[position] : nil
    }

    private mutating func fill() throws(IngestError) {
        let chunk: Data?
        do { chunk = try handle.read(upToCount: Self.chunkSize) } catch {
            throw IngestError(file: file, line: line, field: nil, message: "reading failed: \(error.localizedDescription)", isStructural: true)
        }
        if chunk?.isEmpty ?? true { atEnd = true }
        buffer = chunk.map(Array.init) ?? []
        position = 0
    }
}
