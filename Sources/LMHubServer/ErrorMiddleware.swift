import Hummingbird
import Logging

/// Answers every failure with a body that says what went wrong: JSON under `/api`, an HTML page elsewhere.
/// Unknown routes get a 404 that names the path; errors that are not HTTP errors are logged and answered
/// with a 500, so a failure is never a silent empty response.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as PageError {
            throw error
        } catch let error as HTTPError where error.status == .notFound {
            throw failure(.notFound, "nothing at \(request.uri.path)", isAPI: isAPI, request: request)
        } catch let error as HTTPResponseError {
            throw error
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            throw failure(.internalServerError, "the server failed to answer \(request.uri.path); the server log has the details", isAPI: isAPI, request: request)
        }
    }

    private func failure(_ status: HTTPResponse.Status, _ message: String, isAPI: Bool, request: Request) -> any Error {
        isAPI ? APIError(status: status, message: message)
            : PageError(status: status, message: message, language: LanguageNegotiation.language(of: request))
    }
}
