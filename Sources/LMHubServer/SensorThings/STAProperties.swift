import Foundation
import LMHubCore
import LMHubStorage

/// The properties of each entity type (OGC 18-088 §8.2.1–§8.2.8), without `@iot` annotations and links:
/// - Thing: `name`, `description`, `properties` {country, waterBody, waterBodyKind, kind, timeZone, operator,
///   licence, names (by language), locationApproximate, locationNote}.
/// - Location / FeatureOfInterest: `name`, `description`, `encodingType` `application/geo+json`,
///   `location` / `feature` a GeoJSON Point [longitude, latitude] (`feature` null for a station not placed).
/// - HistoricalLocation: `time`, the station's first observation (no moves are recorded).
/// - Datastream: `name` "<station> <parameter>", `description`, `observationType` OM_Measurement,
///   `unitOfMeasurement` {name, symbol, definition} of the canonical unit, `properties` {unitReported}.
/// - Sensor: `name`, `description`, `encodingType` `text/plain`, `metadata`.
/// - ObservedProperty: `name`, `definition` (a URN of the parameter code), `description`.
/// - Observation: `phenomenonTime`, `resultTime` (null: not recorded), `result` (canonical unit),
///   `resultQuality` (the monitor's QC flag or null), `parameters` {valueReported, unitReported, censoring,
///   dayAssumed, unusual, sourceFile, sourceLine}.
extension STAModel {
    func properties(of entity: STAEntity) -> [String: STAJSON] {
        switch entity {
        case let .thing(station): thing(station)
        case let .location(station):
            place(station, kind: "Location", key: "location")
        case let .featureOfInterest(station):
            place(station, kind: "Feature of interest", key: "feature")
        case let .historicalLocation(station):
            ["time": firstTimes[station.id].map { .string(STATime.text(millis: $0)) } ?? .null]
        case let .datastream(row): datastream(row)
        case let .sensor(kind): sensor(kind)
        case let .observedProperty(row):
            [
                "name": .string(row.name.text("en")),
                "definition": .string("urn:lmhub:parameter:\(row.code)"),
                "description": .string("\(row.name.text("en")) (\(row.code)), canonical unit \(row.canonicalUnit)"),
                "properties": .object(["code": .string(row.code), "names": names(row.name), "canonicalUnit": .string(row.canonicalUnit)]),
            ]
        case let .observation(row): observation(row)
        }
    }

    private func names(_ text: LocalizedText) -> STAJSON { .object(text.values.mapValues(STAJSON.string)) }

    private func thing(_ station: Station) -> [String: STAJSON] {
        let what = station.kind == .water ? "Water quality monitoring station" : "Air quality monitoring station"
        let place = [station.waterBody, station.country].compactMap { $0 }.joined(separator: ", ")
        return [
            "name": .string(station.name.text("en")),
            "description": .string(place.isEmpty ? what : "\(what) (\(place))"),
            "properties": .object([
                "country": .text(station.country), "waterBody": .text(station.waterBody),
                "waterBodyKind": .string(station.waterBodyKind.rawValue), "kind": .string(station.kind.rawValue),
                "timeZone": .string(station.timeZone), "operator": .text(station.operatorName), "licence": .text(station.licence),
                "names": names(station.name), "locationApproximate": .bool(station.locationApproximate),
                "locationNote": .text(station.locationNote),
            ]),
        ]
    }

    private func place(_ station: Station, kind: String, key: String) -> [String: STAJSON] {
        var point = STAJSON.null
        if let latitude = station.latitude, let longitude = station.longitude {
            point = .object(["type": .string("Point"), "coordinates": .array([.number(longitude), .number(latitude)])])
        }
        let note = station.locationApproximate ? " (approximate)" : ""
        return [
            "name": .string(station.name.text("en")),
            "description": .string("\(kind) of station \(station.id)\(note)"),
            "encodingType": .string("application/geo+json"),
            key: point,
            "properties": .object(["locationApproximate": .bool(station.locationApproximate), "locationNote": .text(station.locationNote)]),
        ]
    }

