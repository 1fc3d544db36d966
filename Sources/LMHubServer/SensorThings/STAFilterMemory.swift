import Foundation

/// `$filter` and `$orderby` on the small entity sets, evaluated over each entity's JSON (OGC 18-088
/// §9.3.3.4): a path names a property (`name`, `properties/country`, `unitOfMeasurement/symbol`), `id` or
/// `@iot.id`, or goes through a to-one navigation property (`Thing/id`, `ObservedProperty/name`).
/// Values compare as numbers, strings, or ISO 8601 times against a time literal; mismatched kinds are unequal.
extension STAModel {
    func matches(_ entity: STAEntity, _ filter: STAFilter) throws -> Bool {
        switch filter {
        case let .and(left, right): try matches(entity, left) && matches(entity, right)
        case let .or(left, right): try matches(entity, left) || matches(entity, right)
        case let .not(inner): try !matches(entity, inner)
        case let .compare(path, op, literal): try Self.compare(value(of: entity, at: path), literal).map(op.holds) ?? (op == .ne)
        }
    }

    /// The JSON value at `path` of `entity`, `.null` when absent.
    func value(of entity: STAEntity, at path: [String]) throws -> STAJSON {
        guard let head = path.first else { return .null }
        if head == "id" || head == "@iot.id" { return path.count == 1 ? entity.id : .null }
        if let navigation = entity.set.navigation(named: head) {
            guard case .one = navigation, case let .one(target) = try follow(navigation, from: entity) else {
                throw ServiceError.badRequest("$filter/$orderby: \(head) is a collection; only to-one navigation (e.g. Thing/id) may appear in a path")
            }
            return try value(of: target, at: Array(path.dropFirst()))
        }
        var current = STAJSON.object(properties(of: entity))
        for name in path { current = current[name] ?? .null }
        return current
    }

    /// How `value` orders against `literal`, or `nil` when they are of different kinds.
    static func compare(_ value: STAJSON, _ literal: STALiteral) -> ComparisonResult? {
        switch (value, literal) {
        case let (.number(a), .number(b)): order(a, b)
        case let (.integer(a), .number(b)): order(Double(a), b)
        case let (.string(a), .string(b)): order(a, b)
        case let (.integer(a), .string(b)): order("\(a)", b)
        case let (.string(a), .time(b)): STATime.millis(a).map { order($0, b) }
        case let (.bool(a), .bool(b)): a == b ? .orderedSame : (a ? .orderedDescending : .orderedAscending)
        case (.null, .null): .orderedSame
        default: nil
        }
    }

    /// `entities` sorted by `keys` (stable; nulls first), for `$orderby`.
    func sorted(_ entities: [STAEntity], by keys: [(path: [String], descending: Bool)]) throws -> [STAEntity] {
        guard !keys.isEmpty else { return entities }
        let keyed = try entities.map { entity in (entity, try keys.map { try value(of: entity, at: $0.path) }) }
        return keyed.enumerated().sorted { left, right in
            for (index, key) in keys.enumerated() {
                let order = Self.order(left.element.1[index], right.element.1[index])
                if order != .orderedSame { return key.descending ? order == .orderedDescending : order == .orderedAscending }
            }
            return left.offset < right.offset
        }.map(\.element.0)
    }

    static func order(_ a: STAJSON, _ b: STAJSON) -> ComparisonResult {
        switch (a, b) {
        case let (.number(x), .number(y)): order(x, y)
        case let (.integer(x), .integer(y)): order(x, y)
        case let (.string(x), .string(y)): order(x, y)
        case (.null, .null): .orderedSame
        case (.null, _): .orderedAscending
        case (_, .null): .orderedDescending
        default: order("\(a)", "\(b)")
        }
    }

    static func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
        a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
    }
}
