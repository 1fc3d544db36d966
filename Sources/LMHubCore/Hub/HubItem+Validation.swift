import Foundation

/// A field of a knowledge item that cannot be stored, and why (the API answers 422 with a list of these).
public struct HubFieldError: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The field's path: `title`, `places[0].lat`, `sdgs[2]`.
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

extension HubItem {
    /// The languages an item's text may be in: Chinese and English now, Thai, Lao, Khmer, Vietnamese and
    /// Burmese ready.
    public static let languages: Set<String> = ["zh", "en", "th", "lo", "km", "vi", "my"]

    /// Longest id, title and summary (characters) an item may have: a page lists twenty titles and summaries.
    public static let limits = (id: 100, title: 500, summary: 5_000)

    /// What is wrong with the item's content, field by field; empty when it can be stored. The kind and the
    /// date are checked when the item is read (``HubItem/init(from:)``).
    public var fieldErrors: [HubFieldError] {
        var errors: [HubFieldError] = []
        func fail(_ field: String, _ message: String) { errors.append(HubFieldError(field: field, message: message)) }
        if id.isEmpty || id.count > Self.limits.id || !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            fail("id", "use up to \(Self.limits.id) lower-case letters, digits and hyphens, such as 'demo-vientiane-air-monitoring'")
        }
        if title.values.isEmpty { fail("title", "give the title in at least one language") }
        for (name, text, limit) in [("title", title, Self.limits.title), ("summary", summary ?? LocalizedText([:]), Self.limits.summary)] {
            for (language, value) in text.values.sorted(by: { $0.key < $1.key }) {
                let field = "\(name).\(language)"
                if !Self.languages.contains(language) {
                    fail(field, "unknown language; use one of \(Self.languages.sorted().joined(separator: ", "))")
                }
                if let problem = Self.textProblem(value, limit: limit) { fail(field, problem) }
            }
        }
        for (index, place) in places.enumerated() {
            if !(-90...90).contains(place.lat) { fail("places[\(index)].lat", "latitude \(place.lat) is outside −90…90") }
            if !(-180...180).contains(place.lon) { fail("places[\(index)].lon", "longitude \(place.lon) is outside −180…180") }
            if let country = place.country, !Self.isCountryCode(country) { fail("places[\(index)].country", "'\(country)' is not an ISO 3166-1 alpha-2 code such as LA") }
            if place.name.values.isEmpty { fail("places[\(index)].name", "give the place's name in at least one language") }
            for (language, value) in place.name.values.sorted(by: { $0.key < $1.key }) {
                if !Self.languages.contains(language) { fail("places[\(index)].name.\(language)", "unknown language") }
                if let problem = Self.textProblem(value, limit: Self.limits.title) { fail("places[\(index)].name.\(language)", problem) }
            }
        }
        for (index, country) in countries.enumerated() where !Self.isCountryCode(country) {
            fail("countries[\(index)]", "'\(country)' is not an ISO 3166-1 alpha-2 code such as LA")
        }
        for (index, goal) in sdgs.enumerated() where !(1...17).contains(goal) {
            fail("sdgs[\(index)]", "SDG \(goal) does not exist; goals run 1–17")
        }
        if Set(sdgs).count != sdgs.count { fail("sdgs", "a goal is listed twice") }
        for (field, value) in [("pillar", pillar)].compactMap({ name, value in value.map { (name, $0) } }) + themes.enumerated().map({ ("themes[\($0.offset)]", $0.element) })
        where value.isEmpty || !value.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            fail(field, "use lower-case letters, digits and hyphens, such as 'capacity-building' or 'remote-sensing'")
        }
        for (index, partner) in partners.enumerated() {
            if let problem = Self.textProblem(partner, limit: Self.limits.title) { fail("partners[\(index)]", problem) }
        }
        if let date, !(1900...2100).contains(date.year) { fail("date", "year \(date.year) is outside 1900–2100") }
        return errors
    }

    private static func isCountryCode(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Why a piece of text cannot be shown: blank, too long, or holding a control character other than a line
    /// break or tab; `nil` when it can.
    private static func textProblem(_ text: String, limit: Int) -> String? {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "empty; leave the language out instead" }
        if text.count > limit { return "longer than \(limit) characters" }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) {
            return "contains a control character (only line breaks and tabs are kept)"
        }
        return nil
    }
}
