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

    /// What is wrong with the item's content, field by field; empty when it can be stored. The kind and the
    /// date are checked when the item is read (``HubItem/init(from:)``).
    public var fieldErrors: [HubFieldError] {
        var errors: [HubFieldError] = []
        func fail(_ field: String, _ message: String) { errors.append(HubFieldError(field: field, message: message)) }
        if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            fail("id", "use lower-case letters, digits and hyphens, such as 'demo-vientiane-air-monitoring'")
        }
        if title.values.values.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            fail("title", "give the title in at least one language")
        }
        for (name, text) in [("title", title), ("summary", summary ?? LocalizedText([:]))] {
            for language in text.values.keys.sorted() where !Self.languages.contains(language) {
                fail("\(name).\(language)", "unknown language; use one of \(Self.languages.sorted().joined(separator: ", "))")
            }
            for (language, value) in text.values.sorted(by: { $0.key < $1.key })
            where value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }) {
                fail("\(name).\(language)", "contains a control character (only line breaks and tabs are kept)")
            }
        }
        for (index, place) in places.enumerated() {
            if !(-90...90).contains(place.lat) { fail("places[\(index)].lat", "latitude \(place.lat) is outside −90…90") }
            if !(-180...180).contains(place.lon) { fail("places[\(index)].lon", "longitude \(place.lon) is outside −180…180") }
        }
        for (index, country) in countries.enumerated() where country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            fail("countries[\(index)]", "'\(country)' is not an ISO 3166-1 alpha-2 code such as LA")
        }
        for (index, goal) in sdgs.enumerated() where !(1...17).contains(goal) {
            fail("sdgs[\(index)]", "SDG \(goal) does not exist; goals run 1–17")
        }
        return errors
    }
}
