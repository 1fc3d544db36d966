import Foundation
import LMHubCore

/// Reads reservoirs in the input layout of the G-res port `reemission` (its `test_input.json`): a JSON object from
/// reservoir name to `{type, coordinates, monthly_temps, year_vector, catchment: {runoff, area, riv_length,
/// population, area_fractions, slope, precip, etransp, soil_wetness, mean_olsen, biogenic_factors: {biome,
/// climate, soil_type, treatment_factor, landuse_intensity}}, reservoir: {volume, area, max_depth, mean_depth,
/// area_fractions, soil_carbon, mean_radiance, mean_radiance_may_sept, mean_radiance_nov_mar,
/// mean_monthly_windspeed, water_intake_depth}}`.
///
/// Optional: `type` (default `unknown`), `coordinates` (default: none, the annual mean radiance is used),
/// `year_vector` (default 1, 5, 10, 20, 30, 40, 50, 65, 80, 100), `landuse_intensity` (default `low intensity`),
/// `mean_monthly_windspeed` and `water_intake_depth` (`null`). LMHub adds `annual_generation_mwh` (MWh/yr) for an
/// emission intensity. `gasses` and `id` are ignored.
public enum ReservoirInputFile {
    static let defaultYears: [Double] = [1, 5, 10, 20, 30, 40, 50, 65, 80, 100]

    /// The reservoirs of `path`, in name order.
    /// - Throws: ``IngestError`` naming the file and the field path (`Kabaung.reservoir.area`).
    public static func read(path: String) throws(IngestError) -> [ReservoirInput] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw IngestError(file: path, line: 0, field: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try parse(data, file: path)
    }

    /// The reservoirs of `data`, a JSON document in the reemission layout; `file` names it in errors.
    public static func parse(_ data: Data, file: String) throws(IngestError) -> [ReservoirInput] {
        let root = try JSONFields.document(data, file: file)
        guard let reservoirs = root as? [String: Any], !reservoirs.isEmpty else {
            throw IngestError(file: file, line: 0, field: nil, message: "expected an object from reservoir name to its inputs", isStructural: true)
        }
        return try reservoirs.keys.sorted().map { name throws(IngestError) in
            try JSONFields(file: file, path: name, value: reservoirs[name]).reservoir(name: name)
        }
    }
}

/// One object of the file and its path, for messages naming the field.
struct JSONFields {
    let file: String
    let path: String
    let object: [String: Any]

    init(file: String, path: String, value: Any?) throws(IngestError) {
        guard let object = value as? [String: Any] else {
            throw IngestError(file: file, line: 0, field: path, message: "expected an object")
        }
        (self.file, self.path, self.object) = (file, path, object)
    }

    func fail(_ key: String, _ message: String) -> IngestError {
        IngestError(file: file, line: 0, field: "\(path).\(key)", message: message)
    }

