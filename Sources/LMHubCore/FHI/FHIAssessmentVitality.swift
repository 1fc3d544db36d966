import Foundation

/// The Ecosystem Vitality sub-indicators of an assessment.
extension FHIAssessment {
    static func computeVitality(_ document: FHIAssessmentDocument, _ resolved: FHIResolvedInputs, _ constants: FHIAssessmentConstants,
                                _ rounding: FHIRounding, into computed: inout [String: FHIComputed]) throws(FHIInputError) {
        let inputs = document.inputs
        let methods = constants.methods
        if let flows = inputs.deviationFromNaturalFlow {
            computed["deviation-from-natural-flow"] = try deviationFromNaturalFlow(flows, resolved.flows, document, constants.dvnf, rounding)
        }
        if let groundwater = inputs.groundwaterStorageDepletion {
            let basinArea = groundwater.basinArea ?? document.basin.area ?? document.subBasins.map { $0.reduce(0) { $0 + $1.area } }
            guard let basinArea else {
                throw FHIInputError(field: "groundwater-storage-depletion.basinArea", message: "give basinArea, or the basin's or the sub-basins' areas")
            }
            let depletion = GroundwaterDepletion(affectedArea: groundwater.affectedArea, basinArea: basinArea)
            let value: Double
            do { value = try depletion.score() } catch { throw error.within("groundwater-storage-depletion") }
            let method = methods.method(for: "groundwater-storage-depletion")
            computed["groundwater-storage-depletion"] = FHIComputed(
                value: rounding.apply(value), evidence: "affected area \(groundwater.affectedArea) of \(basinArea)",
                source: method?.source ?? "", verified: method?.verified ?? false, detail: .groundwater(depletion), notes: [])
        }
        if let quality = inputs.waterQuality {
            do { computed["water-quality"] = try waterQuality(quality, resolved.waterQualitySamples, document.period, constants, rounding) } catch {
                throw error.within("water-quality")
            }
        }
        for (node, input, areas) in [("land-cover-naturalness", inputs.landCoverNaturalness, resolved.landCoverAreas),
                                     ("bank-modification", inputs.bankModification, resolved.bankModificationAreas)] {
            guard let input else { continue }
            do { computed[node] = try landCover(node, input, areas, constants, rounding) } catch { throw error.within(node) }
        }
        if let connectivity = inputs.flowConnectivity {
            guard let network = resolved.segments else {
                throw FHIInputError(field: "flow-connectivity.segmentsFile", message: "the segment table was not read")
            }
            let result: DCIResult
            do { result = try constants.dci.compute(network, weightDiadromous: connectivity.weightDiadromous, weightPotamodromous: connectivity.weightPotamodromous) } catch {
                throw FHIInputError(field: "flow-connectivity", message: error.description)
            }
            computed["flow-connectivity"] = FHIComputed(value: rounding.apply(result.cdci), evidence: result.score.evidence ?? "",
                                                        source: result.source, verified: result.verified, detail: .flowConnectivity(result), notes: [])
        }
        if let species = inputs.speciesOfConcern {
            let result: SpeciesResult
            do { result = try species.compute(weights: constants.species, rounding: rounding) } catch { throw error.within("species-of-concern") }
            computed["species-of-concern"] = speciesComputed(result, evidence: "\(species.species.count) Red List species, \(result.count) of concern", "species-of-concern", methods)
        }
        if let invasive = inputs.invasiveNuisanceSpecies {
            let result: SpeciesResult
            do { result = try invasive.compute(weights: constants.species, rounding: rounding) } catch { throw error.within("invasive-nuisance-species") }
            computed["invasive-nuisance-species"] = speciesComputed(result, evidence: "\(result.count) invasive species present", "invasive-nuisance-species", methods)
        }
    }

    private static func speciesComputed(_ result: SpeciesResult, evidence: String, _ node: String, _ methods: FHIMethods) -> FHIComputed {
        FHIComputed(value: result.value, evidence: evidence, source: methods.method(for: node)?.source ?? "", verified: result.verified,
                    detail: .species(result), notes: result.notes)
    }

