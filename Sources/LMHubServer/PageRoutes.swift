import Foundation
import Hummingbird
import LMHubViews

/// HTML pages: `/` and `/stations/{id}`, in the language of `?lang=` or `Accept-Language`.
struct PageRoutes: Sendable {
    let hub: HubService

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            try await html(OverviewPage.render(hub.overview(language: language(of: request))))
        }
        router.get("/stations/:id") { request, context in
            let language = language(of: request)
            let id = try context.parameters.require("id").removingPercentEncoding ?? ""
            do {
                let model = try await hub.stationPage(id: id, parameter: request.uri.queryParameters.get("parameter"), language: language)
                return html(StationPage.render(model))
            } catch let error as APIError {
                return html(ErrorPage.render(title: Strings.text("station.notFound", language), message: error.message, language: language),
                            status: error.status)
            }
        }
    }

    /// `?lang=` if it names a served language, else the first served language in `Accept-Language`, else English.
    func language(of request: Request) -> String {
        if let asked = request.uri.queryParameters.get("lang"), Strings.languages.contains(asked) { return asked }
        let header = request.headers[.acceptLanguage] ?? ""
        let preferred = header.split(separator: ",").map { $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased() }
        return preferred.lazy.compactMap { tag in Strings.languages.first { tag == $0 || tag.hasPrefix($0 + "-") } }.first ?? "en"
    }

    func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
