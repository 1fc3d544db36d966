/// A colour of the SDR dashboards: how far an indicator or a goal is from its SDG target. The SDR legend:
/// green "SDG achieved", yellow "Challenges remain", orange "Significant challenges remain", red "Major
/// challenges remain", grey "Information unavailable" (names in ``SDREdition/colours``).
public enum SDGColour: String, Sendable, Hashable, Codable, CaseIterable {
    case green, yellow, orange, red, grey

    /// 1 (green) to 4 (red); `nil` for grey.
    public var rank: Int? {
        switch self {
        case .green: 1
        case .yellow: 2
        case .orange: 3
        case .red: 4
        case .grey: nil
        }
    }

    /// Where this colour's band starts on the dashboard's 0–4 scale (red 0, orange 1, yellow 2, green 3);
    /// `nil` for grey.
    public var scaleBase: Double? { rank.map { Double(4 - $0) } }
}

/// A trend arrow of the SDR dashboards, written as the database writes it.
public enum SDGTrendArrow: String, Sendable, Hashable, Codable, CaseIterable {
    /// ↑ on track, or maintaining SDG achievement.
    case onTrack = "↑"
    /// ➚ moderately improving (at least half the rate needed).
    case moderatelyImproving = "➚"
    /// → stagnating (improving at less than half the rate needed, or worsening while achieved).
    case stagnating = "→"
    /// ↓ decreasing.
    case decreasing = "↓"
}
