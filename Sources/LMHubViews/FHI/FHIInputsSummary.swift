import Foundation
import LMHubCore

/// What an assessment's sub-indicators are computed from, in short: per node with inputs, each field of its
/// input as text (`flowsFile: flows-p1-p2.csv`, `storedStations: Andaung Meas, Lumphat, …`; a list of records
/// as its count, `samples: 12 entries`). Shown on the assessment page and in its API body.
public enum FHIInputsSummary {
    public struct Input: Sendable, Hashable, Encodable {
        /// The framework node id the input is for.
        public let node: String
        public let fields: [Field]
    }

    public struct Field: Sendable, Hashable, Encodable {
        public let name: String
        public let value: String
    }

    /// The inputs of `document`, in the framework's node order (unknown keys last).
    public static func of(_ document: FHIAssessmentDocument, framework: FHIFramework) -> [Input] {
        guard let data = try? JSONEncoder().encode(document.inputs),
              case let .object(object)? = try? JSONDecoder().decode(JSONValue.self, from: data) else { return [] }
        let order = Dictionary(framework.allNodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return object.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }.map { node in
            guard case let .object(fields)? = object[node] else { return Input(node: node, fields: []) }
            return Input(node: node, fields: fields.sorted { $0.key < $1.key }.map { Field(name: $0.key, value: $0.value.text) })
        }
    }

    /// Any JSON value.
    indirect enum JSONValue: Decodable {
        case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null } else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSONValue].self)) }
        }

        var isScalar: Bool {
            switch self {
            case .array, .object: false
            default: true
            }
        }

        /// The value as short text: a list of scalars joined (eight shown), a list of records by its count.
        var text: String {
            switch self {
            case let .string(text): return text
            case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
            case let .bool(value): return value ? "true" : "false"
            case .null: return ""
            case let .array(list):
                guard list.allSatisfy(\.isScalar) else { return "\(list.count) entries" }
                let shown = list.prefix(8).map(\.text).joined(separator: ", ")
                return list.count > 8 ? "\(shown), … (\(list.count))" : shown
            case let .object(record):
                guard record.count <= 4, record.values.allSatisfy(\.isScalar) else { return "\(record.count) entries" }
                return record.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.text)" }.joined(separator: ", ")
            }
        }
    }
}
