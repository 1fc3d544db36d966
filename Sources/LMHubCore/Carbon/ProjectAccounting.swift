import Foundation

/// Accounts for a project's whole-life carbon: each line's quantity × its factor, per gas, weighted by one GWP
/// set, summed per life-cycle module (EN 15978 / EN 17472 modules, as PAS 2080 and RICS group them).
///
/// Refuses, naming the file, line and field: an unknown factor id, a quantity whose unit does not fit the
/// factor's (``ActivityConversion``), a CO2e factor weighted with another GWP set than the project's, and a line
/// or total that is not a finite number (a quantity beyond any project).
/// D is summed apart and never netted into the total.
public struct ProjectAccounting: Sendable {
    public let library: FactorLibrary
    public let gwp: GWPCatalog
    public let gres: GResModel

    public init(library: FactorLibrary, gwp: GWPCatalog, gres: GResModel) {
        self.library = library
        self.gwp = gwp
        self.gres = gres
    }

    /// The bundled factors, GWP sets and G-res coefficients.
    /// - Throws: ``StandardFileError`` for a missing or malformed bundled file.
    public static func bundled() throws -> ProjectAccounting {
        ProjectAccounting(library: try .bundled(), gwp: try .bundled(), gres: try .bundled())
    }

    /// The project's result, under `gwpSet` if given, else the project's own set, else the default.
    /// - Throws: ``CarbonAccountingError``.
    public func account(_ project: CarbonProject, gwpSet: String? = nil) throws(CarbonAccountingError) -> CarbonResult {
        let set = try gwp.set(gwpSet ?? project.gwpSet)
        var lines = project.lines
        var reservoir: ReservoirEmissions?
        var notes: [String] = []
        if let given = project.reservoir {
            let input = given.annualGeneration != nil || project.annualGenerationMWh == nil ? given
                : ReservoirInput(name: given.name, use: given.use, coordinates: given.coordinates, monthlyTemperatures: given.monthlyTemperatures,
                                 profileYears: given.profileYears, catchment: given.catchment, basin: given.basin,
                                 annualGeneration: project.annualGenerationMWh)
            let (emissions, line, note) = try reservoirLine(input, project: project, set: set)
            reservoir = emissions
            lines.append(line)
            notes.append(note)
        }
        let results = try lines.map { line throws(CarbonAccountingError) in try evaluate(line, file: project.file, set: set) }
        let choice = gwpSet != nil ? "chosen" : project.gwpSet != nil ? "the project's" : "LMHub's default"
        let result = summarise(project, set: set, choice: choice, results: results, notes: notes, reservoir: reservoir)
        let sums = [("total", result.total), ("module D", result.moduleD)] + (result.gases + result.gasesD).map { ("\($0.gas.rawValue) mass", $0.kilograms) }
        if let (figure, value) = sums.first(where: { !$0.1.isFinite }) {
            throw CarbonAccountingError(file: project.file, line: 0, field: "quantity",
                                        message: "the \(figure) summed over the lines is not a finite number (\(value)): the quantities are beyond any project")
        }
        return result
    }

