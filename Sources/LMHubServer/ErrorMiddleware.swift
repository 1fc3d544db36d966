import Hummingbird
import Logging

/// Logs any error that is not already an HTTP error and answers it with a JSON 500 that says what failed,
/// so that a failure is never a silent empty response.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            throw error
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            throw APIError.internalError("the server failed to answer \(request.uri.path); the server log has the details")
        }
    }
}