    private static func deviationFromNaturalFlow(_ input: FHIAssessmentInputs.Flows, _ flows: [(station: String, months: [MonthlyFlow])]?,
                                                 _ document: FHIAssessmentDocument, _ dvnf: DvNF, _ rounding: FHIRounding) throws(FHIInputError) -> FHIComputed {
        guard let flows else { throw FHIInputError(field: "deviation-from-natural-flow.flowsFile", message: "the flows file was not read") }
        let weighting: DvNFWeighting
        switch input.weighting ?? "regulated-mean" {
        case "regulated-mean": weighting = .regulatedMean
        case "unregulated-mean": weighting = .unregulatedMean
        case "equal": weighting = .equal
        case "area":
            var areas: [String: Double] = [:]
            for subBasin in document.subBasins ?? [] {
                for station in subBasin.stations ?? [] { areas[station] = subBasin.area }
            }
            weighting = .area(areas)
        case let other:
            throw FHIInputError(field: "deviation-from-natural-flow.weighting", message: "expected regulated-mean, unregulated-mean, equal or area, found '\(other)'")
        }
        let result: DvNFResult
        do { result = try dvnf.assess(flows, yearStartMonth: input.yearStartMonth ?? 1, weighting: weighting) } catch {
            throw FHIInputError(field: "deviation-from-natural-flow.weighting", message: error.message)
        }
        return FHIComputed(value: result.value.map(rounding.apply), evidence: result.score?.evidence ?? "no station has a complete year",
                           source: result.source, verified: result.verified, detail: .deviationFromNaturalFlow(result), notes: result.notes)
    }

    private static func waterQuality(_ input: FHIAssessmentInputs.WaterQuality, _ stored: [WaterSample]?, _ period: FHIPeriod?,
                                     _ constants: FHIAssessmentConstants, _ rounding: FHIRounding) throws(FHIInputError) -> FHIComputed {
        let zone = input.timeZone ?? "UTC"
        guard TimeZone(identifier: zone) != nil else { throw FHIInputError(field: "timeZone", message: "unknown time zone '\(zone)'") }
        let objectives = try WaterQualityObjectives.resolve(input, standards: constants.standards)
        let method = constants.methods.method(for: "water-quality")
        var samples = stored ?? []
        for (index, sample) in (input.samples ?? []).enumerated() {
            guard let time = WaterQualityObjectives.midnight(sample.date, zone: zone) else {
                throw FHIInputError(field: "samples[\(index)].date", message: "expected a date YYYY-MM-DD, found '\(sample.date)'")
            }
            samples.append(WaterSample(station: sample.station, time: time, values: sample.values.mapValues(\.measured)))
        }
        if stored == nil, input.samples == nil, let stations = input.storedStations {
            return FHIComputed(value: nil, evidence: "stored observations of \(stations.joined(separator: ", "))", source: method?.source ?? "",
                               verified: false, detail: .waterQuality(WaterQualityScoreResult(stations: [], value: nil, period: period, rounding: rounding, verified: false, notes: [])),
                               notes: ["not assessed: the stored observations of \(stations.joined(separator: ", ")) were not supplied (the server reads them from its database)"])
        }
        let scorer = try WaterQualityScore(objectives: objectives.objectives, ammonia: constants.ammonia)
        let result = try scorer.compute(samples, period: period, timeZone: zone, rounding: rounding)
        let tests = result.stations.reduce(0) { $0 + $1.tests }
        let scored = result.stations.filter { $0.score != nil }.count
        return FHIComputed(value: result.value, evidence: "\(scored) station(s), \(tests) tests against \(objectives.name)" + (period.map { ", \($0.text)" } ?? ""),
                           source: method?.source ?? "", verified: result.verified && (method?.verified ?? false),
                           detail: .waterQuality(result), notes: result.notes + objectives.notes)
    }

    private static func landCover(_ node: String, _ input: FHIAssessmentInputs.LandCover, _ fileAreas: [LandCoverArea]?,
                                  _ constants: FHIAssessmentConstants, _ rounding: FHIRounding) throws(FHIInputError) -> FHIComputed {
        if input.classAreasFile != nil, input.classAreas != nil {
            throw FHIInputError(field: "classAreas", message: "give classAreasFile or classAreas, not both")
        }
        guard let areas = input.classAreas ?? fileAreas else {
            throw FHIInputError(field: "classAreasFile", message: "give classAreasFile or classAreas")
        }
        var overrides: [Int: Double] = [:]
        for (key, weight) in input.classWeights ?? [:] {
            guard let code = Int(key) else { throw FHIInputError(field: "classWeights.\(key)", message: "a class code is a whole number, found '\(key)'") }
            overrides[code] = weight
        }
        let weights = try constants.landCover.overriding(overrides)
        let method = constants.methods.method(for: node)
        let result: LandCoverResult
        let detail: FHISubIndicatorDetail
        var evidence = "\(areas.count) land-cover classes (\(weights.id))"
        if node == "bank-modification" {
            let bank = try BankModification.compute(areas, weights: weights, bufferMetres: input.bufferMetres)
            (result, detail) = (bank.landCover, .bankModification(bank))
            evidence += " within \(bank.bufferMetres) m of the rivers"
        } else {
            result = try LandCoverNaturalness.compute(areas, weights: weights)
            detail = .landCover(result)
        }
        return FHIComputed(value: result.value.map(rounding.apply), evidence: evidence, source: method?.source ?? weights.source,
                           verified: result.verified, detail: detail, notes: result.notes)
    }
}
