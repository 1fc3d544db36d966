import Foundation

/// A resource path under the service root (OGC 18-088 §9.2): an entity set, optionally with a key in
/// parentheses (`Things('Andaung Meas')`, `Datastreams(3)`), then navigation properties
/// (`/Datastreams`, `/Thing`, `/Observations('3-1072915200000')`), then optionally one property
/// (`/name`, §9.2.4) and `/$value` (§9.2.5, the bare value as text).
struct STAPath: Sendable {
    struct Segment: Sendable {
        var name: String
        /// The key: `.integer` for `(3)`, `.string` for `('x')` (doubled quotes undone), `nil` without parentheses.
        var key: STAJSON?
    }

    var segments: [Segment]
    /// Whether the path ends in `/$value`.
    var rawValue = false

    /// Parses the raw path segments after the service root (still percent-encoded).
    init(raw: [Substring]) throws {
        segments = []
        for (index, piece) in raw.enumerated() {
            let text = String(piece).removingPercentEncoding ?? String(piece)
            if text == "$value", index == raw.count - 1, index >= 2 { rawValue = true; continue }
            if text.hasPrefix("$") { throw ServiceError.badRequest("\(text) is not supported here (only a final /$value after a property)") }
            segments.append(try Self.segment(text))
        }
    }

    static func segment(_ text: String) throws -> Segment {
        guard let open = text.firstIndex(of: "(") else { return Segment(name: text, key: nil) }
        guard text.hasSuffix(")") else { throw ServiceError.badRequest("cannot read the path segment \(text): missing ')'") }
        let name = String(text[..<open])
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        if inner.count >= 2, inner.hasPrefix("'"), inner.hasSuffix("'") {
            let quoted = inner.dropFirst().dropLast()
            return Segment(name: name, key: .string(quoted.replacingOccurrences(of: "''", with: "'")))
        }
        guard let number = Int64(inner) else {
            throw ServiceError.badRequest("cannot read the id in \(text): write a number, Things(1), or a quoted string, Things('Andaung Meas')")
        }
        return Segment(name: name, key: .integer(number))
    }

    /// Percent-encodes an id for a path (`'` kept, so links read `Things('Andaung%20Meas')`).
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~'"))) ?? text
    }
}

/// What a path resolves to: entities, or one property of one entity.
enum STATarget: Sendable {
    case resolved(STAResolved)
    case property(name: String, value: STAJSON, raw: Bool)
}

extension STAModel {
    /// Resolves `path` against the model: 404 for an unknown set, id or navigation property.
    func resolve(_ path: STAPath) async throws -> STATarget {
        guard let first = path.segments.first else { throw ServiceError.badRequest("no entity set named") }
        guard let set = STAEntitySet(rawValue: first.name) else {
            throw ServiceError.notFound("no entity set \(first.name); the sets are \(STAEntitySet.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var current = try await pick(set: set, key: first.key, from: set == .observations ? .observations(nil) : .many(set, all(set)))
        for (index, segment) in path.segments.enumerated().dropFirst() {
            guard case let .one(entity) = current else {
                throw ServiceError.badRequest("\(segment.name) follows a collection; name one entity first, e.g. \(path.segments[index - 1].name)(id)/\(segment.name)")
            }
            if let navigation = entity.set.navigation(named: segment.name) {
                current = try await pick(set: navigation.target, key: segment.key, from: try follow(navigation, from: entity))
                continue
            }
            let properties = properties(of: entity).merging(["id": entity.id]) { a, _ in a }
            guard segment.key == nil, index == path.segments.count - 1, let value = properties[segment.name] else {
                throw ServiceError.notFound("\(entity.set.singular) has no property or navigation \(segment.name)")
            }
            return .property(name: segment.name, value: value, raw: path.rawValue)
        }
        if path.rawValue { throw ServiceError.badRequest("/$value follows a property, e.g. Things('x')/name/$value") }
        return .resolved(current)
    }

    /// `resolved` narrowed to the entity with `key`, when there is one (404 if absent).
    private func pick(set: STAEntitySet, key: STAJSON?, from resolved: STAResolved) async throws -> STAResolved {
        guard let key else { return resolved }
        let found: STAEntity?
        switch resolved {
        case let .one(entity): throw ServiceError.badRequest("\(entity.set.singular) is a single entity; it takes no id")
        case let .many(_, entities):
            let candidate = try await entity(set, key: key)
            found = entities.contains { $0.id == candidate?.id } ? candidate : nil
        case let .observations(datastreams):
            let candidate = try await entity(.observations, key: key)
            if case let .observation(row)? = candidate, datastreams?.contains(row.datastream_id) ?? true { found = candidate } else { found = nil }
        }
        guard let found else { throw ServiceError.notFound("no \(set.singular) with id \(key.keyText) here") }
        return .one(found)
    }
}

extension STAJSON {
    /// A key as written in a path: `3` or `'x'`.
    var keyText: String {
        switch self {
        case let .integer(number): "\(number)"
        case let .string(text): "'\(text)'"
        default: "?"
        }
    }
}
