extension SDREdition.TrendRule {
    /// The trend arrow of an indicator that went from `start` (in `startYear`, normally 2015) to `end` (in
    /// `endYear`), on normalised scores (``SDGStep/trend``, reconstructed):
    ///
    /// - already at or beyond the green threshold: ↑ if not worse than at the start, else →;
    /// - no longer at it though it was at the start: ↓;
    /// - otherwise the ratio of the average annual change to the annual change needed to reach the green
    ///   threshold by `targetYear` from the start: ≥ `onTrackRatio` ↑, ≥ `moderatelyImprovingRatio` ➚, ≥ 0 →, < 0 ↓.
    ///
    /// `nil` when `endYear` is not after `startYear`, `startYear` is not before `targetYear`, or the
    /// indicator has no bounds or green threshold.
    public func arrow(_ indicator: SDGIndicator, from start: Double, in startYear: Int, to end: Double, in endYear: Int) -> SDGTrendArrow? {
        guard endYear > startYear, targetYear > startYear, let green = indicator.greenThreshold,
              let first = indicator.normalisedScore(start), let last = indicator.normalisedScore(end),
              let target = indicator.normalisedScore(green) else { return nil }
        if last >= target { return last >= first ? .onTrack : .stagnating }
        if first >= target { return .decreasing }
        let ratio = ((last - first) / Double(endYear - startYear)) / ((target - first) / Double(targetYear - startYear))
        if ratio >= onTrackRatio { return .onTrack }
        if ratio >= moderatelyImprovingRatio { return .moderatelyImproving }
        return ratio >= 0 ? .stagnating : .decreasing
    }
}
