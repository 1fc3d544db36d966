import Foundation

/// The G-res model of a reservoir's biogenic CO2 and CH4 (Prairie et al. 2021, Environ. Model. Softw. 143:105117),
/// written from the published equations; constants in ``GResCoefficients``.
///
/// Per m² of reservoir surface, integrated over the lifetime (100 years) and given as a yearly mean, g CO2e m⁻² yr⁻¹:
/// - CO2: gross diffusion (Eq. 7 integrated by Eq. 8) − the non-anthropogenic flux (the flux at age 100) −
///   pre-impoundment emissions of the flooded land;
/// - CH4: diffusion (Eq. 3, integrated by Eq. 4) + ebullition (Eq. 5) + degassing downstream (Eq. 6, only for a
///   stratified reservoir whose intake draws from below the thermocline, or, with the intake depth unknown, for
///   hydroelectric and multipurpose reservoirs) − pre-impoundment emissions.
///
/// CH4 is weighted with the non-fossil methane GWP of the chosen set (G-res publishes with 34, AR5 with
/// climate-carbon feedback). The degassing regression takes the integrated diffusion flux in the units its
/// coefficients were fitted in (g CO2e m⁻² yr⁻¹ at G-res's own GWP), whatever set weights the result, so
/// that the kilograms of methane do not depend on the set.
public struct GResModel: Sendable {
    public let coefficients: GResCoefficients

    public init(coefficients: GResCoefficients) {
        self.coefficients = coefficients
    }

    /// The model with the bundled coefficients.
    /// - Throws: ``StandardFileError`` when the coefficient file is missing or malformed.
    public static func bundled() throws -> GResModel {
        GResModel(coefficients: try .bundled())
    }

    /// CO2 and CH4 of `input`, with CH4 weighted by `gwp` (its non-fossil methane value).
    /// - Throws: ``ReservoirInputError`` naming the reservoir and field of an input out of range or unknown to
    ///   the model's tables.
    public func emissions(of input: ReservoirInput, gwp: GWPSet, reference: GWPSet) throws(ReservoirInputError) -> ReservoirEmissions {
        let c = coefficients, basin = input.basin, lifetime = c.lifetimeYears
        let state = try characteristics(of: input)
        func fail(_ field: String, _ message: String) -> ReservoirInputError {
            ReservoirInputError(reservoir: input.name, field: field, message: message)
        }
        guard state.reservoirPhosphorus > 0 else {
            throw fail("catchment", "no phosphorus reaches the reservoir (no people and no land exporting phosphorus): G-res's CO2 regression needs a concentration")
        }
        guard let methane = gwp.gwp(of: .ch4NonFossil), let referenceMethane = reference.gwp(of: .ch4NonFossil) else {
            throw fail("gwp", "the GWP set \(gwp.id) has no non-fossil methane value")
        }
        // CO2 (Eqs. 7 and 8), g CO2e m⁻² yr⁻¹.
        let k = c.co2Diffusion
        let co2Scale = pow(10, k.k1 + k.k3 * state.effectiveTemperatureCO2 + k.k4 * log10(basin.area) + k.k5 * basin.soilCarbon
                                + k.k6 * log10(state.reservoirPhosphorus))
            * (1 - state.riverAreaBeforeImpoundment / basin.area) * 44 / 12 * k.daysPerYear / 1000
        func co2Flux(_ age: Double) -> Double { co2Scale * pow(age, k.k2) }
        let co2Gross = co2Flux(1) * (pow(lifetime, k.k2 + 1) - pow(0.5, k.k2 + 1)) / ((k.k2 + 1) * (lifetime - 0.5))
        let nonAnthropogenic = co2Flux(lifetime)
        let co2Before = try preImpoundment(input, table: c.preImpoundment.co2) * 44 / 12
        // CH4 diffusion (Eqs. 3 and 4) and ebullition (Eq. 5), g CO2e m⁻² yr⁻¹.
        let m = c.ch4Diffusion
        let littoral = log10(state.littoralPercent / 100)
        let ch4Scale = pow(10, m.k1 + m.k3 * littoral + m.k4 * state.effectiveTemperatureCH4) * 16 / 12 * m.daysPerYear / 1000
        func diffusion(_ age: Double) -> Double { ch4Scale * pow(10, m.k2 * age) * methane }
        let integration = (1 - pow(10, lifetime * m.k2)) / (-lifetime * log(10) * m.k2)
        let diffusionMean = ch4Scale * integration * methane
        let e = c.ch4Ebullition
        let ebullition = pow(10, e.k1 + e.k2 * littoral + e.k3 * state.globalRadiance) * 16 / 12 * e.daysPerYear / 1000 * methane
        let degassing = degassingMean(input, state: state, diffusionAtReference: ch4Scale * integration * referenceMethane) * methane
        let d = c.ch4Degassing
        func degassingAt(_ age: Double) -> Double {
            degassing * (-d.k4 * log(10) * lifetime) / (1 - pow(10, lifetime * d.k4)) * pow(10, d.k4 * age)
        }
        let ch4Before = try preImpoundment(input, table: c.preImpoundment.ch4) / 1000 * methane
        let co2Net = co2Gross - nonAnthropogenic - co2Before
        let ch4Net = diffusionMean + ebullition + degassing - ch4Before
        return ReservoirEmissions(
            name: input.name, gwpSet: gwp.id, methaneGWP: methane, lifetimeYears: lifetime, area: basin.area,
            co2: .init(grossDiffusion: co2Gross, nonAnthropogenic: nonAnthropogenic, preImpoundment: co2Before, net: co2Net),
            ch4: .init(diffusion: diffusionMean, ebullition: ebullition, degassing: degassing, preImpoundment: ch4Before, net: ch4Net),
            profile: input.profileYears.map { year in
                .init(year: year, co2: co2Flux(year) - nonAnthropogenic - co2Before,
                      ch4: diffusion(year) + ebullition + degassingAt(year) - ch4Before)
            },
            characteristics: state, annualGeneration: input.annualGeneration, notes: notes(input, state))
    }