    /// One line: its factor, the quantity in the factor's unit, the mass of each gas and its CO2e.
    func evaluate(_ line: ActivityLine, file: String?, set: GWPSet) throws(CarbonAccountingError) -> LineResult {
        func fail(_ field: String, _ message: String) -> CarbonAccountingError {
            CarbonAccountingError(file: file, line: line.line, field: field, message: message)
        }
        let factor: EmissionFactor
        switch line.factor {
        case let .library(id):
            guard let found = library[id] else {
                let near = library.suggestions(for: id)
                throw fail("factor", "no factor '\(id)' in the library" + (near.isEmpty ? "; list them with `lmhub carbon factors`" : "; did you mean \(near.joined(separator: ", "))?"))
            }
            factor = found
        case let .literal(literal):
            guard !literal.source.document.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail("source", "a factor written on the line needs its source (document and table)")
            }
            factor = literal
        }
        guard line.quantity.isFinite else { throw fail("quantity", "not a number") }
        let conversion: ActivityConversion
        switch ActivityConversion.convert(line.quantity, line.unit, to: factor) {
        case let .success(converted): conversion = converted
        case let .failure(reason): throw fail("unit", reason.message)
        }
        var gases: [CarbonResult.GasEmission] = []
        for amount in factor.amounts {
            if amount.gas == .co2e, let embedded = factor.gwpSet, embedded != set.id {
                throw fail("factor", "the factor '\(factor.id)' is in CO2e under \(embedded), the project under \(set.id): mixing GWP sets in one result is refused; use a factor per gas, or account the project under \(embedded)")
            }
            guard let weight = set.gwp(of: amount.gas) else { throw fail("factor", "the GWP set \(set.id) has no value for \(amount.gas.rawValue)") }
            let kilograms = conversion.referenceQuantity * amount.kilograms
            gases.append(.init(gas: amount.gas, kilograms: kilograms, tonnesCO2e: kilograms * weight / 1000))
        }
        let flags = factor.flags + (conversion.usedDensity ? factor.densityFlag.map { [$0] } ?? [] : [])
            + (factor.amounts.contains { $0.gas == .co2e } && factor.gwpSet == nil ? ["the GWP set of this CO2e factor is not stated by its source: taken as given"] : [])
        let tonnes = gases.map(\.tonnesCO2e).reduce(0, +)
        guard tonnes.isFinite, gases.allSatisfy({ $0.kilograms.isFinite }) else {
            throw fail("quantity", "the line's result is not a finite number (\(tonnes) t CO2e): \(ActivityConversion.format(line.quantity)) \(line.unit) is beyond any project")
        }
        return LineResult(line: line.line, module: line.module, item: line.item, quantity: line.quantity, unit: line.unit,
                          factorID: factor.id, factorName: factor.name, factorText: factor.unitText,
                          factorSource: [factor.source.document, factor.source.table].compactMap { $0 }.joined(separator: ", "),
                          factorVerified: factor.source.verified, electricity: factor.electricity, conversion: conversion, gases: gases,
                          tonnesCO2e: tonnes, flags: flags)
    }

    /// A reservoir's G-res net emissions as a line of B1–B5: the yearly mean × the project's lifetime.
    func reservoirLine(_ input: ReservoirInput, project: CarbonProject, set: GWPSet) throws(CarbonAccountingError)
        -> (ReservoirEmissions, ActivityLine, String) {
        let reference = try gwp.set(gres.coefficients.referenceGWPSet)
        let emissions: ReservoirEmissions
        do throws(ReservoirInputError) {
            emissions = try gres.emissions(of: input, gwp: set, reference: reference)
        } catch {
            throw CarbonAccountingError(file: project.file, line: 0, field: "reservoir.\(error.field)", message: "reservoir '\(error.reservoir)': \(error.message)")
        }
        let years = project.lifetimeYears ?? emissions.lifetimeYears
        let factor = EmissionFactor(
            id: "gres.\(input.name)", name: "\(input.name): G-res net reservoir emissions, mean of \(Int(emissions.lifetimeYears)) years",
            category: .reservoir, per: .year,
            amounts: [.init(gas: .co2, value: emissions.co2PerYear, mass: .tonne),
                      .init(gas: .ch4NonFossil, value: emissions.ch4PerYear / emissions.methaneGWP, mass: .tonne)],
            source: .init(document: gres.coefficients.source, table: "computed by LMHub from the reservoir's inputs", licence: "LMHub computation",
                          verified: gres.coefficients.verified))
        let line = ActivityLine(line: 0, module: .b1b5, item: "reservoir surface and downstream emissions, net (G-res)", quantity: years,
                                unit: .year, factor: .literal(factor), source: gres.coefficients.source)
        let note = project.lifetimeYears == nil
            ? "reservoir: no lifetime given, G-res's \(Int(emissions.lifetimeYears)) years used"
            : "reservoir: G-res's yearly mean over \(Int(emissions.lifetimeYears)) years × the project's \(ActivityConversion.format(years)) years"
        return (emissions, line, note)
    }
}
