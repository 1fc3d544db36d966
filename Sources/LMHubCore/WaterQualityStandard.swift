import Foundation

/// A class-based surface-water standard loaded from a data file in `Resources/standards/`
/// (one file per standard version; GB 3838-2002 is `cn-gb3838-2002.json`).
///
/// Classes are ranked from 1 (best, e.g. GB class I) to `classes.count`; a value worse than the last class
/// gets rank `classes.count + 1` (GB 3838's 劣V). A standard with one class (`meets`) is a set of
/// single targets (MRC guidelines, Cambodia's Sub-decree 27).
public struct WaterQualityStandard: Sendable, Codable, Hashable, Versioned {
    public let id: String
    /// The versions of one standard share a series (`vn-qcvn08` for QCVN 08-MT:2015 and QCVN 08:2023).
    public let series: String
    public let version: String
    public let title: LocalizedText
    public let issuingBody: LocalizedText
    /// ISO 3166-1 alpha-2, or `MRC`.
    public let country: String
    /// First day in force: `YYYY-MM-DD`, or `YYYY` / `YYYY-MM` where only that is known.
    public let inForce: String
    /// First day no longer in force (`YYYY-MM-DD`), for a superseded version.
    public let until: String?
    public let status: Status
    /// Why a standard without limits has none, for users.
    public let statusNote: LocalizedText?
    public let source: String
    /// Class labels, best first.
    public let classes: [String]
    /// The uses each class stands for, in the standard's words.
    public let classNames: [LocalizedText]?
    public let worseThanLastClass: String
    public let worseThanLastClassName: LocalizedText?
    public let sampleClassRule: String
    public let sampleClassRuleVerified: Bool
    public let items: [Item]

    /// One row of a standard's table: the limits of one parameter for every class.
    public struct Item: Sendable, Codable, Hashable {
        /// Item number in the standard's table.
        public let item: Int
        /// Canonical parameter code (see ``ParameterRegistry``).
        public let parameter: String
        /// Unit the limits are written in.
        public let unit: MeasurementUnit
        public let kind: Kind
        /// Per-class limits, best class first (for `maximum` and `minimum`); `nil` where the standard sets
        /// no number for a class (Thailand's class 1 "natural"), so no value earns that class through this item.
        public let limits: [Double?]?
        /// Per-class inclusive `[low, high]` ranges, best class first (for `range`, e.g. pH 6–9).
        public let ranges: [[Double]?]?
        /// Labels of classes for which the standard sets no limit on this item (`–` in its table, as for
        /// Thailand's coliforms in class 4): any value meets those classes through this item. A `nil` limit
        /// of a class not listed here means the number is not at hand, and the class cannot be earned.
        public let noLimitFor: [String]?
        /// Labels of classes whose limit the source does not print legibly and LMHub infers, on an unverified item
        /// (QCVN 08:2023 river DO at level A from the lake table; river TOC at level C from level D's "> 8").
        public let inferredFor: [String]?
        /// The period statistic the standard judges (Thailand: DO on the 20th, BOD5 on the 80th percentile);
        /// `nil` for single values.
        public let statistic: Statistic?
        /// `river` or `lake` where the limit differs by water body; `nil` for all.
        public let waterBody: WaterBody?
        /// Whether the item counts towards the sample class (default `true`).
        public let inSampleClass: Bool?
        public let verified: Bool
        public let note: String?
        /// Document, table and item the numbers come from.
        public let source: String

        public enum Kind: String, Sendable, Codable, Hashable {
            /// The class is the best one whose limit the value does not exceed.
            case maximum
            /// The class is the best one whose limit the value reaches (DO).
            case minimum
            /// The class is the best one whose inclusive range holds the value (pH).
            case range
            /// A rule a single value cannot be judged on (GB 3838 water temperature).
            case narrative
        }
    }

    /// Whether a standard's limits are at hand.
    public enum Status: String, Sendable, Codable, Hashable {
        /// The table is loaded and samples are judged against it.
        case loaded
        /// The standard exists but its table has not been found in a source LMHub can cite (Lao PDR).
        case limitsNotLoaded
        /// The country has no ambient surface-water standard (Myanmar).
        case noStandard
    }

    /// A percentile a standard judges over a period's samples.
    public enum Statistic: String, Sendable, Codable, Hashable {
        case p20 = "P20", p80 = "P80"

        /// The percentile, 0–100.
        public var percentile: Double { self == .p20 ? 20 : 80 }
    }

    /// Whether `item` sets no limit for class `rank` (any value meets it).
    public func isUnlimited(_ item: Item, rank: Int) -> Bool {
        rank <= classes.count && (item.noLimitFor ?? []).contains(classes[rank - 1])
    }

    /// Whether `item`'s limit for class `rank` is LMHub's inference rather than a number the source prints.
    public func isInferred(_ item: Item, rank: Int) -> Bool {
        rank <= classes.count && (item.inferredFor ?? []).contains(classes[rank - 1])
    }

    /// Kinds of water body a standard distinguishes.
    public enum WaterBody: String, Sendable, Codable, Hashable, CaseIterable {
        case river, lake
    }

    /// Label of a class rank: `classes[rank - 1]`, or ``worseThanLastClass`` past the last.
    public func label(ofRank rank: Int) -> String {
        rank <= classes.count ? classes[rank - 1] : worseThanLastClass
    }

    /// The rank for values worse than the last class.
    public var worstRank: Int { classes.count + 1 }

    /// The use wording of a class rank, where the standard gives one.
    public func name(ofRank rank: Int) -> LocalizedText? {
        rank <= classes.count ? classNames?[rank - 1] : worseThanLastClassName
    }


    /// The last day in force (`YYYY-MM-DD`, the day before ``until``), for people: QCVN 08-MT:2015 ran to 2023-09-11.
    public var lastDayInForce: String? {
        guard let until, let day = LocalDate.date(until) else { return nil }
        return LocalDate.string(day.addingTimeInterval(-86_400), timeZone: "UTC")
    }

    /// Whether every number the standard's judgement rests on is verified against a cited source.
    public var isVerified: Bool { sampleClassRuleVerified && items.allSatisfy(\.verified) }

    /// The table row that judges `parameter` in `waterBody`, if the standard has one.
    public func item(for parameter: String, in waterBody: WaterBody) -> Item? {
        items.first { $0.parameter == parameter && ($0.waterBody == nil || $0.waterBody == waterBody) }
    }
}

extension WaterQualityStandard {
    /// Every standard shipped in `Resources/standards/`, by id.
    /// - Throws: `DecodingError` naming the file when a data file is malformed.
    public static func bundled() throws -> [String: WaterQualityStandard] {
        try BundledIndex.loadFolder("standards")
    }
}

/// A standard's data file could not be read.
public struct StandardFileError: Error, CustomStringConvertible {
    public let file: String
    public let underlying: String
    public var description: String { "standard file \(file): \(underlying)" }
}