    /// What the reader of a result should know about how it was reached.
    func notes(_ input: ReservoirInput, _ state: ReservoirCharacteristics) -> [String] {
        var notes: [String] = []
        if input.coordinates == nil { notes.append("no coordinates: the annual mean radiance is used (right between 40°S and 40°N)") }
        if state.riverAreaBeforeImpoundment >= input.basin.area {
            notes.append(String(format: "the river before impoundment (%.3g km²) is not smaller than the reservoir (%.3g km²): G-res gives no CO2 diffusion", state.riverAreaBeforeImpoundment, input.basin.area))
        }
        if state.thermoclineDepth == nil { notes.append("not stratified (bottom water not denser than surface water): no degassing") }
        return notes
    }

    /// Mean degassing over the lifetime per unit GWP, g CH4 ×(16/12 C→CH4) m⁻² yr⁻¹: 0 unless the reservoir is
    /// stratified and draws from below the thermocline (or, intake unknown, is of a type that usually does).
    func degassingMean(_ input: ReservoirInput, state: ReservoirCharacteristics, diffusionAtReference: Double) -> Double {
        let d = coefficients.ch4Degassing
        guard let thermocline = state.thermoclineDepth else { return 0 }
        if let intake = input.basin.waterIntakeDepth {
            guard intake > thermocline else { return 0 }
        } else {
            guard d.reservoirTypesWithoutIntakeDepth.contains(input.use.rawValue) else { return 0 }
        }
        // Concentration drop across the dam, mg CH4-C/L (= g/m³); outflow in t CH4-C/yr; per m² of reservoir.
        let drop = pow(10, d.k1 + d.k2 * log10(state.residenceTime) + d.k3 * log10(diffusionAtReference))
        let carbon = d.outflowFraction * 1e-6 * drop * state.discharge
        return carbon * 16 / 12 / input.basin.area
    }

    /// Emissions of the flooded land before impoundment, per m² of reservoir: Σ fraction × area (ha) × factor,
    /// over the mineral and organic soils (no factor for `no data` soils or for water, snow and no-data covers),
    /// divided by the reservoir's area; in the table's mass unit per km² = its gram unit per m².
    func preImpoundment(_ input: ReservoirInput, table: [String: [String: [String: Double]]]) throws(ReservoirInputError) -> Double {
        let climate = input.catchment.climate
        guard let soils = table[climate] else {
            throw ReservoirInputError(reservoir: input.name, field: "catchment.biogenic_factors.climate",
                                      message: "unknown climate '\(climate)'; G-res's pre-impoundment table knows \(table.keys.sorted().joined(separator: ", "))")
        }
        let covers = coefficients.landCovers
        var total = 0.0
        for (soilIndex, soil) in coefficients.soilTypes.enumerated() {
            guard let factors = soils[soil] else { continue }
            for (coverIndex, cover) in covers.enumerated() {
                guard let factor = factors[cover] else { continue }
                total += input.basin.landCover[soilIndex * covers.count + coverIndex] * input.basin.area * 100 * factor
            }
        }
        return total / input.basin.area
    }
}

/// An input G-res cannot take, naming the reservoir and the field (as in the reemission input layout).
public struct ReservoirInputError: Error, Sendable, Hashable, CustomStringConvertible {
    public let reservoir: String
    public let field: String
    public let message: String

    public init(reservoir: String, field: String, message: String) {
        self.reservoir = reservoir
        self.field = field
        self.message = message
    }

    public var description: String { "reservoir '\(reservoir)': field '\(field)': \(message)" }
}
