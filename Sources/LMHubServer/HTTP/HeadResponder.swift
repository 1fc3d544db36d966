import Hummingbird

/// Answers `HEAD` on every `GET` route (RFC 9110 §9.3.2): the request goes to the router as `GET` and its
/// answer comes back with the same status and headers (`Content-Length` included) and no body. It wraps the
/// router's responder, because Hummingbird resolves the route before the router's middleware runs.
public struct HeadResponder<Base: HTTPResponder>: HTTPResponder {
    let base: Base

    public func respond(to request: Request, context: Base.Context) async throws -> Response {
        guard request.method == .head else { return try await base.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await base.respond(to: Request(head: head, body: request.body), context: context)
        let length = try await CollectedBody.bytes(of: response.body).readableBytes
        response.body = ResponseBody(contentLength: length) { writer in try await writer.finish(nil) }
        return response
    }
}

/// The hub's router with `HEAD` answered on every `GET` route (``HeadResponder``): what ``buildRouter(store:)``
/// returns and `Application(router:)` takes; `router` is the Hummingbird router inside, whose `routes` list
/// every route.
public struct HubRouter: HTTPResponderBuilder {
    public let router: Router<HubRequestContext>
    /// Computes ahead what the routes serve (``CacheWarmer``), run beside the server.
    let warmer: CacheWarmer

    /// A concrete type, not `some HTTPResponder`: Swift 6.3's optimiser crashes on the opaque type inside
    /// `Application` (IRGen, `emitArchetypeWitnessTableRef`, release builds only).
    public func buildResponder() -> HeadResponder<RouterResponder<HubRequestContext>> {
        HeadResponder(base: router.buildResponder())
    }
}
