/// The writing systems the search tokenizer tells apart, by Unicode block (Unicode 15.1, `Blocks.txt`).
///
/// Chinese, Japanese kana, Thai, Lao, Khmer and Burmese are written without spaces between words; their runs are
/// indexed as character unigrams and bigrams (the CJK bigram method of Lucene's `CJKAnalyzer`), which finds any
/// substring of two or more characters, where trigram indexes miss two-character queries such as 水质 or 老挝.
/// Every other letter or digit belongs to a space-separated word.
enum ScriptBlocks {
    /// Code-point ranges of the scripts written without spaces, with the block names of `Blocks.txt`.
    static let unspaced: [(name: String, range: ClosedRange<UInt32>)] = [
        ("Myanmar", 0x1000...0x109F),
        ("Khmer", 0x1780...0x17FF),
        ("Khmer Symbols", 0x19E0...0x19FF),
        ("Thai", 0x0E00...0x0E7F),
        ("Lao", 0x0E80...0x0EFF),
        ("Hiragana", 0x3040...0x309F),
        ("Katakana", 0x30A0...0x30FF),
        ("CJK Unified Ideographs Extension A", 0x3400...0x4DBF),
        ("CJK Unified Ideographs", 0x4E00...0x9FFF),
        ("Myanmar Extended-B", 0xA9E0...0xA9FF),
        ("Myanmar Extended-A", 0xAA60...0xAA7F),
        ("CJK Compatibility Ideographs", 0xF900...0xFAFF),
        ("CJK Unified Ideographs Extension B–I", 0x20000...0x323AF),
    ]

    /// Whether `character` belongs to a script written without spaces (by its first scalar, the base letter).
    static func isUnspaced(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        let value = scalar.value
        if value < 0x1000 { return (0x0E00...0x0EFF).contains(value) }
        return unspaced.contains { $0.range.contains(value) }
    }

    /// Whether `character` is part of a word of a spaced script: a letter, a digit, or a combining mark.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
