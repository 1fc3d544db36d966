import LMHubCore

/// Text and CSV of project results.
enum CarbonProjectReport {
    typealias Output = CarbonOutput

    /// `module,tco2e`: the modules with lines, `total` (A–C) and `D`.
    static func csv(_ result: CarbonResult) -> String {
        var rows = ["module,tco2e"]
        rows += result.modules.map { "\($0.module.rawValue),\(Output.csv($0.tonnesCO2e))" }
        rows.append("total,\(Output.csv(result.total))")
        rows.append("D,\(Output.csv(result.moduleD))")
        return rows.joined(separator: "\n") + "\n"
    }

    /// `module,<scenario>,<scenario>…` in t CO2e.
    static func csv(_ comparison: ScenarioComparison) -> String {
        let header = (["module"] + comparison.scenarios.map(quoted)).joined(separator: ",")
        let rows = comparison.rows.map { row in ([row.label] + row.values.map(Output.csv)).joined(separator: ",") }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func table(_ result: CarbonResult) -> String {
        let p = result.project
        let facts = [p.kind.rawValue, p.country, p.lengthKm.map { "\(Output.number($0)) km" }, p.areaHa.map { "\(Output.number($0)) ha" },
                     p.capacityMW.map { "\(Output.number($0)) MW" }, p.lifetimeYears.map { "\(Output.number($0)) years" }].compactMap { $0 }
        var text = "\(p.name) (\(facts.joined(separator: ", ")))\nGWP100: \(result.gwpTitle)\(result.gwpVerified ? "" : " [some values unverified]")\n\n"
        var rows = [["module", "", "t CO2e", "share"]]
        rows += result.modules.map { [$0.module.rawValue, $0.module.title, Output.number($0.tonnesCO2e), $0.share.map { Output.number($0 * 100, digits: 3) + " %" } ?? ""] }
        rows.append(["total", "A1-A3 to C1-C4", Output.number(result.total), ""])
        rows.append(["D", "reported apart, not netted", Output.number(result.moduleD), ""])
        text += Output.table(rows, rightAligned: [2, 3]) + "\n"
        if !result.functionalUnits.isEmpty {
            text += "\n" + result.functionalUnits.map { "per \($0.per): \(Output.number($0.value)) \($0.unit) (\($0.basis))" }.joined(separator: "\n") + "\n"
        }
        text += "\ngases (A-C): " + result.gases.map { gas in
            gas.gas == .co2e ? "CO2e as given \(Output.number(gas.tonnesCO2e)) t" : "\(gas.gas.rawValue) \(Output.number(gas.kilograms / 1000)) t (\(Output.number(gas.tonnesCO2e)) t CO2e)"
        }.joined(separator: "; ") + "\n\n"
        var lines = [["line", "module", "item", "quantity", "factor", "t CO2e"]]
        lines += result.lines.map { line in
            [line.line == 0 ? "–" : String(line.line), line.module.rawValue, line.item, "\(Output.number(line.quantity)) \(line.unit)",
             line.factorID + (line.factorVerified ? "" : " [unverified]"), Output.number(line.tonnesCO2e)]
        }
        text += Output.table(lines, rightAligned: [0, 3, 5]) + "\n"
        if let reservoir = result.reservoir {
            text += "\n" + CarbonReservoirReport.summary(reservoir) + "\n"
            if let intensity = CarbonReservoirReport.intensity(reservoir, references: (try? ReferenceIntensity.bundled()) ?? []) {
                text += intensity + "\n"
            }
        }
        text += "\nnotes:\n" + result.notes.map { "- \($0)" }.joined(separator: "\n")
        if !result.unverifiedFactors.isEmpty {
            text += "\n- factors not checked against their source: \(result.unverifiedFactors.joined(separator: ", "))"
        }
        return text
    }

    static func table(_ comparison: ScenarioComparison) -> String {
        var text = "Scenarios under \(comparison.gwpSet) (difference from the first in brackets)\n\n"
        var rows = [["module"] + comparison.scenarios.map { String($0.prefix(40)) }]
        for row in comparison.rows + comparison.functionalUnits {
            let label = comparison.rows.contains(row) ? row.label : "per \(row.label) (\(row.unit))"
            rows.append([label] + zip(row.values, row.differences).enumerated().map { index, pair in
                index == 0 ? Output.number(pair.0) : "\(Output.number(pair.0)) (\(pair.1 >= 0 ? "+" : "")\(Output.number(pair.1)))"
            })
        }
        text += Output.table(rows, rightAligned: Set(1...comparison.scenarios.count))
        for result in comparison.results {
            text += "\n\n\(result.project.name):\n" + result.notes.map { "- \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
