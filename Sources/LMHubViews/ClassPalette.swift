import LMHubCore

/// Colours of class ranks in tables, maps and chart bands. LMHub's own palette after the convention of
/// Chinese water bulletins (I–II blue, III green, IV yellow, V orange, 劣V red); not part of any standard.
public enum ClassPalette {
    public static func colour(rank: Int?) -> String {
        switch rank {
        case 1: "#1565c0"
        case 2: "#42a5f5"
        case 3: "#43a047"
        case 4: "#fdd835"
        case 5: "#fb8c00"
        case .some: "#e53935"
        case nil: "#9e9e9e"
        }
    }

    /// The palette rank of a class of `standard`, spread over the five colours so that every standard's worst
    /// class is red and its best dark blue (Thailand's classes 2/3/4/5 take 1/3/5/red; `meets`/`exceeds` 1/red).
    public static func paletteRank(_ rank: Int, of standard: WaterQualityStandard) -> Int {
        guard rank < standard.worstRank else { return 6 }
        let classes = standard.classes.count
        return classes <= 1 ? 1 : 1 + Int((Double((rank - 1) * 4) / Double(classes - 1)).rounded())
    }

    /// Text colour readable on `colour(rank:)`.
    public static func ink(rank: Int?) -> String {
        rank == 4 || rank == 5 ? "#000" : "#fff"
    }
}
