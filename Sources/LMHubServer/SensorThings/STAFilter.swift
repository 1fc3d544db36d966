import Foundation

/// A parsed `$filter` expression (OGC 18-088 §9.3.3.4): comparisons `eq ne gt ge lt le` between a property
/// path and a literal (either side), joined by `and`, `or`, `not` and parentheses. Literals: numbers,
/// `'strings'` (`''` escapes a quote), ISO 8601 date-times written without quotes (`2010-01-01T00:00:00Z`),
/// `true`, `false`, `null`. Functions and arithmetic are refused with a 400 naming them.
indirect enum STAFilter: Sendable, Equatable {
    case and(STAFilter, STAFilter)
    case or(STAFilter, STAFilter)
    case not(STAFilter)
    /// `path op literal`, normalised so the property is on the left (`5 lt result` → `result gt 5`).
    case compare(path: [String], STAComparison, STALiteral)

    /// Bounds that keep a filter's SQL within SQLite's expression depth (1,000) and the parser's stack.
    static let maximumComparisons = 200
    static let maximumNesting = 50

    /// Parses `text`; throws ``ServiceError/badRequest(_:)`` saying where it went wrong.
    static func parse(_ text: String) throws -> STAFilter {
        let tokens = try STAFilterToken.tokens(of: text)
        let comparisons = tokens.filter { token in STAComparison.allCases.contains { token == .word($0.rawValue) } }.count
        var depth = 0, deepest = 0
        for token in tokens {
            if token == .open || token == .word("not") { depth += 1 }
            if token == .close { depth -= 1 }
            deepest = max(deepest, depth)
        }
        guard comparisons <= maximumComparisons, deepest <= maximumNesting else {
            throw ServiceError.badRequest("$filter may hold at most \(maximumComparisons) comparisons and \(maximumNesting) levels of parentheses and not; this one has \(comparisons) and \(deepest)")
        }
        var parser = STAFilterParser(tokens: tokens, text: text)
        let filter = try parser.disjunction()
        if let extra = parser.peek { throw parser.error("unexpected \(extra)") }
        return filter
    }
}

/// The comparison operators of §9.3.3.4.1.
enum STAComparison: String, Sendable, CaseIterable {
    case eq, ne, gt, ge, lt, le

    /// The operator with its operands swapped (`lt` ↔ `gt`).
    var flipped: STAComparison {
        switch self {
        case .eq, .ne: self
        case .gt: .lt
        case .ge: .le
        case .lt: .gt
        case .le: .ge
        }
    }

    /// Whether `order` (the left operand against the right) satisfies the operator.
    func holds(_ order: ComparisonResult) -> Bool {
        switch self {
        case .eq: order == .orderedSame
        case .ne: order != .orderedSame
        case .gt: order == .orderedDescending
        case .ge: order != .orderedAscending
        case .lt: order == .orderedAscending
        case .le: order != .orderedDescending
        }
    }
}

/// A literal of a `$filter` comparison.
enum STALiteral: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    case string(String)
    /// An unquoted ISO 8601 time, as epoch milliseconds.
    case time(Int64)
    case bool(Bool)
    case null

    var description: String {
        switch self {
        case let .number(value): "\(value)"
        case let .string(value): "'\(value)'"
        case let .time(millis): STATime.text(millis: millis)
        case let .bool(value): "\(value)"
        case .null: "null"
        }
    }
}

/// A token of `$filter` text.
enum STAFilterToken: Sendable, Equatable, CustomStringConvertible {
    case open, close
    case word(String)
    case literal(STALiteral)

    var description: String {
        switch self {
        case .open: "'('"
        case .close: "')'"
        case let .word(word): "'\(word)'"
        case let .literal(literal): "\(literal)"
        }
    }

