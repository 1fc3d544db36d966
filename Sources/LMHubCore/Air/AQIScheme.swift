import Foundation

/// An air quality index scheme (US EPA AQI, China HJ 633 IAQI/AQI, VN_AQI, Thailand's PCD AQI) loaded from a
/// data file in `Resources/aqi/`: its breakpoint tables per pollutant and averaging period, how
/// concentrations and indices are rounded, what happens above the top breakpoint, its categories and colours,
/// and which statistic feeds the hourly and the daily index. Every table names its source and whether it is
/// verified against the issuing agency's own text.
public struct AQIScheme: Sendable, Codable, Versioned {
    public let id: String
    /// Versions of one scheme share a series (`us-epa` for the 2012 and 2024 tables).
    public let series: String
    public let country: String
    public let title: LocalizedText
    public let issuingBody: LocalizedText
    /// First day in force (`YYYY-MM-DD`, or `YYYY` / `YYYY-MM` where only that is known).
    public let inForce: String
    /// First day no longer in force.
    public let until: String?
    public let source: String
    /// The scheme's own language, for category names (`en`, `zh`, `vi`, `th`).
    public let language: String
    public let indexRounding: IndexRounding
    public let indexRoundingVerified: Bool
    public let concentrationRounding: ConcentrationRounding
    /// °C at which ppb/ppm convert to µg/m³ for this scheme.
    public let referenceTemperature: Double
    /// Best first.
    public let categories: [Category]
    public let categoriesVerified: Bool
    public let tables: [Table]
    /// What the hourly index is computed from.
    public let hourly: [Input]
    /// What the daily index is computed from.
    public let daily: [Input]
    /// Whether a day's hours run 01:00 to 00:00 of the next day (hour-ending labels: VN_AQI, QĐ 1459 §4.4)
    /// rather than 00:00 to 23:00.
    public let dayEndsAtMidnight: Bool?
    public let nowcast: NowCastRule?
    /// Rules in words that the tables cannot hold, with their sources.
    public let rules: [Rule]
    /// How an index past the scheme's top is marked (EPA: "Beyond Index" above 500); `nil` for a scheme whose
    /// top category is open (Thailand's "201 and above").
    public let beyondIndex: BeyondIndex?

    /// The mark of an index whose concentration lies above the top breakpoint of its table.
    public struct BeyondIndex: Sendable, Codable, Hashable {
        /// The scheme's top index (500).
        public let top: Int
        public let label: LocalizedText
        public let source: String
        public let verified: Bool
    }

    public enum IndexRounding: String, Sendable, Codable {
        /// To the nearest integer, halves up (EPA: 125.5 → 126).
        case halfUp
        /// Always up to the next integer (China: 进位取整, 50.625 → 51).
        case ceiling
    }

    public enum ConcentrationRounding: String, Sendable, Codable {
        /// Cut to the table's decimals (EPA).
        case truncate
        case halfUp
        /// Round half to even (GB/T 8170 "四舍六入五成双").
        case halfEven
        /// Used as measured.
        case none
    }

    public enum Averaging: String, Sendable, Codable, CaseIterable {
        case oneHour = "1h", eightHours = "8h", day = "24h"
    }

    public struct Category: Sendable, Codable, Hashable {
        /// Lowest index of the category; it runs to the next category's lowest − 1.
        public let lowest: Int
        public let name: LocalizedText
        /// `#RRGGBB`.
        public let colour: String
        public let colourVerified: Bool
        public let source: String
    }

    public struct Breakpoint: Sendable, Codable, Hashable {
        public let low: Double
        public let high: Double
        public let indexLow: Double
        public let indexHigh: Double
    }

    public struct AboveTop: Sendable, Codable, Hashable {
        public enum Rule: String, Sendable, Codable {
            /// Along the top segment's line (EPA above 500).
            case extrapolate
            /// The top index.
            case cap
            /// A fixed index (HJ 633-2026: SO2 1-h above 800 µg/m³ counts as 200).
            case fixedIndex
            /// This table gives no index; the pollutant's table for `averaging` is used (O3 8-h above the top → 1-h).
            case useTable
            /// No index.
            case undefined
        }

        public let rule: Rule
        public let index: Double?
        public let averaging: Averaging?
        /// With `extrapolate`: the least index above the top (Thailand's "> 200" starts at 201: 75.1 µg/m³ PM2.5
        /// is in the red category even where the 101–200 line gives 200.3).
        public let atLeast: Double?
        /// With `useTable`: the index when that table gives none either (EPA SO2: a 1-h value ≥ 305 ppb with a
        /// 24-h mean below 305 ppb is exactly 200, TAD 2024 §IV).
        public let otherwiseIndex: Double?
    }

    public enum BelowBottom: String, Sendable, Codable {
        /// The first segment starts at 0: nothing is below it but negative values, which have no index.
        case zero
        /// A blank cell: values below the first breakpoint are not indexed by this table (EPA O3 1-h < 0.125 ppm).
        case undefined
    }

    public struct Table: Sendable, Codable {
        public let pollutant: Pollutant
        public let averaging: Averaging
        public let unit: MeasurementUnit
        /// Decimals the concentration is cut or rounded to before the lookup; `nil` for none.
        public let decimals: Int?
        public let breakpoints: [Breakpoint]
        public let aboveTop: AboveTop
        public let belowBottom: BelowBottom
        public let verified: Bool
        public let source: String
        public let note: String?
    }

    /// The statistic of hourly readings an index is read from.
    public enum Statistic: String, Sendable, Codable {
        case nowcast, mean1h, running8h, running24h, dailyMean, dailyMax1h, dailyMax8h
    }

    public struct Input: Sendable, Codable, Hashable {
        public let pollutant: Pollutant
        public let statistic: Statistic
        /// The averaging period of the table the statistic is read against.
        public let table: Averaging
    }

    public struct NowCastRule: Sendable, Codable {
        public let hours: Int
        public let minimumWeight: Double
        public let requiredOfLatest3: Int
        /// `false` for VN_AQI's formula at w = ½, which is not divided by the sum of weights.
        public let normaliseAtMinimumWeight: Bool
        /// Decimals the NowCast is cut to, by pollutant code.
        public let truncateDecimals: [String: Int]
        public let verified: Bool
        public let source: String
        public let note: String?
    }

    public struct Rule: Sendable, Codable {
        public let text: String
        public let source: String
        public let verified: Bool
    }

    /// The table for a pollutant and averaging period.
    public func table(_ pollutant: Pollutant, _ averaging: Averaging) -> Table? {
        tables.first { $0.pollutant == pollutant && $0.averaging == averaging }
    }

    /// The category of an index, with its rank (1 = best).
    public func category(of index: Int) -> (category: Category, rank: Int)? {
        guard let position = categories.lastIndex(where: { index >= $0.lowest }) else { return nil }
        return (categories[position], position + 1)
    }
}
