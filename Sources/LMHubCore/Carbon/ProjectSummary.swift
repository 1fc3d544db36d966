import Foundation

extension ProjectAccounting {
    /// Sums the lines per module and gas, D apart; adds the functional units and the notes a reader needs.
    /// `choice` says where the GWP set came from: "chosen", "the project's" or "LMHub's default".
    func summarise(_ project: CarbonProject, set: GWPSet, choice: String, results: [LineResult], notes extra: [String], reservoir: ReservoirEmissions?) -> CarbonResult {
        let inside = results.filter { !$0.module.isBeyondSystemBoundary }, beyond = results.filter { $0.module.isBeyondSystemBoundary }
        let total = inside.map(\.tonnesCO2e).reduce(0, +)
        let byModule: [LifeCycleModule: [LineResult]] = Dictionary(grouping: inside, by: \.module)
        let modules = byModule.keys.sorted().map { module -> CarbonResult.ModuleTotal in
            let lines = byModule[module] ?? []
            let tonnes = lines.map(\.tonnesCO2e).reduce(0, +)
            return CarbonResult.ModuleTotal(module: module, tonnesCO2e: tonnes, share: total == 0 ? nil : tonnes / total, lineCount: lines.count)
        }
        func gases(_ lines: [LineResult]) -> [CarbonResult.GasEmission] {
            let byGas: [GreenhouseGas: [CarbonResult.GasEmission]] = Dictionary(grouping: lines.flatMap(\.gases), by: \.gas)
            return byGas.keys.sorted().map { gas in
                let list = byGas[gas] ?? []
                let kilograms = list.map(\.kilograms).reduce(0, +), tonnes = list.map(\.tonnesCO2e).reduce(0, +)
                return CarbonResult.GasEmission(gas: gas, kilograms: kilograms, tonnesCO2e: tonnes)
            }
        }
        let types = Array(Set(results.compactMap(\.electricity))).sorted { $0.rawValue < $1.rawValue }
        let unverified = Array(Set(results.filter { !$0.factorVerified }.map(\.factorID))).sorted()
        var notes = ["GWP100 set: \(set.title) (\(choice))",
                     "module D (beyond the system boundary) is reported apart and not netted into the total"] + extra
        if types.count > 1 {
            let uses = types.map { type in "\(type.rawValue) (lines \(results.filter { $0.electricity == type }.map { String($0.line) }.joined(separator: ", ")))" }
            notes.append("grid electricity factors of different kinds in one result: \(uses.joined(separator: "; ")); they answer different questions (inventory vs baseline)")
        }
        let flagged: [String: [LineResult]] = Dictionary(grouping: results.filter { !$0.flags.isEmpty }) { line in
            // A factor written on the line is named by the line already; a library factor by its id.
            (line.factorID == "line \(line.line)" ? "" : "factor '\(line.factorID)': ") + line.flags.joined(separator: "; ")
        }
        for key in flagged.keys.sorted() {
            let lines = (flagged[key] ?? []).map { String($0.line) }
            let place = (lines.count == 1 ? "line " : "lines ") + lines.joined(separator: ", ")
            notes.append("\(place): \(key)")
        }
        let keys = results.filter { $0.line > 0 }.map { "\($0.module.rawValue)|\($0.item)|\($0.quantity)|\($0.unit)|\($0.factorID)" }
        for (key, count) in Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +) where count > 1 {
            let repeated = results.filter { "\($0.module.rawValue)|\($0.item)|\($0.quantity)|\($0.unit)|\($0.factorID)" == key }.map { String($0.line) }
            notes.append("lines \(repeated.joined(separator: ", ")) are identical and each is counted: site activities (A5) count once per project, not once per structure")
        }
        if let country = project.country, !library.factors.values.contains(where: { $0.category == .electricity && $0.id.hasPrefix("grid.\(country.lowercased()).") }) {
            notes.append("country \(country): no grid electricity factor is bundled for it; give the grid's factor on the line or in a factor file")
        }
        for line in inside where line.line > 0 && line.tonnesCO2e < 0 {
            notes.append("line \(line.line): a negative emission (\(ActivityConversion.format(line.tonnesCO2e)) t CO2e) in \(line.module.rawValue) lowers the total; "
                         + "credits for reuse, recovery or recycling belong in D, which is never netted")
        }
        return CarbonResult(
            project: .init(name: project.name, kind: project.kind, country: project.country, lengthKm: project.lengthKm, areaHa: project.areaHa,
                           capacityMW: project.capacityMW, lifetimeYears: project.lifetimeYears, annualGenerationMWh: project.annualGenerationMWh),
            gwpSet: set.id, gwpTitle: set.title, gwpVerified: set.verified, modules: modules, total: total,
            moduleD: beyond.map(\.tonnesCO2e).reduce(0, +), gases: gases(inside), gasesD: gases(beyond), lines: results,
            functionalUnits: functionalUnits(project, total: total), electricityFactorTypes: types, unverifiedFactors: unverified,
            notes: notes, reservoir: reservoir)
    }

    /// The total per km (roads, railways, power lines), per ha (industrial parks), per MW and per MWh generated
    /// over the lifetime (power plants), and per year of the lifetime; the project's kind comes first.
    func functionalUnits(_ project: CarbonProject, total: Double) -> [CarbonResult.FunctionalUnit] {
        var units: [CarbonResult.FunctionalUnit] = []
        let f = ActivityConversion.format
        if let km = project.lengthKm, km > 0 {
            units.append(.init(per: "km", value: total / km, unit: "t CO2e/km", basis: "total ÷ \(f(km)) km"))
        }
        if let ha = project.areaHa, ha > 0 {
            units.append(.init(per: "ha", value: total / ha, unit: "t CO2e/ha", basis: "total ÷ \(f(ha)) ha"))
        }
        if let mwh = project.annualGenerationMWh, let years = project.lifetimeYears, mwh > 0, years > 0 {
            units.append(.init(per: "MWh", value: total * 1000 / (mwh * years), unit: "kg CO2e/MWh",
                               basis: "total ÷ (\(f(mwh)) MWh/yr × \(f(years)) years)"))
        }
        if let mw = project.capacityMW, mw > 0 {
            units.append(.init(per: "MW", value: total / mw, unit: "t CO2e/MW", basis: "total ÷ \(f(mw)) MW"))
        }
        if let years = project.lifetimeYears, years > 0 {
            units.append(.init(per: "yr", value: total / years, unit: "t CO2e/yr", basis: "total ÷ \(f(years)) years"))
        }
        let first: String? = switch project.kind {
        case .road, .railway, .grid: "km"
        case .industrialPark: "ha"
        case .hydropower: "MWh"
        case .other: nil
        }
        return units.filter { $0.per == first } + units.filter { $0.per != first }
    }
}
