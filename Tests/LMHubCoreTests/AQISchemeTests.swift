import Foundation
import Testing
@testable import LMHubCore

/// Fixtures shared by the AQI tests (`AQISchemeTests`, `AQIBoundaryTests`).
enum AQIFixtures {
    static let catalog = try! AQISchemeCatalog.bundled()
    static let constants = try! AirPollutants.bundled()

    static func scheme(_ id: String) -> AQIScheme { catalog.schemes[id]! }

    static func calculator(_ id: String) -> AQICalculator { AQICalculator(scheme: scheme(id), constants: constants) }

    /// 2024-06-01 00:00 UTC: hour 0 of every test series.
    static let start = Date(timeIntervalSince1970: 1_717_200_000)
    static let utc = TimeZone(identifier: "UTC")!

    /// Hourly values from `start`, oldest first.
    static func series(_ pollutant: Pollutant, _ unit: MeasurementUnit, _ values: [Double?]) -> HourlySeries {
        HourlySeries(pollutant: pollutant, unit: unit, readings: values.enumerated().map { hour, value in
            (time: start.addingTimeInterval(Double(hour) * 3600), value: value)
        })
    }

    static func series(_ pollutant: Pollutant, _ unit: MeasurementUnit, _ value: Double, hours: Int) -> HourlySeries {
        series(pollutant, unit, Array(repeating: value, count: hours))
    }
}

/// A sub-index test vector of LMHub's air-quality research notes (`air-quality.md`, kept outside this repository;
/// their trail is in `Resources/aqi/ORIGIN.md`).
struct AQIVector: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        /// The rounded index.
        case index(Int)
        /// The unrounded index (Equation 1) to 2 decimals.
        case exact(Double)
        case negative, blankBelow
        /// No index from this table; the pollutant's table for this averaging applies.
        case useTable(AQIScheme.Averaging)
    }

    let scheme: String
    let pollutant: Pollutant
    let averaging: AQIScheme.Averaging
    let concentration: Double
    let expected: Expected
    /// The notes section the vector comes from.
    let section: String

    init(_ scheme: String, _ pollutant: Pollutant, _ averaging: AQIScheme.Averaging, _ concentration: Double,
         _ expected: Expected, _ section: String) {
        (self.scheme, self.pollutant, self.averaging, self.concentration, self.expected, self.section) =
            (scheme, pollutant, averaging, concentration, expected, section)
    }

    var testDescription: String {
        "\(scheme) \(pollutant.rawValue) \(averaging.rawValue) \(concentration) → \(expected) (\(section))"
    }
}

/// A NowCast window (newest first, `nil` = missing hour) and its NowCast: `exact` before the scheme's
/// truncation (to 3 decimals, as the notes give it), `reported` as LMHub returns it with the bundled rule.
struct NowCastVector: Sendable, CustomTestStringConvertible {
    let scheme: String
    let window: [Double?]
    let exact: Double?
    let reported: Double?
    let section: String

    var testDescription: String { "\(scheme) \(window.map { $0.map { "\($0)" } ?? "–" }.joined(separator: " ")) (\(section))" }
}

/// The worked examples and test vectors of the air-quality notes (§0.4, §1.5, §4.5, §6.2–§6.7) against the
/// bundled schemes: the 138 vectors once checked by `scripts/check_aqi_schemes.py`, the float traps through
/// the calculator, NowCast windows, version choice, categories and unit conversion.
struct AQISchemeTests {
    typealias V = AQIVector

    // MARK: - Sub-index vectors (130; with the 8 NowCast vectors below, the checker's 138)

