import Hummingbird
import LMHubViews

/// A page request that failed, answered with an HTML error page in the request's language.
struct PageError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let language: String
    /// The methods the path serves (405).
    var allow: [HTTPRequest.Method] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let key = status == .notFound ? "error.notFound" : status == .badRequest ? "error.badRequest" : "error.server"
        let page = ErrorPage.render(title: Strings.text(key, language), message: message, language: language)
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .vary: "Accept-Language"]
        if !allow.isEmpty { headers[.allow] = allow.map(\.rawValue).joined(separator: ", ") }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
