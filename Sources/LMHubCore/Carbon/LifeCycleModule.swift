/// A life-cycle module of a built asset (EN 15978 for buildings, EN 17472 for civil engineering works, as PAS 2080
/// and the RICS whole-life carbon assessment group them).
///
/// A1–A3 product stage, A4 transport to site, A5 construction and installation, B1–B5 use, maintenance, repair,
/// replacement and refurbishment, B6 operational energy, B7 operational water, B8 users' and other operational
/// activities, C1–C4 end of life, and D, benefits and loads beyond the system boundary, which is reported apart
/// and never netted into A–C.
public enum LifeCycleModule: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case a1a3 = "A1-A3"
    case a4 = "A4"
    case a5 = "A5"
    case b1b5 = "B1-B5"
    case b6 = "B6"
    case b7 = "B7"
    case b8 = "B8"
    case c1c4 = "C1-C4"
    case d = "D"

    /// `true` for D, which never enters the total.
    public var isBeyondSystemBoundary: Bool { self == .d }

    /// The stage letter: A (product and construction), B (use), C (end of life), D (beyond the boundary).
    public var stage: String { String(rawValue.prefix(1)) }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Reads a module as people write it: `A1-A3`, `A1–A3`, `A1A3`, `a5`, and a single sub-module (`A1`, `B2`,
    /// `C3`) as the group it belongs to. `nil` for anything else (A0 and B9 are not modules of EN 15978).
    public init?(parsing text: String) {
        let compact = text.uppercased().filter { !" \u{2013}\u{2014}-_/".contains($0) }
        switch compact {
        case "A1A3", "A1", "A2", "A3", "A13": self = .a1a3
        case "A4": self = .a4
        case "A5": self = .a5
        case "B1B5", "B1", "B2", "B3", "B4", "B5", "B15": self = .b1b5
        case "B6": self = .b6
        case "B7": self = .b7
        case "B8": self = .b8
        case "C1C4", "C1", "C2", "C3", "C4", "C14": self = .c1c4
        case "D": self = .d
        default: return nil
        }
    }

    /// What the module holds, for tables and pages.
    public var title: String {
        switch self {
        case .a1a3: "Product stage (raw materials, transport to factory, manufacture)"
        case .a4: "Transport to site"
        case .a5: "Construction and installation"
        case .b1b5: "Use, maintenance, repair, replacement, refurbishment"
        case .b6: "Operational energy"
        case .b7: "Operational water"
        case .b8: "Users' and other operational activities"
        case .c1c4: "End of life (deconstruction, transport, processing, disposal)"
        case .d: "Beyond the system boundary (reuse, recovery, recycling)"
        }
    }
}