    static let vectors: [AQIVector] = [
        V("us-epa-2024", .o3, .eightHours, 0.07853333, .index(126), "§6.2"), // §6.2: TAD O3 example: truncated to 0.078, 125.5 → 126
        V("us-epa-2024", .pm25, .day, 35.9, .index(102), "§6.2"), // §6.2: TAD multi-pollutant example (O3 126 / PM2.5 102 / CO 90)
        V("us-epa-2024", .co, .eightHours, 8.4, .index(90), "§6.2"), // §6.2: TAD multi-pollutant example (O3 126 / PM2.5 102 / CO 90)
        V("us-epa-2024", .o3, .oneHour, 0.162, .index(147), "§6.2"), // §6.2, §1.5: TAD prints 148, an arithmetic slip (147.487)
        V("us-epa-2024", .o3, .oneHour, 0.104, .blankBelow, "§6.2"), // §6.2, §1.5: blank cell: O3 1-h below 0.125 ppm
        V("us-epa-2024", .o3, .eightHours, 0.201, .useTable(.oneHour), "§6.2"), // §6.2, §1.1 footnote 2: the 1-h value is required
        V("us-epa-2024", .pm25, .day, 0.0, .index(0), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 9.0, .index(50), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 9.05, .index(50), "§6.2"), // §6.2: gap between rows: truncates to 9.0
        V("us-epa-2024", .pm25, .day, 9.1, .index(51), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 12.0, .index(56), "§6.2"), // §6.2: old Good edge is now Moderate
        V("us-epa-2024", .pm25, .day, 12.1, .index(57), "§6.2"), // §6.2: old Good edge is now Moderate
        V("us-epa-2024", .pm25, .day, 35.4, .index(100), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 35.5, .index(101), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 55.4, .index(150), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 55.5, .index(151), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 100.0, .index(182), "§6.2"), // §6.2: 182.19
        V("us-epa-2024", .pm25, .day, 125.4, .index(200), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 125.5, .index(201), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 225.4, .index(300), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 225.5, .index(301), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 325.4, .index(500), "§6.2"), // §6.2
        V("us-epa-2024", .pm25, .day, 325.9, .index(501), "§6.2"), // §6.2: above-500 extrapolation (500.996)
        V("us-epa-2024", .pm25, .day, 400.0, .index(649), "§6.2"), // §6.2: extrapolated, not capped
        V("us-epa-2024", .pm25, .day, 500.4, .index(849), "§6.2"), // §6.2: extrapolated, not capped
        V("us-epa-2024", .pm25, .day, -1.6, .negative, "§6.2"), // §6.2: negative NowCast seen in real data (§8): no AQI
        V("us-epa-2024", .pm10, .day, 54.9, .index(50), "§6.2"), // §6.2
        V("us-epa-2024", .pm10, .day, 55, .index(51), "§6.2"), // §6.2
        V("us-epa-2024", .pm10, .day, 424, .index(300), "§6.2"), // §6.2
        V("us-epa-2024", .pm10, .day, 425, .index(301), "§6.2"), // §6.2
        V("us-epa-2024", .pm10, .day, 604, .index(500), "§6.2"), // §6.2
        V("us-epa-2024", .pm10, .day, 700, .index(607), "§6.2"), // §6.2: extrapolated
        V("us-epa-2024", .co, .eightHours, 4.45, .index(50), "§6.2"), // §6.2
        V("us-epa-2024", .co, .eightHours, 50.4, .index(500), "§6.2"), // §6.2
        V("us-epa-2024", .so2, .oneHour, 35.9, .index(50), "§6.2"), // §6.2: truncates to 35
        V("us-epa-2024", .so2, .oneHour, 304, .index(200), "§6.2"), // §6.2
        V("us-epa-2024", .so2, .oneHour, 320, .useTable(.day), "§6.2, §1.5"), // §6.2, §1.5: TAD SO2 case (1-h max 320): the 1-h table sends it to 24-h
        V("us-epa-2024", .so2, .day, 150, .blankBelow, "§6.2, §1.5"), // §6.2, §1.5: TAD SO2 case: a 24-h mean of 150 is a blank cell
        V("us-epa-2024", .so2, .day, 305, .index(201), "§6.2"), // §6.2
        V("us-epa-2024", .so2, .day, 1004, .index(500), "§6.2"), // §6.2
        V("us-epa-2024", .no2, .oneHour, 53, .index(50), "§6.2"), // §6.2
        V("us-epa-2024", .no2, .oneHour, 100, .index(100), "§6.2"), // §6.2
        V("us-epa-2024", .no2, .oneHour, 1249, .index(300), "§6.2"), // §6.2
        V("us-epa-2024", .no2, .oneHour, 2049, .index(500), "§6.2"), // §6.2
        V("us-epa-2012", .pm25, .day, 9.3, .index(39), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .pm25, .day, 15, .index(57), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .pm25, .day, 49.5, .index(135), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .pm25, .day, 235.4, .index(285), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .pm25, .day, 35.9, .index(102), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .co, .eightHours, 8.4, .index(90), "§6.3"), // §6.3: python-aqi test_epa.py
        V("us-epa-2012", .pm25, .day, 0.6, .index(3), "§6.5"), // §6.5: real AirNow hour: exact .5, half-up (banker's would give one less)
        V("us-epa-2012", .pm25, .day, 5.4, .index(23), "§6.5"), // §6.5: real AirNow hour: exact .5, half-up (banker's would give one less)
        V("us-epa-2012", .pm25, .day, 7.8, .index(33), "§6.5"), // §6.5: real AirNow hour: exact .5, half-up (banker's would give one less)
        V("us-epa-2012", .pm25, .day, 10.2, .index(43), "§6.5"), // §6.5: real AirNow hour: exact .5, half-up (banker's would give one less)
        V("us-epa-2012", .pm25, .day, 68.6, .index(158), "§6.6"), // §6.6: Hanoi embassy NowCast window → AirNow AQI
        V("us-epa-2012", .pm25, .day, 178.7, .index(229), "§6.6"), // §6.6: Hanoi embassy NowCast window → AirNow AQI
        V("us-epa-2012", .pm25, .day, 10.6, .index(44), "§6.6"), // §6.6: Hanoi embassy NowCast window → AirNow AQI
        V("us-epa-2012", .pm25, .day, 12.0, .index(50), "§1.2, §6.2"), // §1.2, §6.2: pre-2024 Good edge
        V("cn-hj633-2012", .pm25, .day, 35, .index(50), "§6.4"), // §6.4
        V("cn-hj633-2012", .pm25, .day, 36, .index(52), "§6.4"), // §6.4: ceiling, 51.25 → 52
        V("cn-hj633-2012", .pm25, .day, 60, .index(82), "§6.4"), // §6.4: 81.25 → 82
        V("cn-hj633-2012", .pm25, .day, 75, .index(100), "§6.4"), // §6.4
        V("cn-hj633-2012", .pm25, .day, 115, .index(150), "§6.4"), // §6.4
        V("cn-hj633-2012", .pm25, .day, 500, .index(500), "§6.4"), // §6.4
        V("cn-hj633-2012", .pm10, .day, 120, .index(85), "§6.4"), // §6.4: 85.0
        V("cn-hj633-2012", .pm10, .day, 150, .index(100), "§6.4"), // §6.4
        V("cn-hj633-2012", .pm10, .day, 151, .index(101), "§6.4"), // §6.4
        V("cn-hj633-2012", .o3, .eightHours, 161, .index(101), "§6.4"), // §6.4: 100.91 → 101
        V("cn-hj633-2012", .o3, .eightHours, 801, .useTable(.oneHour), "§6.4"), // §6.4, §2.1 note 3: 2012 switches to the O3 1-h value
        V("cn-hj633-2012", .so2, .oneHour, 801, .useTable(.day), "§6.4"), // §6.4, §2.1 note 2: 2012 switches to the SO2 24-h value
        V("cn-hj633-2012", .co, .oneHour, 5.5, .index(55), "§6.4"), // §6.4
        V("cn-hj633-2012", .co, .day, 2.1, .index(53), "§6.4"), // §6.4
        V("cn-hj633-2012", .no2, .oneHour, 201, .index(101), "§6.4"), // §6.4: 100.1 → 101
        V("cn-hj633-2012", .o3, .oneHour, 136, .index(43), "§6.4"), // §6.4: 42.5 → 43
        V("cn-hj633-2026", .pm25, .day, 35, .index(50), "§6.4"), // §6.4
        V("cn-hj633-2026", .pm25, .day, 36, .index(52), "§6.4"), // §6.4: 52.0
        V("cn-hj633-2026", .pm25, .day, 60, .index(100), "§6.4"), // §6.4, §0.1: the 良 edge moved from 75 to 60
        V("cn-hj633-2026", .pm25, .day, 75, .index(114), "§6.4"), // §6.4: 2026: 113.64 → 114
        V("cn-hj633-2026", .pm25, .day, 115, .index(150), "§6.4"), // §6.4
        V("cn-hj633-2026", .pm25, .day, 500, .index(500), "§6.4"), // §6.4
        V("cn-hj633-2026", .pm10, .day, 120, .index(100), "§6.4"), // §6.4, §0.1: the PM10 edge moved from 150 to 120
        V("cn-hj633-2026", .pm10, .day, 150, .index(112), "§6.4"), // §6.4: 111.54 → 112
        V("cn-hj633-2026", .pm10, .day, 151, .index(112), "§6.4"), // §6.4: 111.92 → 112
        V("cn-hj633-2026", .o3, .eightHours, 161, .index(101), "§6.4"), // §6.4: 100.91 → 101
        V("cn-hj633-2026", .o3, .eightHours, 801, .index(300), "§6.4"), // §6.4, §2.2 note c: counted as 300
        V("cn-hj633-2026", .so2, .oneHour, 801, .index(200), "§6.4"), // §6.4, §2.2 note b: counted as 200
        V("cn-hj633-2026", .co, .oneHour, 5.5, .index(55), "§6.4"), // §6.4
        V("cn-hj633-2026", .co, .day, 2.1, .index(53), "§6.4"), // §6.4
        V("cn-hj633-2026", .no2, .oneHour, 201, .index(101), "§6.4"), // §6.4: 100.1 → 101
        V("cn-hj633-2026", .o3, .oneHour, 136, .index(43), "§6.4"), // §6.4: 42.5 → 43
        V("cn-hj633-2026", .pm25, .day, 250, .index(300), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .pm10, .day, 350, .index(200), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .so2, .oneHour, 650, .index(150), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .no2, .oneHour, 700, .index(150), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .co, .oneHour, 35, .index(150), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .o3, .oneHour, 300, .index(150), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .pm25, .day, 35, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test (repeats the §6.4 table row above)
        V("cn-hj633-2026", .pm10, .day, 50, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .so2, .oneHour, 150, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .no2, .oneHour, 100, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .co, .oneHour, 5, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .o3, .oneHour, 160, .index(50), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("cn-hj633-2026", .o3, .eightHours, 1000, .index(300), "§6.4"), // §6.4: caiyunapp/aqi-hub 2026 test
        V("vn-1459-2019", .o3, .oneHour, 136.1, .exact(42.53), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .oneHour, 136.1, .index(43), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .no2, .oneHour, 118.7, .exact(59.35), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .no2, .oneHour, 118.7, .index(59), "§4.5"), // §4.5: Decision prints 60 (known discrepancy); half-up of 59.35 is 59
        V("vn-1459-2019", .pm25, .day, 20.2658, .exact(40.53), "§4.5"), // §4.5: the exact NowCast 20.2658 (the Decision prints 20.3)
        V("vn-1459-2019", .pm25, .day, 20.3, .index(41), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .eightHours, 89.3, .exact(44.65), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .eightHours, 89.3, .index(45), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .oneHour, 114.6, .exact(35.81), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .oneHour, 114.6, .index(36), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .no2, .oneHour, 130.8, .exact(65.40), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .no2, .oneHour, 130.8, .index(65), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .pm25, .day, 55.7, .exact(109.50), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .pm25, .day, 55.7, .index(110), "§4.5"), // §4.5: Decision's worked example
        V("vn-1459-2019", .o3, .eightHours, 401, .useTable(.oneHour), "§4.2"), // §4.2: O3 8-h above 400 µg/m³: use the 1-h value
        V("th-pcd-2023", .pm25, .day, 10, .exact(16.67), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 15.0, .exact(25.00), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 15.1, .exact(26.00), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 20, .exact(37.88), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 30, .exact(70.36), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 37.5, .exact(100.00), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 37.6, .exact(101.00), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 50, .exact(133.82), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2023", .pm25, .day, 75.0, .exact(200.00), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2018", .pm25, .day, 30, .exact(34.73), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2018", .pm25, .day, 45, .exact(79.58), "§6.7"), // §6.7: unrounded index
        V("th-pcd-2018", .pm25, .day, 70, .exact(149.23), "§6.7"), // §6.7: unrounded index
    ]

    @Test(arguments: vectors)
    func vectorFromTheNotes(_ vector: AQIVector) throws {
        let scheme = try #require(AQIFixtures.catalog.schemes[vector.scheme])
        let table = try #require(scheme.table(vector.pollutant, vector.averaging))
        let result = scheme.subIndex(vector.concentration, table: table)
        switch (vector.expected, result) {
        case let (.index(expected), .success(got)):
            #expect(got.value == expected, "\(vector.section): exact \(got.exact)")
        case let (.exact(expected), .success(got)):
            #expect(abs(got.exact - expected) <= 0.005, "\(vector.section): exact \(got.exact)")
        case (.negative, .failure(.negative)), (.blankBelow, .failure(.blankBelow)):
            break
        case let (.useTable(expected), .failure(.aboveTop(_, useTable: got))):
            #expect(got == expected)
        default:
            Issue.record("\(vector.section): expected \(vector.expected), got \(result)")
        }
    }

    // MARK: - NowCast vectors (8)

    static let nowcastVectors: [NowCastVector] = [
        // §6.6: Hanoi embassy windows, clamped w = ½; the file shows 68.6 / 178.7 / 10.6 (§8.3: within ±0.2 of
        // the formula); the TAD truncates (§1.3, §1.7 step 6), so 10.562 is reported as 10.5 (AQI 44 either way).
        NowCastVector(scheme: "us-epa-2012", window: [71.9, 63.3, 73.6, 74.9, 50.8, 48.0, 42.2, 41.0, 36.1, 39.8, 39.0, 35.1],
                      exact: 68.637, reported: 68.6, section: "§6.6"), // §6.6 2018-01-01 00:00
        NowCastVector(scheme: "us-epa-2012", window: [221.3, 139.9, 134.1, 133.0, 135.9, 122.4, 127.7, 112.5, 105.2, 103.0, 88.5, 70.6],
                      exact: 178.707, reported: 178.7, section: "§6.6"), // §6.6 2018-01-02 05:00
        NowCastVector(scheme: "us-epa-2012", window: [5.9, 7.9, 6.0, 33.5, 51.6, 41.1, 38.0, 33.0, 29.0, 36.8, 26.1, 19.1],
                      exact: 10.562, reported: 10.5, section: "§6.6"), // §6.6 2018-04-06 16:00
        NowCastVector(scheme: "us-epa-2024", window: [13, 16, 10, 21, 74, 64, 53, 82, 90, 75, 80, 50],
                      exact: 17.414, reported: 17.4, section: "§6.6"), // §6.6 EPA training slide: w* 0.11 clamped to ½
        NowCastVector(scheme: "us-epa-2024", window: [nil, nil, 10, 21, 74, 64, 53, 82, 90, 75, 80, 50],
                      exact: nil, reported: nil, section: "§6.6"), // §6.6, §1.7 step 5: two of c1…c3 missing, no NowCast
        NowCastVector(scheme: "vn-1459-2019", window: [20.6, 19.6, 22.4, 20.3, 16.5, 19.0, 16.5, 19.5, 23.5, 20.5, 24.7, 26.9],
                      exact: 20.266, reported: 20.266, section: "§4.5"), // §4.5 Decision's example (prints 20.3); no truncation
        NowCastVector(scheme: "vn-1459-2019", window: [100] + Array(repeating: 10, count: 11),
                      exact: 54.998, reported: 54.998, section: "§4.3"), // §4.3: w = ½, Σ(½)^i·ci not normalised
        NowCastVector(scheme: "us-epa-2024", window: [100] + Array(repeating: 10, count: 11),
                      exact: 55.011, reported: 55.0, section: "§4.3"), // §4.3: the same window normalised (EPA)
    ]

    @Test(arguments: nowcastVectors)
    func nowcastVectorFromTheNotes(_ vector: NowCastVector) throws {
        let rule = try #require(AQIFixtures.scheme(vector.scheme).nowcast)
        let exact = NowCast(rule.untruncated).value(ArraySlice(vector.window), pollutant: .pm25)
        let reported = NowCast(rule).value(ArraySlice(vector.window), pollutant: .pm25)
        #expect(exact.map { ($0 * 1000).rounded() / 1000 } == vector.exact, "\(vector.section): \(exact.map { "\($0)" } ?? "nil")")
        #expect(reported.map { ($0 * 1000).rounded() / 1000 } == vector.reported, "\(vector.section)")
    }

    @Test func allVectorsOfTheRetiredCheckerArePorted() {
        #expect(Self.vectors.count + Self.nowcastVectors.count == 138)
    }

    // MARK: - Catalog, version choice, categories, units

    @Test func catalogHoldsTheSevenBundledSchemes() {
        #expect(Set(AQIFixtures.catalog.schemes.keys) == [
            "us-epa-2012", "us-epa-2024", "cn-hj633-2012", "cn-hj633-2026", "vn-1459-2019", "th-pcd-2018", "th-pcd-2023",
        ])
        #expect(AQIFixtures.catalog.series == ["cn-hj633", "th-pcd", "us-epa", "vn-1459"])
    }

    @Test(arguments: [
        ("us-epa", "2020-01-01", "us-epa-2012"), ("us-epa", "2024-05-05", "us-epa-2012"), // §1: 89 FR 16202, effective 2024-05-06
        ("us-epa", "2024-05-06", "us-epa-2024"), ("us-epa", "2026-01-01", "us-epa-2024"),
        ("cn-hj633", "2026-02-28", "cn-hj633-2012"), ("cn-hj633", "2026-03-01", "cn-hj633-2026"), // §0.1, §2.2: in force 2026-03-01
        ("vn-1459", "2024-01-01", "vn-1459-2019"),
        ("th-pcd", "2023-05-31", "th-pcd-2018"), ("th-pcd", "2023-06-01", "th-pcd-2023"), // §3: effective 1 June 2023
        ("us-epa-2012", "2026-01-01", "us-epa-2012"), ("US-EPA-2024", "2020-01-01", "us-epa-2024"), // a version id overrides the date
    ])
    func resolvePicksTheVersionInForce(id: String, date: String, expected: String) throws {
        #expect(try AQIFixtures.catalog.resolve(id, on: date).id == expected)
    }

    @Test func unknownSchemeIsAnError() {
        #expect(throws: UnknownStandardError.self) { try AQIFixtures.catalog.resolve("eu-eaqi", on: "2026-01-01") }
    }

    @Test(arguments: [
        ("us-epa-2024", 0, 1, "Good"), ("us-epa-2024", 50, 1, "Good"), ("us-epa-2024", 51, 2, "Moderate"),
        ("us-epa-2024", 150, 3, "Unhealthy for Sensitive Groups"), ("us-epa-2024", 151, 4, "Unhealthy"),
        ("us-epa-2024", 300, 5, "Very Unhealthy"), ("us-epa-2024", 301, 6, "Hazardous"), ("us-epa-2024", 849, 6, "Hazardous"), // §1.6
        ("cn-hj633-2026", 50, 1, "Excellent"), ("cn-hj633-2026", 201, 5, "Heavily polluted"), ("cn-hj633-2026", 500, 6, "Severely polluted"), // §2.4
        ("vn-1459-2019", 101, 3, "Poor"), ("vn-1459-2019", 301, 6, "Hazardous"), // §4.1
    ])
    func categoryOfAnIndex(id: String, aqi: Int, rank: Int, english: String) throws {
        let found = try #require(AQIFixtures.scheme(id).category(of: aqi))
        #expect(found.rank == rank)
        #expect(found.category.name.text("en") == english)
    }

    /// The Thai copies of the PCD's Table 1 print the two best bands with the prefix คุณภาพอากาศ ("air quality"),
    /// 26–50 included (second read §5), and the other three without it.
    @Test(arguments: ["th-pcd-2018", "th-pcd-2023"])
    func thaiCategoryNamesAsThePCDTablePrintsThem(id: String) throws {
        let scheme = AQIFixtures.scheme(id)
        #expect(scheme.categories.map { $0.name.text("th") } == [
            "คุณภาพอากาศดีมาก", "คุณภาพอากาศดี", "ปานกลาง", "เริ่มมีผลกระทบต่อสุขภาพ", "มีผลกระทบต่อสุขภาพ",
        ])
        #expect(try #require(scheme.category(of: 26)).category.name.text("th") == "คุณภาพอากาศดี")
    }

    @Test func purpleDiffersBetweenChinaAndTheEPA() {
        // §2.4: HJ 633 purple is 153, 0, 76; §1.6 EPA and §4.1 VN purple is 143, 63, 151.
        #expect(AQIFixtures.scheme("cn-hj633-2026").category(of: 250)?.category.colour == "#99004C")
        #expect(AQIFixtures.scheme("us-epa-2024").category(of: 250)?.category.colour == "#8F3F97")
        #expect(AQIFixtures.scheme("vn-1459-2019").category(of: 250)?.category.colour == "#8F3F97")
        #expect(AQIFixtures.scheme("us-epa-2024").category(of: 0)?.category.colour == "#00E400") // §1.6: 0, 228, 0
    }

    @Test func nitrogenDioxidePPBToMicrogramsByHand() throws {
        // 25 °C, 1 atm: V = R·T/p = 24.465 L/mol; M(NO2) = 46.005 g/mol; 100 ppb × 46.005 / 24.465 = 188.04 µg/m³.
        let constants = AQIFixtures.constants
        #expect(abs(constants.molarVolume(at: 25) - 24.465) < 0.001)
        let mass = try constants.convert(100, of: .no2, from: .ppb, to: .microgramsPerCubicMetre, temperature: 25)
        #expect(abs(mass - 188.04) <= 0.01)
        let back = try constants.convert(mass, of: .no2, from: .microgramsPerCubicMetre, to: .ppb, temperature: 25)
        #expect(abs(back - 100) < 1e-9)
        let ppb = try constants.convert(0.086, of: .o3, from: .ppm, to: .ppb, temperature: 25)
        let micrograms = try constants.convert(2.1, of: .co, from: .milligramsPerCubicMetre, to: .microgramsPerCubicMetre, temperature: 25)
        #expect(abs(ppb - 86) < 1e-9)
        #expect(abs(micrograms - 2100) < 1e-9)
        #expect(throws: AirUnitError.noMixingRatio(.pm25)) {
            try constants.convert(10, of: .pm25, from: .microgramsPerCubicMetre, to: .ppb, temperature: 25)
        }
    }
}

extension AQIScheme.NowCastRule {
    /// The rule without its final truncation, to compare with the notes' 3-decimal NowCasts.
    var untruncated: Self {
        Self(hours: hours, minimumWeight: minimumWeight, requiredOfLatest3: requiredOfLatest3,
             normaliseAtMinimumWeight: normaliseAtMinimumWeight, truncateDecimals: [:], verified: verified, source: source, note: note)
    }
}
