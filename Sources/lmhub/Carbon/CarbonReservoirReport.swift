import LMHubCore

/// Text and CSV of G-res results.
enum CarbonReservoirReport {
    typealias Output = CarbonOutput

    static let csvHeader = "reservoir,co2_net,ch4_net,co2_total_per_year,ch4_total_per_year,co2_total_lifetime_t,ch4_total_lifetime_t,net_kgco2e_per_mwh"

    /// One row per reservoir: net fluxes g CO2e m⁻² yr⁻¹, totals t CO2e yr⁻¹, lifetime totals t CO2e, intensity.
    static func csv(_ results: [ReservoirEmissions]) -> String {
        let rows = results.map { r in
            [CarbonProjectReport.quoted(r.name), Output.csv(r.co2.net), Output.csv(r.ch4.net), Output.csv(r.co2PerYear), Output.csv(r.ch4PerYear),
             Output.csv(r.co2Lifetime), Output.csv(r.ch4Lifetime), r.netIntensity.map(Output.csv) ?? ""].joined(separator: ",")
        }
        return ([csvHeader] + rows).joined(separator: "\n") + "\n"
    }

    /// The pathways and totals of one reservoir.
    static func summary(_ r: ReservoirEmissions) -> String {
        let n = { (value: Double) in Output.number(value) }
        var rows = [["", "g CO2e m-2 yr-1", "t CO2e/yr", "t CO2e over \(Int(r.lifetimeYears)) yr"]]
        rows.append(["CO2 gross diffusion", n(r.co2.grossDiffusion), n(r.co2.grossDiffusion * r.area), ""])
        rows.append(["  − non-anthropogenic (flux at year \(Int(r.lifetimeYears)))", n(r.co2.nonAnthropogenic), "", ""])
        rows.append(["  − pre-impoundment", n(r.co2.preImpoundment), "", ""])
        rows.append(["CO2 net", n(r.co2.net), n(r.co2PerYear), n(r.co2Lifetime)])
        rows.append(["CH4 diffusion", n(r.ch4.diffusion), "", ""])
        rows.append(["  + ebullition", n(r.ch4.ebullition), "", ""])
        rows.append(["  + degassing", n(r.ch4.degassing), "", ""])
        rows.append(["  − pre-impoundment", n(r.ch4.preImpoundment), "", ""])
        rows.append(["CH4 net", n(r.ch4.net), n(r.ch4PerYear), n(r.ch4Lifetime)])
        rows.append(["CO2 + CH4 net", n(r.co2.net + r.ch4.net), n(r.co2PerYear + r.ch4PerYear), n(r.co2Lifetime + r.ch4Lifetime)])
        let c = r.characteristics
        var text = "\(r.name): \(Output.number(r.area)) km², CH4 GWP100 \(Output.number(r.methaneGWP)) (\(r.gwpSet))\n"
        text += Output.table(rows, rightAligned: [1, 2, 3]) + "\n"
        text += "reservoir TP \(n(c.reservoirPhosphorus)) µg/L (inflow \(n(c.inflowPhosphorus)), retention \(n(c.retention))), "
            + "littoral \(n(c.littoralPercent)) %, residence \(n(c.residenceTime)) yr, thermocline "
            + (c.thermoclineDepth.map { "\(n($0)) m" } ?? "none (not stratified)")
        return text
    }

    /// The intensity per MWh with the published references beside it.
    static func intensity(_ r: ReservoirEmissions, references: [ReferenceIntensity]) -> String? {
        guard let net = r.netIntensity, let gross = r.grossSurfaceIntensity else { return nil }
        var text = "emission intensity: net \(Output.number(net)) kg CO2e/MWh; gross surface (no subtraction, no degassing) \(Output.number(gross)) kg CO2e/MWh"
        for reference in references {
            let range = reference.low.flatMap { low in reference.high.map { " (range \(Output.number(low))–\(Output.number($0)))" } } ?? ""
            text += "\n  for context: \(reference.title): \(Output.number(reference.value)) \(reference.unit)\(range); \(reference.boundary). \(reference.source)"
        }
        return text
    }
}
