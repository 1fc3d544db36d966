/// The objective one parameter is tested against in the FHI water-quality sub-indicator: a ``SharpObjective``
/// in a unit, optionally only in some months (a wet-season limit, as the FHI Toolbox's time-windowed
/// objectives allow), with the document it comes from.
public struct WaterQualityObjective: Sendable, Hashable, Codable {
    /// Canonical parameter code (``ParameterRegistry``).
    public let parameter: String
    /// The unit `objective` is written in; values are converted to it.
    public let unit: MeasurementUnit
    public let objective: SharpObjective
    /// Months (1–12) the objective applies in; `nil` for the whole year. A sample in another month is no test
    /// of this parameter (the FHI Toolbox counts it as a test with excursion 0).
    public let months: [Int]?
    /// The document, table and item the objective comes from.
    public let source: String
    public let verified: Bool

    public init(parameter: String, unit: MeasurementUnit, objective: SharpObjective, months: [Int]? = nil, source: String, verified: Bool) {
        self.parameter = parameter
        self.unit = unit
        self.objective = objective
        self.months = months
        self.source = source
        self.verified = verified
    }

    /// Whether the objective applies to a sample taken in `month` (1–12).
    public func applies(inMonth month: Int) -> Bool {
        months.map { $0.contains(month) } ?? true
    }

    /// The objectives one class of a class-based standard sets: each item's limit (or range) for class
    /// `label` (`III` of GB 3838-2002, `A1` of QCVN 08-MT:2015, `meets` for the MRC targets), in the item's unit.
    ///
    /// Items that set nothing a value can be tested on for that class are skipped and named in `skipped`:
    /// narrative items, a class with no number (or one the standard leaves unlimited), and a limit of 0 or
    /// less, on which no excursion can be computed.
    /// - Parameter parameters: only these codes; `nil` for every item.
    /// - Throws: ``FHIInputError`` (field `class`) when the standard has no class `label`.
    public static func from(
        _ standard: WaterQualityStandard, class label: String, waterBody: WaterQualityStandard.WaterBody = .river,
        parameters: [String]? = nil
    ) throws(FHIInputError) -> (objectives: [WaterQualityObjective], skipped: [String: String]) {
        guard let index = standard.classes.firstIndex(of: label) else {
            throw FHIInputError(field: "class", message: "\(standard.id) has no class '\(label)'; its classes are \(standard.classes.joined(separator: ", "))")
        }
        var objectives: [WaterQualityObjective] = [], skipped: [String: String] = [:]
        let items = standard.items.filter { item in
            (item.waterBody == nil || item.waterBody == waterBody) && (parameters?.contains(item.parameter) ?? true)
        }
        for item in items {
            let bounds: (minimum: Double?, maximum: Double?)?
            switch item.kind {
            case .maximum: bounds = item.limits?[safe: index].flatMap { $0 }.map { (nil, $0) }
            case .minimum: bounds = item.limits?[safe: index].flatMap { $0 }.map { ($0, nil) }
            case .range: bounds = item.ranges?[safe: index].flatMap { $0 }.flatMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
            case .narrative: bounds = nil
            }
            guard let bounds else {
                skipped[item.parameter] = item.kind == .narrative ? "a narrative item" : "no number for class \(label)"
                continue
            }
            do {
                let objective = try SharpObjective(minimum: bounds.minimum, maximum: bounds.maximum)
                objectives.append(WaterQualityObjective(parameter: item.parameter, unit: item.unit, objective: objective,
                                                        source: "\(standard.id) class \(label): \(item.source)", verified: item.verified))
            } catch {
                skipped[item.parameter] = "limit \(error.message)"
            }
        }
        return (objectives, skipped)
    }
}

fileprivate extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
