import Foundation
import Hummingbird
import LMHubCore

/// Reads a knowledge item from a request body (a JSON object, as ``HubItem`` encodes it, at most 1 MiB),
/// turning every problem with its content into field errors for one 422: unknown fields, the kind, the date,
/// then what decoding and ``HubItem/fieldErrors`` find.
enum HubItemBody {
    static let maximumSize = 1 << 20
    static let fields: Set<String> = ["id", "kind", "title", "summary", "date", "places", "countries", "pillar", "themes", "sdgs",
                                      "partners", "links", "parent"]

    /// - Parameter id: the id of the path (`PUT /api/v1/hub/items/{id}`); the body may leave its `id` out.
    /// - Throws: ``ServiceError``: 400 for a body that is not a JSON object, 413 past 1 MiB, 422 with the fields at fault.
    static func read(_ request: Request, id: String? = nil) async throws -> HubItem {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: maximumSize) } catch {
            throw ServiceError.tooLarge("the body is larger than 1 MiB")
        }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] else {
            throw ServiceError.badRequest("the body must be a JSON object, such as {\"id\": \"…\", \"kind\": \"case\", \"title\": {\"en\": \"…\"}}")
        }
        var errors = object.keys.filter { !fields.contains($0) }.sorted().map {
            HubFieldError(field: $0, message: "unknown field; an item has \(fields.subtracting(["parent"]).sorted().joined(separator: ", "))")
        }
        if let id {
            if let given = object["id"] as? String, given != id {
                errors.append(HubFieldError(field: "id", message: "'\(given)' differs from the id of the path, '\(id)'"))
            }
            object["id"] = id
        }
        if let kind = object["kind"] as? String, HubItem.Kind(parsing: kind) == nil {
            errors.append(HubFieldError(field: "kind", message: "unknown kind '\(kind)'; use one of \(HubItem.Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
            object["kind"] = HubItem.Kind.case.rawValue
        }
        if let date = object["date"] as? String, PartialDate(date) == nil {
            errors.append(HubFieldError(field: "date", message: "'\(date)' is not a date YYYY, YYYY-MM or YYYY-MM-DD"))
            object.removeValue(forKey: "date")
        }
        if let goals = object["sdgs"] as? [Any] {
            for (index, goal) in goals.enumerated() where !((goal as? NSNumber).map { Double(truncating: $0) == Double(Int(truncating: $0)) } ?? false) {
                errors.append(HubFieldError(field: "sdgs[\(index)]", message: "'\(goal)' is not a goal number 1–17"))
            }
            if errors.contains(where: { $0.field.hasPrefix("sdgs[") }) { object.removeValue(forKey: "sdgs") }
        }
        let item: HubItem
        do { item = try JSONDecoder().decode(HubItem.self, from: try JSONSerialization.data(withJSONObject: object)) } catch let error as DecodingError {
            throw ServiceError.invalid(errors + [fieldError(error)])
        }
        errors += item.fieldErrors
        if !errors.isEmpty { throw ServiceError.invalid(errors) }
        return item
    }

    private static func fieldError(_ error: DecodingError) -> HubFieldError {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.reduce("") { path, key in
                if let index = key.intValue { return path + "[\(index)]" }
                return path.isEmpty ? key.stringValue : path + "." + key.stringValue
            }
            return text.isEmpty ? "body" : text
        }
        switch error {
        case let .keyNotFound(key, context):
            return HubFieldError(field: path(context.codingPath + [key]), message: "missing")
        case let .typeMismatch(type, context):
            return HubFieldError(field: path(context.codingPath), message: "expected \(description(of: type))")
        case let .valueNotFound(type, context):
            return HubFieldError(field: path(context.codingPath), message: "expected \(description(of: type)), found null")
        case let .dataCorrupted(context):
            if context.codingPath.last?.stringValue == "relation" {
                return HubFieldError(field: path(context.codingPath), message: "use one of \(HubItem.Link.Relation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return HubFieldError(field: path(context.codingPath), message: "a whole number or value of the right kind is needed here")
        @unknown default:
            return HubFieldError(field: "body", message: String(describing: error))
        }
    }

    private static func description(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Double.Type: "a number"
        case is Int.Type: "a whole number"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
