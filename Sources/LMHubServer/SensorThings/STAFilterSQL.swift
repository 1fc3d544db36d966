import LMHubStorage
import SQLKit

/// `$filter` and `$orderby` on Observations as SQL over ``STAObservationColumn`` (OGC 18-088 §9.3.3.4),
/// with bound values only. Properties: `phenomenonTime` (ISO 8601 literal), `result` (number), `id` /
/// `@iot.id` (`'<datastream>-<ms>'`, `eq`/`ne`), `Datastream/id` (number). Anything else is a 400.
enum STAObservationSQL {
    static func predicate(_ filter: STAFilter) throws -> any SQLExpression {
        switch filter {
        case let .and(left, right):
            return SQLBinaryExpression(SQLGroupExpression(try predicate(left)), .and, SQLGroupExpression(try predicate(right)))
        case let .or(left, right):
            return SQLBinaryExpression(SQLGroupExpression(try predicate(left)), .or, SQLGroupExpression(try predicate(right)))
        case let .not(inner):
            return SQLList([SQLRaw("NOT"), SQLGroupExpression(try predicate(inner))], separator: SQLRaw(" "))
        case let .compare(path, op, literal):
            return try comparison(path, op, literal)
        }
    }

    private static func comparison(_ path: [String], _ op: STAComparison, _ literal: STALiteral) throws -> any SQLExpression {
        switch (path, literal) {
        case let (["phenomenonTime"], .time(millis)):
            return SQLBinaryExpression(STAObservationColumn.phenomenonTime.sql, sql(op), SQLBind(millis))
        case let (["phenomenonTime"], .string(text)):
            guard let millis = STATime.millis(text) else { throw ServiceError.badRequest("$filter: '\(text)' is not an ISO 8601 time") }
            return SQLBinaryExpression(STAObservationColumn.phenomenonTime.sql, sql(op), SQLBind(millis))
        case let (["result"], .number(value)):
            return SQLBinaryExpression(STAObservationColumn.value.sql, sql(op), SQLBind(value))
        case let (["Datastream", "id"], .number(value)), let (["Datastream", "@iot.id"], .number(value)):
            return SQLBinaryExpression(STAObservationColumn.datastream.sql, sql(op), SQLBind(Int64(value)))
        case let (["id"], .string(text)), let (["@iot.id"], .string(text)):
            guard op == .eq || op == .ne else { throw ServiceError.badRequest("$filter: Observation ids compare with eq or ne only") }
            guard let key = STAEntity.observationKey(text) else {
                throw ServiceError.badRequest("$filter: '\(text)' is not an Observation id (<datastream>-<epoch ms>)")
            }
            let same = SQLBinaryExpression(
                SQLBinaryExpression(STAObservationColumn.datastream.sql, .equal, SQLBind(key.datastream)), .and,
                SQLBinaryExpression(STAObservationColumn.phenomenonTime.sql, .equal, SQLBind(key.millis)))
            return op == .eq ? same : SQLList([SQLRaw("NOT"), SQLGroupExpression(same)], separator: SQLRaw(" "))
        case (["phenomenonTime"], _), (["result"], _), (["id"], _), (["@iot.id"], _), (["Datastream", "id"], _), (["Datastream", "@iot.id"], _):
            throw ServiceError.badRequest("$filter: \(path.joined(separator: "/")) cannot be compared with \(literal); phenomenonTime takes an ISO 8601 time, result and Datastream/id a number, id a string")
        default:
            throw ServiceError.badRequest("$filter: Observations cannot be filtered on \(path.joined(separator: "/")); supported: phenomenonTime, result, id, Datastream/id")
        }
    }

    /// The `$orderby` keys of an observations query.
    static func order(_ keys: [(path: [String], descending: Bool)]) throws -> [(column: STAObservationColumn, descending: Bool)] {
        try keys.flatMap { key -> [(column: STAObservationColumn, descending: Bool)] in
            switch key.path {
            case ["phenomenonTime"]: [(.phenomenonTime, key.descending)]
            case ["result"]: [(.value, key.descending)]
            case ["id"], ["@iot.id"]: [(.datastream, key.descending), (.phenomenonTime, key.descending)]
            case ["Datastream", "id"], ["Datastream", "@iot.id"]: [(.datastream, key.descending)]
            default: throw ServiceError.badRequest("$orderby: Observations sort by phenomenonTime, result or id, not \(key.path.joined(separator: "/"))")
            }
        }
    }

    static func sql(_ op: STAComparison) -> SQLBinaryOperator {
        switch op {
        case .eq: .equal
        case .ne: .notEqual
        case .gt: .greaterThan
        case .ge: .greaterThanOrEqual
        case .lt: .lessThan
        case .le: .lessThanOrEqual
        }
    }
}
