extension SDGIndexCalculator {
    /// The dashboard colour of one goal of one country and the indicators that decide it, worst first
    /// (``SDGStep/goalColour``, ``SDGStep/dashboardCoverage``, ``SDGStep/oecdDashboard``):
    ///
    /// - the goal's global indicators with data, and for OECD members (SDR region ``SDREdition/Dashboard/oecdRegion``)
    ///   its OECD-only ones too; grey when fewer than half of the applicable ones have data (alternatives as one);
    /// - each placed on the 0–4 scale (``SDGIndicator/dashboardPosition(of:)``); the mean of the two worst:
    ///   ≥ 3 green, ≥ 2 yellow, ≥ 1 orange, else red; green only if both are green, red only if both are red
    ///   (otherwise yellow and orange).
    public func goalColour(_ indicators: [SDGIndicatorResult], applicable: Bool, oecdMember: Bool) -> (colour: SDGColour, worst: [String]) {
        guard let goal = indicators.first?.goal, applicable else { return (.grey, []) }
        let rule = edition.dashboard
        let taken = indicators.filter { edition.indicator($0.code)?.scope == .global || oecdMember }
        let applicableCodes = edition.indicators.filter { $0.goal == goal && ($0.scope == .global || oecdMember) }.map(\.code)
        let placed = taken.filter { $0.dashboardPosition != nil && $0.colour != nil }
        guard !placed.isEmpty, Double(units(taken.map(\.code))) >= rule.minimumIndicatorShare * Double(units(applicableCodes)) else {
            return (.grey, [])
        }
        let worst = Array(placed.sorted { ($0.dashboardPosition ?? 0, $0.code) < ($1.dashboardPosition ?? 0, $1.code) }.prefix(rule.worstIndicators))
        let mean = worst.compactMap(\.dashboardPosition).reduce(0, +) / Double(worst.count)
        let colours = worst.compactMap(\.colour)
        let colour: SDGColour = if mean >= rule.greenAtLeast, colours.allSatisfy({ $0 == .green }) { .green }
            else if mean >= rule.yellowAtLeast { .yellow }
            else if mean >= rule.orangeAtLeast || !colours.allSatisfy({ $0 == .red }) { .orange }
            else { .red }
        return (colour, worst.map(\.code))
    }
}
