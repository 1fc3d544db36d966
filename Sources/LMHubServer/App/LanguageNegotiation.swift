import Hummingbird
import LMHubViews

/// The page language of a request: `?lang=` if it names a served language (any case, region ignored:
/// `ZH`, `zh-CN`), else the first served language in `Accept-Language`, else English.
enum LanguageNegotiation {
    static func language(of request: Request) -> String {
        if let asked = request.uri.queryParameters.get("lang"), let served = served(asked) { return served }
        let header = request.headers[.acceptLanguage] ?? ""
        let tags = header.split(separator: ",").map { String($0.split(separator: ";")[0]) }
        return tags.lazy.compactMap(served).first ?? "en"
    }

    private static func served(_ tag: String) -> String? {
        let primary = tag.trimmingCharacters(in: .whitespaces).lowercased().split(separator: "-").first.map(String.init) ?? ""
        return Strings.languages.contains(primary) ? primary : nil
    }
}
