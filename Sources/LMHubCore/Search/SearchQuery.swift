/// A full-text query as typed, read into the terms ``HubSearchIndex`` looks up.
///
/// Words become their folded stems (``SearchTokenizer/normalizedWord(_:)``); a run of an unspaced script
/// (Chinese, Thai, …) of two or more characters becomes its bigrams, and a single character its unigram. Runs
/// of two or more characters are also kept whole as `phrases`: an item containing one as typed ranks above
/// one that only has its bigrams apart. Each word, and each run, is a clause: ``HubSearchIndex`` counts a
/// clause as matched when an item has at least half its terms.
public struct SearchQuery: Sendable, Hashable {
    public let text: String
    /// Distinct terms, in the order typed.
    public let terms: [String]
    /// The terms of each word or unspaced run, in the order typed.
    public let clauses: [[String]]
    /// Runs of unspaced scripts of two or more characters, as typed.
    public let phrases: [String]

    public init(_ text: String) {
        self.text = text
        let tokens = SearchTokenizer.tokens(text)
        let bigramBounds = Set(tokens.filter { !$0.isUnigram && $0.term.count == 2 && ScriptBlocks.isUnspaced($0.term.first!) }
            .flatMap { [$0.range.lowerBound, $0.range.upperBound] })
        var clauses: [[String]] = []
        var runEnd: String.Index?
        for token in tokens {
            let unspaced = token.term.first.map(ScriptBlocks.isUnspaced) ?? false
            let continuesRun = unspaced && runEnd.map { token.range.lowerBound <= $0 } == true
            if !continuesRun { clauses.append([]) }
            runEnd = unspaced ? max(continuesRun ? runEnd! : token.range.upperBound, token.range.upperBound) : nil
            let covered = token.isUnigram && (bigramBounds.contains(token.range.lowerBound) || bigramBounds.contains(token.range.upperBound))
            if !covered, !clauses[clauses.count - 1].contains(token.term) { clauses[clauses.count - 1].append(token.term) }
        }
        var seenClauses = Set<[String]>()
        self.clauses = clauses.filter { !$0.isEmpty && seenClauses.insert($0).inserted }
        var seen = Set<String>()
        terms = self.clauses.flatMap { $0 }.filter { seen.insert($0).inserted }
        phrases = Self.unspacedRuns(text).filter { $0.count >= 2 }
    }

    /// Whether the query has nothing to search by (empty, punctuation, or stop words only).
    public var isEmpty: Bool { terms.isEmpty }

    /// `text` cut into pieces, the pieces whose terms the query has marked as matches: the words, characters
    /// and character pairs that made an item a hit. Joined, the pieces give `text` back unchanged.
    public func highlight(_ text: String) -> [HighlightSegment] {
        let wanted = Set(terms)
        var marked: [Range<String.Index>] = []
        for token in SearchTokenizer.tokens(text) where wanted.contains(token.term) {
            if let last = marked.last, token.range.lowerBound <= last.upperBound {
                marked[marked.count - 1] = last.lowerBound..<max(last.upperBound, token.range.upperBound)
            } else {
                marked.append(token.range)
            }
        }
        var segments: [HighlightSegment] = []
        var position = text.startIndex
        for range in marked {
            if position < range.lowerBound { segments.append(HighlightSegment(text: String(text[position..<range.lowerBound]), isMatch: false)) }
            segments.append(HighlightSegment(text: String(text[range]), isMatch: true))
            position = range.upperBound
        }
        if position < text.endIndex { segments.append(HighlightSegment(text: String(text[position...]), isMatch: false)) }
        return segments
    }

    private static func unspacedRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if ScriptBlocks.isUnspaced(character) {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

/// A piece of highlighted text: a match of the query, or the text between matches.
public struct HighlightSegment: Sendable, Hashable, Codable {
    public let text: String
    public let isMatch: Bool
}
