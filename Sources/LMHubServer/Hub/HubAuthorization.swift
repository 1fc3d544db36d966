import Hummingbird
import LMHubStorage

/// The bearer-token check of the hub's write routes: `Authorization: Bearer <token>` naming an active token
/// (``LMHubStore/token(secret:)``) whose role includes the one the route needs.
struct HubAuthorization: Sendable {
    let store: LMHubStore

    /// The token of `request`.
    /// - Throws: ``ServiceError`` 401 without a token or with an unknown or revoked one, 403 when its role is not enough.
    func require(_ role: APIRole, _ request: Request) async throws -> APIToken {
        guard let header = request.headers[.authorization] else {
            throw ServiceError.unauthorized("this needs an API token: send 'Authorization: Bearer <token>' (an admin creates one with 'lmhub token create')")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw ServiceError.unauthorized("the Authorization header must read 'Bearer <token>'")
        }
        guard let token = try await store.token(secret: parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw ServiceError.unauthorized("the token is unknown or revoked")
        }
        guard token.role.includes(role) else {
            throw ServiceError.forbidden("token '\(token.name)' has the \(token.role.rawValue) role; this needs \(role.rawValue)")
        }
        return token
    }
}
