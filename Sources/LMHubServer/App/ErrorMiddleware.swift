import Hummingbird
import Logging

/// Maps every failure to HTTP in one place and answers it with a body that says what went wrong: JSON under
/// `/api`, `/ogc` and `/sta`, an HTML page (in the request's language) elsewhere. Services throw
/// ``ServiceError``; unknown routes get a 404 that names the path; a known path asked with a method it does not
/// serve gets a 405 with `Allow`; errors that are neither are logged and answered with a 500, so a failure is
/// never a silent empty response.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods each route pattern serves, for 405 answers (`/api/v1/stations/{id}` → GET, HEAD).
    let methods: RouteMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            throw Self.answer(error, request: request)
        } catch let error as HTTPError where error.status == .notFound {
            if let allowed = methods.allowed(at: request.uri.path), !allowed.contains(request.method) {
                throw failure(.methodNotAllowed, "\(request.uri.path) answers \(allowed.map(\.rawValue).joined(separator: ", ")), not \(request.method)",
                              request: request, allow: allowed)
            }
            throw failure(.notFound, "nothing at \(request.uri.path)", request: request)
        } catch let error as HTTPResponseError {
            throw error
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            throw failure(.internalServerError, "the server failed to answer \(request.uri.path); the server log has the details", request: request)
        }
    }

    /// Whether `path` is answered in JSON rather than HTML.
    static func isData(_ path: String) -> Bool {
        ["/api/", "/ogc", "/sta/"].contains { path.hasPrefix($0) }
    }

    static func answer(_ error: ServiceError, request: Request) -> any Error {
        switch error {
        case let .notFound(message): failure(.notFound, message, request: request)
        case let .badRequest(message): failure(.badRequest, message, request: request)
        case let .conflict(message): failure(.conflict, message, request: request)
        case let .unauthorized(message): failure(.unauthorized, message, request: request)
        case let .forbidden(message): failure(.forbidden, message, request: request)
        case let .tooLarge(message): failure(.contentTooLarge, message, request: request)
        case let .invalid(fields):
            APIError(status: .unprocessableContent, message: "the item cannot be stored: " + fields.map(\.description).joined(separator: "; "), fields: fields)
        }
    }

    private func failure(_ status: HTTPResponse.Status, _ message: String, request: Request, allow: [HTTPRequest.Method] = []) -> any Error {
        Self.failure(status, message, request: request, allow: allow)
    }

    private static func failure(_ status: HTTPResponse.Status, _ message: String, request: Request, allow: [HTTPRequest.Method] = []) -> any Error {
        isData(request.uri.path) ? APIError(status: status, message: message, allow: allow)
            : PageError(status: status, message: message, language: LanguageNegotiation.language(of: request), allow: allow)
    }
}
