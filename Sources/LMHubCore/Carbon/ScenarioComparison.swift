/// Scenarios of one project side by side (two designs of a road): the same rows for each, and each scenario's
/// difference from the first. Every scenario must use the same GWP set, or the comparison is refused.
public struct ScenarioComparison: Sendable, Hashable, Codable {
    public let gwpSet: String
    public let scenarios: [String]
    /// One row per module present in any scenario, then `total` (A–C) and `D`; t CO2e per scenario.
    public let rows: [Row]
    /// The functional units every scenario has, per scenario.
    public let functionalUnits: [Row]
    public let results: [CarbonResult]

    public struct Row: Sendable, Hashable, Codable {
        /// `A1-A3`…, `total`, `D`, or a functional unit's `per` (`km`, `MWh`).
        public let label: String
        public let unit: String
        public let values: [Double]
        /// Each value minus the first scenario's.
        public var differences: [Double] { values.map { $0 - (values.first ?? 0) } }
    }

    /// - Throws: ``CarbonAccountingError`` when the results use different GWP sets or there is none.
    public init(_ results: [CarbonResult]) throws(CarbonAccountingError) {
        guard let first = results.first else {
            throw CarbonAccountingError(file: nil, line: 0, field: nil, message: "no scenario to compare")
        }
        if let other = results.first(where: { $0.gwpSet != first.gwpSet }) {
            throw CarbonAccountingError(file: nil, line: 0, field: "gwp", message: "'\(other.project.name)' is under \(other.gwpSet) and '\(first.project.name)' under \(first.gwpSet): scenarios are compared under one GWP set")
        }
        gwpSet = first.gwpSet
        scenarios = results.map(\.project.name)
        let modules = LifeCycleModule.allCases.filter { module in module != .d && results.contains { $0.modules.contains { $0.module == module } } }
        rows = modules.map { module in Row(label: module.rawValue, unit: "t CO2e", values: results.map { $0.tonnes(module) }) }
            + [Row(label: "total", unit: "t CO2e", values: results.map(\.total)), Row(label: "D", unit: "t CO2e", values: results.map(\.moduleD))]
        let shared = first.functionalUnits.filter { unit in results.allSatisfy { $0.functionalUnits.contains { $0.per == unit.per } } }
        functionalUnits = shared.map { unit in
            Row(label: unit.per, unit: unit.unit, values: results.map { result in result.functionalUnits.first { $0.per == unit.per }?.value ?? 0 })
        }
        self.results = results
    }
}
