import Foundation
import Hummingbird

/// The request context of the hub's routes: JSON answers have ISO 8601 times, sorted keys (stable bodies
/// that diff and cache well) and unescaped slashes.
public struct HubRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
