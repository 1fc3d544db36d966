/// The line each value of a JSON text starts on, by path (`inputs.water-quality.samples[3].date`), so that an
/// error found after decoding can name its line. A light scan, not a validator: on malformed JSON it stops and
/// the decoder's own error is reported.
struct AssessmentFileLines {
    private(set) var lines: [String: Int] = [:]
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        _ = value(path: "")
    }

    /// The line of `path`, else of its nearest enclosing value, else 1.
    func line(of path: String) -> Int {
        var current = path
        while !current.isEmpty {
            if let found = lines[current] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return lines[""] ?? 1
    }

    /// A path's text from a decoder's coding path: keys joined by `.`, array positions as `[i]`.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }

    private mutating func value(path: String) -> Bool {
        skipSpace()
        guard position < bytes.count else { return false }
        lines[path] = line
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            while true {
                skipSpace()
                guard position < bytes.count else { return false }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return true }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard let key = string() else { return false }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
                position += 1
                guard value(path: path.isEmpty ? key : "\(path).\(key)") else { return false }
            }
        case UInt8(ascii: "["):
            position += 1
            var index = 0
            while true {
                skipSpace()
                guard position < bytes.count else { return false }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return true }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                guard value(path: "\(path)[\(index)]") else { return false }
                index += 1
            }
        case UInt8(ascii: "\""):
            return string() != nil
        default:
            while position < bytes.count, !",]} \t\r\n".utf8.contains(bytes[position]) { position += 1 }
            return true
        }
    }

    private mutating func string() -> String? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
            if byte == UInt8(ascii: "\\"), position < bytes.count {
                text.append(bytes[position])
                position += 1
                continue
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
            text.append(byte)
        }
        return nil
    }

    private mutating func skipSpace() {
        while position < bytes.count, " \t\r\n".utf8.contains(bytes[position]) {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
    }
}