    static func tokens(of text: String) throws -> [STAFilterToken] {
        var tokens: [STAFilterToken] = []
        var rest = Substring(text)
        let literalCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ":.+-"))
        let wordCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_@./"))
        func take(while allowed: CharacterSet) -> String {
            let run = rest.prefix { $0.unicodeScalars.allSatisfy(allowed.contains) }
            rest = rest.dropFirst(run.count)
            return String(run)
        }
        while let first = rest.first {
            if first.isWhitespace { rest = rest.dropFirst(); continue }
            if first == "(" { tokens.append(.open); rest = rest.dropFirst(); continue }
            if first == ")" { tokens.append(.close); rest = rest.dropFirst(); continue }
            if first == "'" {
                rest = rest.dropFirst()
                var value = ""
                while true {
                    guard let character = rest.first else { throw ServiceError.badRequest("$filter: a string literal is not closed in \(text)") }
                    rest = rest.dropFirst()
                    if character == "'" {
                        if rest.first == "'" { value.append("'"); rest = rest.dropFirst() } else { break }
                    } else {
                        value.append(character)
                    }
                }
                tokens.append(.literal(.string(value)))
                continue
            }
            if first.isNumber || first == "-" {
                let chunk = take(while: literalCharacters)
                if let number = Double(chunk) {
                    tokens.append(.literal(.number(number)))
                } else if let millis = STATime.millis(chunk) {
                    tokens.append(.literal(.time(millis)))
                } else {
                    throw ServiceError.badRequest("$filter: '\(chunk)' is neither a number nor an ISO 8601 time (e.g. 2010-01-01T00:00:00Z)")
                }
                continue
            }
            if first.unicodeScalars.allSatisfy(wordCharacters.contains) {
                tokens.append(.word(take(while: wordCharacters)))
                continue
            }
            throw ServiceError.badRequest("$filter: unexpected character '\(first)' in \(text)")
        }
        return tokens
    }
}

/// Recursive descent over ``STAFilterToken``s: `or` binds loosest, then `and`, then `not`.
struct STAFilterParser {
    var tokens: [STAFilterToken]
    let text: String
    var position = 0

    var peek: STAFilterToken? { position < tokens.count ? tokens[position] : nil }

    func error(_ message: String) -> ServiceError {
        .badRequest("$filter: \(message) in \(text); supported: comparisons eq ne gt ge lt le of a property and a literal, joined by and, or, not and parentheses")
    }

    mutating func next() -> STAFilterToken? {
        defer { position += 1 }
        return peek
    }

    mutating func disjunction() throws -> STAFilter {
        var left = try conjunction()
        while peek == .word("or") { position += 1; left = .or(left, try conjunction()) }
        return left
    }

    mutating func conjunction() throws -> STAFilter {
        var left = try negation()
        while peek == .word("and") { position += 1; left = .and(left, try negation()) }
        return left
    }

    mutating func negation() throws -> STAFilter {
        if peek == .word("not") { position += 1; return .not(try negation()) }
        if peek == .open {
            position += 1
            let inner = try disjunction()
            guard next() == .close else { throw error("missing ')'") }
            return inner
        }
        return try comparison()
    }

    mutating func comparison() throws -> STAFilter {
        let left = try operand()
        guard case let .word(word)? = next() else { throw error("expected an operator after \(left)") }
        guard let op = STAComparison(rawValue: word) else {
            throw error(["add", "sub", "mul", "div", "mod"].contains(word) ? "arithmetic ('\(word)') is not supported" : "unknown operator '\(word)'")
        }
        let right = try operand()
        switch (left, right) {
        case let (.path(path), .literal(literal)): return .compare(path: path, op, literal)
        case let (.literal(literal), .path(path)): return .compare(path: path, op.flipped, literal)
        default: throw error("a comparison needs one property and one literal")
        }
    }

    enum Operand: CustomStringConvertible {
        case path([String])
        case literal(STALiteral)
        var description: String {
            switch self {
            case let .path(path): path.joined(separator: "/")
            case let .literal(literal): literal.description
            }
        }
    }

    mutating func operand() throws -> Operand {
        switch next() {
        case let .literal(literal)?: return .literal(literal)
        case .word("true")?: return .literal(.bool(true))
        case .word("false")?: return .literal(.bool(false))
        case .word("null")?: return .literal(.null)
        case let .word(word)?:
            if peek == .open { throw error("functions ('\(word)(…)') are not supported") }
            if STAComparison(rawValue: word) != nil || ["and", "or", "not"].contains(word) { throw error("expected a property or literal before '\(word)'") }
            return .path(word.split(separator: "/").map(String.init))
        case let token?: throw error("unexpected \(token)")
        case nil: throw error("the expression ends too early")
        }
    }
}
