import LMHubCore

/// What a service refuses, in the hub's own words; ``ErrorMiddleware`` maps it to HTTP once: a JSON body
/// under `/api`, `/ogc` and `/sta`, an HTML page in the request's language elsewhere.
enum ServiceError: Error, Sendable {
    /// Nothing by that name (404).
    case notFound(String)
    /// A query or body the service cannot read (400).
    case badRequest(String)
    /// The request clashes with what is stored (409).
    case conflict(String)
    /// A submitted item with fields that cannot be stored (422).
    case invalid([HubFieldError])
    /// No credentials, or unknown ones (401).
    case unauthorized(String)
    /// Credentials without the role needed (403).
    case forbidden(String)
    /// A body past the size a route takes (413).
    case tooLarge(String)
}