    /// The JSON value of `data`.
    /// - Throws: ``IngestError`` naming `file` and, where the parser says, the line and column of the fault.
    static func document(_ data: Data, file: String) throws(IngestError) -> Any {
        do { return try JSONSerialization.jsonObject(with: data) } catch {
            // The parser says where: "around line L, column C" (Darwin) or "around character N", a byte offset (Linux).
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            if let line = detail.firstMatch(of: #/line (\d+)/#).flatMap({ Int($0.1) }) {
                throw IngestError(file: file, line: line, field: nil, message: "not JSON: \(detail)", isStructural: true)
            }
            guard let offset = detail.firstMatch(of: #/character (\d+)/#).flatMap({ Int($0.1) }), offset <= data.count else {
                throw IngestError(file: file, line: 0, field: nil, message: "not JSON: \(detail)", isStructural: true)
            }
            let before = data.prefix(offset)
            let line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 - data.startIndex + 1 } ?? 0) + 1
            throw IngestError(file: file, line: line, field: nil, message: "not JSON: \(detail) (line \(line), column \(column))", isStructural: true)
        }
    }

    /// Refuses a key not in `known` (a misspelt `lenght_km` would otherwise be ignored), naming it and the file.
    func refuseUnknownKeys(_ known: Set<String>) throws(IngestError) {
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail(unknown, "unknown key '\(unknown)'; expected \(known.sorted().joined(separator: ", "))")
        }
    }

    func has(_ key: String) -> Bool { object[key] != nil && !(object[key] is NSNull) }

    func number(_ key: String) throws(IngestError) -> Double {
        guard let value = optionalNumber(key) else { throw fail(key, has(key) ? "expected a number" : "missing") }
        return value
    }

    func optionalNumber(_ key: String) -> Double? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return (value as? NSNumber)?.doubleValue
    }

    func numbers(_ key: String) throws(IngestError) -> [Double] {
        guard let list = object[key] as? [Any] else { throw fail(key, has(key) ? "expected a list of numbers" : "missing") }
        var values: [Double] = []
        for (index, item) in list.enumerated() {
            guard let number = (item as? NSNumber)?.doubleValue else { throw fail("\(key)[\(index)]", "expected a number") }
            values.append(number)
        }
        return values
    }

    func text(_ key: String, default fallback: String? = nil) throws(IngestError) -> String {
        if let text = object[key] as? String { return text }
        if let fallback, !has(key) { return fallback }
        throw fail(key, has(key) ? "expected text" : "missing")
    }

    func child(_ key: String) throws(IngestError) -> JSONFields {
        guard has(key) else { throw fail(key, "missing") }
        return try JSONFields(file: file, path: "\(path).\(key)", value: object[key])
    }

    func reservoir(name: String) throws(IngestError) -> ReservoirInput {
        let typeText = try text("type", default: "unknown")
        guard let use = ReservoirUse(rawValue: typeText) else {
            throw fail("type", "unknown reservoir type '\(typeText)'; known: \(ReservoirUse.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var coordinates: ReservoirInput.Coordinates?
        if has("coordinates") {
            let pair = try numbers("coordinates")
            guard pair.count == 2, abs(pair[0]) <= 90, abs(pair[1]) <= 180 else { throw fail("coordinates", "expected [latitude, longitude] in degrees") }
            coordinates = .init(latitude: pair[0], longitude: pair[1])
        }
        let catchment = try child("catchment"), basin = try child("reservoir")
        let biogenic = try catchment.child("biogenic_factors")
        return ReservoirInput(
            name: name, use: use, coordinates: coordinates, monthlyTemperatures: try numbers("monthly_temps"),
            profileYears: has("year_vector") ? try numbers("year_vector") : ReservoirInputFile.defaultYears,
            catchment: .init(runoff: try catchment.number("runoff"), area: try catchment.number("area"),
                             riverLength: try catchment.number("riv_length"), population: try catchment.number("population"),
                             landCover: try catchment.numbers("area_fractions"), slope: try catchment.number("slope"),
                             precipitation: try catchment.number("precip"), evapotranspiration: try catchment.number("etransp"),
                             soilWetness: try catchment.number("soil_wetness"), olsenPhosphorus: try catchment.number("mean_olsen"),
                             biome: try biogenic.text("biome"), climate: try biogenic.text("climate"), soilType: try biogenic.text("soil_type"),
                             wastewaterTreatment: try biogenic.text("treatment_factor"),
                             landUseIntensity: try biogenic.text("landuse_intensity", default: "low intensity")),
            basin: .init(volume: try basin.number("volume"), area: try basin.number("area"), maximumDepth: try basin.number("max_depth"),
                         meanDepth: try basin.number("mean_depth"), landCover: try basin.numbers("area_fractions"),
                         soilCarbon: try basin.number("soil_carbon"), meanRadiance: try basin.number("mean_radiance"),
                         radianceMayToSeptember: try basin.number("mean_radiance_may_sept"),
                         radianceNovemberToMarch: try basin.number("mean_radiance_nov_mar"),
                         windSpeed: basin.optionalNumber("mean_monthly_windspeed"), waterIntakeDepth: basin.optionalNumber("water_intake_depth")),
            annualGeneration: optionalNumber("annual_generation_mwh"))
    }
}
