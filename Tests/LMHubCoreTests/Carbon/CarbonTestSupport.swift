import LMHubCore

/// A line of a test project: a library id or a literal (`0.13 kgCO2e/kg`) with a source.
func carbonLine(_ line: Int, _ module: LifeCycleModule, _ quantity: Double, _ unit: CarbonUnit, _ factor: String,
                source: String = "test source, Table 1") throws -> ActivityLine {
    let reference: FactorReference = factor.first?.isNumber == true || factor.first == "-"
        ? .literal(try FactorLiteral(parsing: factor).factor(id: "line \(line)", name: "item \(line)", source: source))
        : .library(factor)
    return ActivityLine(line: line, module: module, item: "item \(line)", quantity: quantity, unit: unit, factor: reference, source: source)
}

func carbonProject(_ lines: [ActivityLine], kind: ProjectKind = .road, gwp: String? = nil, lengthKm: Double? = nil) -> CarbonProject {
    CarbonProject(name: "test", kind: kind, lengthKm: lengthKm, gwpSet: gwp, file: "test.csv", lines: lines)
}

/// The carbon error thrown by `body`, if any.
func carbonError(_ body: () throws -> Void) -> CarbonAccountingError? {
    do { try body() } catch let error as CarbonAccountingError { return error } catch { return nil }
    return nil
}
