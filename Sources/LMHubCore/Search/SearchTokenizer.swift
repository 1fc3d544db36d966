import Foundation

/// One term of the search index and the span of the original text it came from.
public struct SearchToken: Sendable, Hashable {
    /// The indexed form: a folded, stemmed word (`dialogu`, `luong`), or one or two characters of a script
    /// written without spaces (`水质`, `น้ำ`).
    public let term: String
    public let range: Range<String.Index>
    /// Whether the term is a single character of an unspaced run (indexed, but matched only by one-character
    /// queries).
    public let isUnigram: Bool
}

/// Splits text of any of the hub's languages into search terms.
///
/// - Words of spaced scripts (English, Vietnamese, pinyin) are case- and diacritic-folded (`lượng` → `luong`,
///   `đ` → `d`), English words are reduced by ``PorterStemmer`` (`dialogues` → `dialogu`), and the stop words
///   of ``EnglishStopWords`` are left out.
/// - Runs of Chinese, Thai, Lao, Khmer and Burmese (``ScriptBlocks``) give each character as a unigram and each
///   pair of neighbouring characters as a bigram, so that any query of two or more characters is found by its
///   bigrams, without a dictionary to split words.
public enum SearchTokenizer {
    /// The terms of `text`, in order of position.
    public static func tokens(_ text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if ScriptBlocks.isUnspaced(character) {
                index = unspacedRun(in: text, from: index, into: &tokens)
            } else if ScriptBlocks.isWordCharacter(character) {
                index = word(in: text, from: index, into: &tokens)
            } else {
                index = text.index(after: index)
            }
        }
        return tokens
    }

    /// The folded, stemmed form of one word of a spaced script, or `nil` for a stop word.
    public static func normalizedWord<S: StringProtocol>(_ word: S) -> String? {
        var folded = word.lowercased()
        if !folded.allSatisfy(\.isASCII) {
            folded = folded.replacingOccurrences(of: "đ", with: "d")
                .folding(options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
        }
        if EnglishStopWords.all.contains(folded) { return nil }
        return PorterStemmer.stem(folded)
    }

    private static func word(in text: String, from start: String.Index, into tokens: inout [SearchToken]) -> String.Index {
        var end = start
        while end < text.endIndex, !ScriptBlocks.isUnspaced(text[end]), ScriptBlocks.isWordCharacter(text[end]) {
            end = text.index(after: end)
        }
        if let term = normalizedWord(text[start..<end]) {
            tokens.append(SearchToken(term: term, range: start..<end, isUnigram: false))
        }
        return end
    }

    private static func unspacedRun(in text: String, from start: String.Index, into tokens: inout [SearchToken]) -> String.Index {
        var previous: String.Index?
        var index = start
        while index < text.endIndex, ScriptBlocks.isUnspaced(text[index]) {
            let next = text.index(after: index)
            tokens.append(SearchToken(term: String(text[index]), range: index..<next, isUnigram: true))
            if let previous {
                tokens.append(SearchToken(term: String(text[previous..<next]), range: previous..<next, isUnigram: false))
            }
            previous = index
            index = next
        }
        return index
    }
}

/// English words too common to search by: the stop set of Apache Lucene's `EnglishAnalyzer`
/// (`ENGLISH_STOP_WORDS_SET`, 33 words).
public enum EnglishStopWords {
    public static let all: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with",
    ]
}
