import Foundation
import Hummingbird
import LMHubCore

/// Reads a knowledge item from a request body (JSON, as ``HubItem`` encodes it, at most 1 MiB), turning every
/// problem with its content into field errors for a 422.
enum HubItemBody {
    static let maximumSize = 1 << 20

    /// - Parameter id: the id of the path (`PUT /api/v1/hub/items/{id}`); the body may leave its `id` out.
    /// - Throws: ``APIError``: 400 for a body that is not JSON, 413 past 1 MiB, 422 with the fields at fault.
    static func read(_ request: Request, id: String? = nil) async throws -> HubItem {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maximumSize) } catch {
            throw APIError(status: .contentTooLarge, message: "the body is larger than 1 MiB")
        }
        var data = Data(buffer: buffer)
        if let id {
            guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw APIError.badRequest("the body must be a JSON object")
            }
            if let given = object["id"] as? String, given != id {
                throw APIError.invalid([HubFieldError(field: "id", message: "'\(given)' differs from the id of the path, '\(id)'")])
            }
            object["id"] = id
            data = try JSONSerialization.data(withJSONObject: object)
        }
        let item: HubItem
        do { item = try JSONDecoder().decode(HubItem.self, from: data) } catch let error as DecodingError {
            throw fieldError(error)
        }
        let errors = item.fieldErrors
        if !errors.isEmpty { throw APIError.invalid(errors) }
        return item
    }

    private static func fieldError(_ error: DecodingError) -> APIError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { path, key in
                if let index = key.intValue { return path + "[\(index)]" }
                return path.isEmpty ? key.stringValue : path + "." + key.stringValue
            }
        }
        switch error {
        case let .keyNotFound(key, context):
            return .invalid([HubFieldError(field: path(context.codingPath + [key]), message: "missing")])
        case let .typeMismatch(type, context):
            return .invalid([HubFieldError(field: path(context.codingPath), message: "expected \(description(of: type))")])
        case let .valueNotFound(type, context):
            return .invalid([HubFieldError(field: path(context.codingPath), message: "expected \(description(of: type)), found null")])
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return .badRequest("the body is not JSON: \(context.debugDescription)") }
            return .invalid([HubFieldError(field: path(context.codingPath), message: context.debugDescription)])
        @unknown default:
            return .badRequest("the body cannot be read: \(error)")
        }
    }

    private static func description(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Double.Type, is Int.Type: "a number"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
