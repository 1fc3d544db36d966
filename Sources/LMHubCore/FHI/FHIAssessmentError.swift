/// A value of a Freshwater Health Index input that cannot be used, with the field it is in: a path into the
/// assessment (`inputs.groundwater.affectedArea`, `inputs.waterSupply.spatialUnits[2].values[5]`) or, for the
/// engines called directly, the argument's name. Readers turn it into an ``IngestError`` naming the file and line.
public struct FHIInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The same error with `prefix` put before its field (`inputs.landCover` + `classes[3]`).
    public func within(_ prefix: String) -> FHIInputError {
        guard !prefix.isEmpty else { return self }
        let joined = field.isEmpty ? prefix : field.hasPrefix("[") ? prefix + field : "\(prefix).\(field)"
        return FHIInputError(field: joined, message: message)
    }

    public var description: String { field.isEmpty ? message : "\(field): \(message)" }
}

/// How FHI values are rounded while they are computed.
public enum FHIRounding: String, Sendable, Hashable, Codable, CaseIterable {
    /// LMHub's default: full precision throughout; rounding is for display only.
    case unrounded
    /// As the FHI Toolbox 1.1 (Conservation International, 2019) does: intermediate terms (ESI F1, F2, F3;
    /// governance question scores) and each score rounded to an integer, halves to even (C# `Math.Round`).
    case toolbox

    /// `value` rounded as this rule says: unchanged, or to the nearest integer with halves to even.
    public func apply(_ value: Double) -> Double {
        self == .toolbox ? value.rounded(.toNearestOrEven) : value
    }
}
