import Foundation

/// A class-based surface-water standard loaded from a data file in `Resources/standards/`
/// (one file per standard version; GB 3838-2002 is `cn-gb3838-2002.json`).
///
/// Classes are ranked from 1 (best, e.g. GB class I) to `classes.count`; a value worse than the last class
/// gets rank `classes.count + 1` (GB 3838's 劣V).
public struct WaterQualityStandard: Sendable, Codable, Hashable {
    public let id: String
    public let version: String
    public let title: LocalizedText
    public let issuingBody: LocalizedText
    /// ISO 3166-1 alpha-2.
    public let country: String
    /// Date in force, `YYYY-MM-DD`.
    public let inForce: String
    public let source: String
    /// Class labels, best first.
    public let classes: [String]
    public let worseThanLastClass: String
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
        /// Per-class limits, best class first (for `maximum` and `minimum`).
        public let limits: [Double]?
        /// Inclusive acceptable range (for `range`, e.g. pH 6–9).
        public let range: [Double]?
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
            /// Pass (best class) inside the inclusive range, fail (worse than the last class) outside.
            case range
            /// A rule a single value cannot be judged on (GB 3838 water temperature).
            case narrative
        }
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

    /// The table row that judges `parameter` in `waterBody`, if the standard has one.
    public func item(for parameter: String, in waterBody: WaterBody) -> Item? {
        items.first { $0.parameter == parameter && ($0.waterBody == nil || $0.waterBody == waterBody) }
    }
}

extension WaterQualityStandard {
    /// Every standard shipped in `Resources/standards/`, by id.
    /// - Throws: `DecodingError` naming the file when a data file is malformed.
    public static func bundled() throws -> [String: WaterQualityStandard] {
        guard let folder = Bundle.module.url(forResource: "standards", withExtension: nil) else {
            throw StandardFileError(file: "standards", underlying: "the bundled standards folder is missing")
        }
        let urls = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        var standards: [String: WaterQualityStandard] = [:]
        for url in urls {
            do {
                let standard = try JSONDecoder().decode(WaterQualityStandard.self, from: Data(contentsOf: url))
                standards[standard.id] = standard
            } catch {
                throw StandardFileError(file: url.lastPathComponent, underlying: String(describing: error))
            }
        }
        return standards
    }
}

/// A standard's data file could not be read.
public struct StandardFileError: Error, CustomStringConvertible {
    public let file: String
    public let underlying: String
    public var description: String { "standard file \(file): \(underlying)" }
}
