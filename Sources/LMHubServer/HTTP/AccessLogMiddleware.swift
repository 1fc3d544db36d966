import Foundation
import Hummingbird
import Logging

/// One log line per request at `info`, after the answer: method, route (the pattern, such as
/// `/api/v1/stations/{id}`, so lines group by route), path, status, duration in milliseconds and the request id
/// (Hummingbird's `hb.request.id`, also in every other line the request logs).
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context: context, status: response.status, since: start)
            return response
        } catch let error as HTTPResponseError {
            log(request, context: context, status: error.status, since: start)
            throw error
        } catch {
            log(request, context: context, status: .internalServerError, since: start)
            throw error
        }
    }

    private func log(_ request: Request, context: Context, status: HTTPResponse.Status, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("\(request.method) \(request.uri.path) \(status.code)", metadata: [
            "route": .string(context.endpointPath ?? "none"), "status": .stringConvertible(status.code),
            "duration_ms": .string(String(format: "%.2f", milliseconds)),
        ])
    }
}