    private func datastream(_ row: STADatastreamRow) -> [String: STAJSON] {
        let parameter = parameters.first { $0.code == row.parameter_code }
        let name = station(row.station_id)?.name.text("en") ?? row.station_id
        return [
            "name": .string("\(name) \(row.parameter_code)"),
            "description": .string("\(parameter?.name.text("en") ?? row.parameter_code) at \(name), in \(row.canonical_unit)"),
            "observationType": .string("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"),
            "unitOfMeasurement": .object([
                "name": .string(STAUnits.name(row.canonical_unit)),
                "symbol": .string(row.canonical_unit),
                "definition": .string(STAUnits.definition(row.canonical_unit)),
            ]),
            "properties": .object(["unitReported": .string(row.unit), "parameter": .string(row.parameter_code), "station": .string(row.station_id)]),
        ]
    }

    private func sensor(_ kind: Station.Kind) -> [String: STAJSON] {
        let (name, description) = switch kind {
        case .water: ("water sampling and laboratory analysis", "Grab samples analysed in a laboratory (monitoring network methods)")
        case .air: ("air quality monitor", "Continuous ambient air quality monitor (hourly averages)")
        }
        return ["name": .string(name), "description": .string(description), "encodingType": .string("text/plain"), "metadata": .string(description)]
    }

    private func observation(_ row: STAObservationRow) -> [String: STAJSON] {
        let datastream = datastreams.first { $0.id == row.datastream_id }
        return [
            "phenomenonTime": .string(STATime.text(millis: row.phenomenon_time)),
            "resultTime": .null,
            "result": .number(row.value),
            "resultQuality": .text(row.qc),
            "parameters": .object([
                "valueReported": .number(row.value_reported), "unitReported": .text(datastream?.unit),
                "censoring": .string(row.censoring), "dayAssumed": .bool(row.day_assumed != 0), "unusual": .text(row.unusual),
                "sourceFile": .string(row.source_file), "sourceLine": .integer(Int64(row.source_line)),
            ]),
        ]
    }
}

/// Names and UCUM definitions of the canonical units (``MeasurementUnit`` symbols).
enum STAUnits {
    static func name(_ symbol: String) -> String {
        switch MeasurementUnit(rawValue: symbol) {
        case .milligramsPerLitre?: "milligram per litre"
        case .microgramsPerLitre?: "microgram per litre"
        case .millisiemensPerMetre?: "millisiemens per metre"
        case .microsiemensPerCentimetre?: "microsiemens per centimetre"
        case .degreesCelsius?: "degree Celsius"
        case .pH?: "pH unit"
        case .countPerLitre?: "count per litre"
        case .countPer100Millilitres?: "count per 100 millilitres"
        case .microgramsPerCubicMetre?: "microgram per cubic metre"
        case .milligramsPerCubicMetre?: "milligram per cubic metre"
        case .ppb?: "part per billion"
        case .ppm?: "part per million"
        case nil: symbol
        }
    }

    static func definition(_ symbol: String) -> String {
        let ucum: String? = switch MeasurementUnit(rawValue: symbol) {
        case .milligramsPerLitre?: "mg/L"
        case .microgramsPerLitre?: "ug/L"
        case .millisiemensPerMetre?: "mS/m"
        case .microsiemensPerCentimetre?: "uS/cm"
        case .degreesCelsius?: "Cel"
        case .pH?: "[pH]"
        case .countPerLitre?: "{count}/L"
        case .countPer100Millilitres?: "{count}/(100.mL)"
        case .microgramsPerCubicMetre?: "ug/m3"
        case .milligramsPerCubicMetre?: "mg/m3"
        case .ppb?: "[ppb]"
        case .ppm?: "[ppm]"
        case nil: nil
        }
        return ucum.map { "http://unitsofmeasure.org/ucum.html#" + $0 } ?? "urn:lmhub:unit:\(symbol)"
    }
}
