import Foundation

/// The objectives of an assessment's water-quality input: a standard's class, explicit objectives, or both.
enum WaterQualityObjectives {
    /// The objectives, a name for them (`mrc-tgwq class meets`) and notes on the items skipped.
    /// - Throws: ``FHIInputError`` for an unknown standard or class, a class without a standard, or no objective at all.
    static func resolve(_ input: FHIAssessmentInputs.WaterQuality, standards: [String: WaterQualityStandard]) throws(FHIInputError)
        -> (objectives: [WaterQualityObjective], name: String, notes: [String]) {
        var objectives: [WaterQualityObjective] = [], names: [String] = [], notes: [String] = []
        if let id = input.standard {
            guard let standard = standards[id] else {
                throw FHIInputError(field: "standard", message: "unknown standard '\(id)'; known: \(standards.keys.sorted().joined(separator: ", "))")
            }
            guard let label = input.class ?? (standard.classes.count == 1 ? standard.classes.first : nil) else {
                throw FHIInputError(field: "class", message: "\(id) has classes \(standard.classes.joined(separator: ", ")): say which class's limits are the objectives")
            }
            let fromStandard = try WaterQualityObjective.from(standard, class: label, waterBody: input.waterBody ?? .river, parameters: input.parameters)
            objectives = fromStandard.objectives
            names.append("\(id) class \(label)")
            if !fromStandard.skipped.isEmpty {
                notes.append("\(id) items without an objective for class \(label): "
                    + fromStandard.skipped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
            }
        } else if input.class != nil {
            throw FHIInputError(field: "class", message: "a class needs a standard")
        }
        if let explicit = input.objectives {
            let replaced = Set(explicit.map(\.parameter))
            objectives = objectives.filter { !replaced.contains($0.parameter) }
                + explicit.filter { input.parameters?.contains($0.parameter) ?? true }
            names.append("\(explicit.count) objective(s) of the assessment")
        }
        guard !objectives.isEmpty else {
            throw FHIInputError(field: "objectives", message: "no objective to test against: give a standard (and class) or objectives")
        }
        return (objectives, names.joined(separator: " and "), notes)
    }

    /// Midnight of the date `YYYY-MM-DD` in the zone `zone`.
    static func midnight(_ date: String, zone: String) -> Date? {
        guard let utc = LocalDate.date(date), let timeZone = TimeZone(identifier: zone) else { return nil }
        return utc.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utc)))
    }
}
