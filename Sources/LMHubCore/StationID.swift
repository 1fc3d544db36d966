import Foundation

/// Station ids and names as LMHub keeps them, so that two ids that print the same are the same id.
///
/// On the way in (file cells, URLs, API and CLI arguments) a text is put in Unicode NFC (macOS writes NFD:
/// `e` + U+0301 for `é`), every Unicode space (U+0020, U+00A0 no-break, U+3000 ideographic, U+2007, … —
/// General Category Zs, and tabs) is trimmed at both ends and a run of them inside becomes one U+0020,
/// and control characters (Cc) and invisible format characters (Cf: U+200B zero-width space, U+200C/D
/// joiners, U+2060, U+FEFF byte-order mark, bidi marks) are refused: they make ids that print the same and differ.
public enum StationID {
    /// Why a text cannot be a station id.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        /// Longer than ``longest`` characters: a cell that is not an id (a pasted paragraph, a broken quote).
        case tooLong(Int)
        /// A control or invisible format character, with its position (1-based, in characters) and code point.
        case invisibleCharacter(position: Int, codePoint: String)

        public var description: String {
            switch self {
            case .empty: "empty station"
            case let .tooLong(count): "a station id of \(count) characters is too long (at most \(StationID.longest)); is a quote or a separator off?"
            case let .invisibleCharacter(position, codePoint):
                "character \(position) is the invisible \(codePoint); station ids may not hold control or zero-width characters"
            }
        }
    }

    /// The longest id, in characters.
    public static let longest = 200

    /// The id of `text`: NFC, spaces trimmed and folded.
    /// - Throws: ``Problem`` for an empty text, one longer than ``longest`` characters, or one holding a
    ///   control or format character.
    public static func normalise(_ text: String) throws(Problem) -> String {
        let id = try fold(checking: text)
        guard id.count <= longest else { throw .tooLong(id.count) }
        return id
    }

    private static func fold(checking text: String) throws(Problem) -> String {
        if isPlain(text) { return text }
        var position = 0
        for character in text {
            position += 1
            if let bad = character.unicodeScalars.first(where: isInvisible) {
                throw .invisibleCharacter(position: position, codePoint: String(format: "U+%04X", bad.value))
            }
        }
        let folded = fold(text)
        guard !folded.isEmpty else { throw .empty }
        return folded
    }

    /// As ``normalise(_:)``, but invisible characters are dropped instead of refused: for looking up an id
    /// (a URL, an API argument) and for ids stored before normalisation. Empty when nothing is left.
    public static func lenient(_ text: String) -> String {
        if isPlain(text) { return text }
        return fold(String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) })))
    }

    /// The key two ids share when they differ only by case, accents, spacing or punctuation
    /// (`Stung Treng`, `stung-treng`, `Stưng Trèng`): a new id with the same key as a stored one is a likely typo.
    public static func lookalikeKey(_ id: String) -> String {
        let stripped = id.decomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .spaceSeparator, .dashPunctuation, .connectorPunctuation, .otherPunctuation: false
            default: !isSpace(scalar)
            }
        }
        return String(String.UnicodeScalarView(stripped)).lowercased()
            .replacingOccurrences(of: "đ", with: "d")
    }

    /// ASCII letters, digits and single inner spaces and common punctuation only: already normal.
    private static func isPlain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var previousSpace = false
        for byte in bytes {
            guard byte >= 0x20, byte < 0x7F else { return false }
            if byte == 0x20, previousSpace { return false }
            previousSpace = byte == 0x20
        }
        return true
    }

    private static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
            || scalar == "\n" || scalar == "\r"
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        guard !isSpace(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
