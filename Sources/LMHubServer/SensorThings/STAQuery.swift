import Foundation

/// The query options of a SensorThings request (OGC 18-088 §9.3): `$top`, `$skip`, `$count`, `$orderby`,
/// `$select`, `$expand` (with nested options in parentheses, `;`-separated, §9.3.2.1) and `$filter`.
/// `$top` defaults to ``defaultTop`` and may not pass ``maximumTop``. An unknown `$` option, or one this
/// server does not support (`$resultFormat`), is a 400; options without `$` are ignored.
struct STAQuery: Sendable {
    static let defaultTop = 100
    static let maximumTop = 10_000

    var top = STAQuery.defaultTop
    var skip = 0
    var count = false
    var orderBy: [(path: [String], descending: Bool)] = []
    var select: [String]?
    var expand: [(navigation: String, query: STAQuery)] = []
    var filter: STAFilter?
    /// The `$` options as given (decoded), to carry into `@iot.nextLink`.
    var options: [(String, String)] = []

    init() {}

    /// Reads the options of `raw` (the URL's query string, undecoded): `+` is a space, `%xx` decoded.
    init(queryString raw: String?) throws {
        var options: [(String, String)] = []
        for pair in (raw ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            options.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
        try self.init(options: options)
    }

    /// Reads `options` (decoded names and values).
    init(options: [(String, String)]) throws {
        var seen: Set<String> = []
        for (name, value) in options where name.hasPrefix("$") {
            guard seen.insert(name).inserted else { throw ServiceError.badRequest("\(name) is given twice") }
            try apply(name, value.trimmingCharacters(in: .whitespaces))
            self.options.append((name, value))
        }
    }

    private mutating func apply(_ name: String, _ value: String) throws {
        switch name {
        case "$top":
            guard let number = Int(value), number >= 0 else { throw ServiceError.badRequest("$top must be a whole number ≥ 0, not '\(value)'") }
            guard number <= Self.maximumTop else { throw ServiceError.badRequest("$top may be at most \(Self.maximumTop); follow @iot.nextLink for more") }
            top = number
        case "$skip":
            guard let number = Int(value), number >= 0 else { throw ServiceError.badRequest("$skip must be a whole number ≥ 0, not '\(value)'") }
            skip = number
        case "$count":
            guard let flag = Bool(value) else { throw ServiceError.badRequest("$count must be true or false, not '\(value)'") }
            count = flag
        case "$orderby":
            orderBy = try Self.list(value).map { item in
                let words = item.split(separator: " ", omittingEmptySubsequences: true)
                guard (1...2).contains(words.count) else { throw ServiceError.badRequest("$orderby: cannot read '\(item)'; write e.g. phenomenonTime desc") }
                let direction = words.count == 2 ? words[1].lowercased() : "asc"
                guard direction == "asc" || direction == "desc" else { throw ServiceError.badRequest("$orderby: '\(words[1])' is neither asc nor desc") }
                return (words[0].split(separator: "/").map(String.init), direction == "desc")
            }
        case "$select":
            select = try Self.list(value)
        case "$expand":
            expand = try Self.list(value).map { item in
                guard let open = item.firstIndex(of: "(") else { return (item, STAQuery()) }
                guard item.hasSuffix(")") else { throw ServiceError.badRequest("$expand: missing ')' in '\(item)'") }
                let navigation = item[..<open].trimmingCharacters(in: .whitespaces)
                let inner = item[item.index(after: open)..<item.index(before: item.endIndex)]
                let options = try Self.split(String(inner), on: ";").map { option in
                    let parts = option.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else { throw ServiceError.badRequest("$expand: cannot read option '\(option)' of \(navigation)") }
                    return (parts[0].trimmingCharacters(in: .whitespaces), String(parts[1]))
                }
                return (navigation, try STAQuery(options: options))
            }
        case "$filter":
            filter = try STAFilter.parse(value)
        case "$resultFormat":
            throw ServiceError.badRequest("$resultFormat is not supported here; results come as JSON")
        default:
            throw ServiceError.badRequest("unknown query option \(name); supported: $top, $skip, $count, $orderby, $select, $expand, $filter")
        }
    }

    /// `link` with these options, `$skip` moved on by one page (`$top` made explicit), for `@iot.nextLink`.
    func nextLink(_ link: String) -> String {
        let kept = options.filter { $0.0 != "$skip" && $0.0 != "$top" } + [("$top", "\(top)"), ("$skip", "\(skip + top)")]
        let encode = { (text: String) in
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~$'(),;:/"))) ?? text
        }
        return link + "?" + kept.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    /// The comma-separated items of `value`, commas inside parentheses or quotes kept (`Observations($top=5;$select=result,phenomenonTime)`).
    static func list(_ value: String) throws -> [String] {
        try split(value, on: ",")
    }

    static func split(_ value: String, on separator: Character) throws -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var quoted = false
        for character in value {
            if character == "'" { quoted.toggle() }
            if !quoted && character == "(" { depth += 1 }
            if !quoted && character == ")" { depth -= 1 }
            if !quoted && depth == 0 && character == separator {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard depth == 0, !quoted else { throw ServiceError.badRequest("unbalanced parentheses or quotes in '\(value)'") }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
