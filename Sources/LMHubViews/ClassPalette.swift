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

    /// Text colour readable on `colour(rank:)`.
    public static func ink(rank: Int?) -> String {
        rank == 4 || rank == 5 ? "#000" : "#fff"
    }
}
