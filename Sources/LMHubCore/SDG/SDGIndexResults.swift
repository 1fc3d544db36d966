extension SDGCountryResult {
    /// The index in the shared shape: `index` the edition id (`sdr-2023`), `subject` the ISO3 code, the 17
    /// goals as components (`SDG1`…`SDG17`, each at the score the index takes, own or imputed, weight 1/17),
    /// coverage = goals with an own score of 17, no band (the SDR colours goals, not the index). Notes give
    /// the rank, imputed goals, the inclusion and the unverified steps.
    public func indexResult(_ edition: SDREdition) -> IndexResult {
        let components = goals.map { goal in
            IndexResult.Component(id: "SDG\(goal.goal)", name: edition.goalName(goal.goal), value: goal.scoreInIndex, weight: 1.0 / 17)
        }
        var lines = notes
        if let rank { lines.insert("rank \(rank)", at: 0) }
        lines += flagNotes(flags, edition)
        return IndexResult(index: edition.id, subject: iso3, value: index, components: components,
                           coverage: IndexResult.Coverage(used: goals.filter { $0.score != nil }.count, expected: 17),
                           verified: edition.verified && flags.isEmpty, source: edition.source, notes: lines)
    }

    /// One goal in the shared shape: `subject` `ISO3/SDGn`, value the goal's own score (`nil` when imputed or
    /// not applicable, the note giving the imputed value), band its dashboard colour (colour name green,
    /// yellow, orange or red; none for grey), components its indicators with data (normalised score, `nil`
    /// for OECD-only ones), coverage = global indicators with data of those applicable.
    public func goalResult(_ goal: Int, _ edition: SDREdition) -> IndexResult? {
        guard let result = self.goal(goal) else { return nil }
        let components = indicators.filter { $0.goal == goal }.map { indicator in
            IndexResult.Component(id: indicator.code, name: edition.indicator(indicator.code)?.name, value: indicator.normalisedScore)
        }
        var lines: [String] = []
        if !result.applicable { lines.append("SDG 14 does not apply to a landlocked country") }
        if let imputed = result.imputedScore {
            lines.append(String(format: "no own score: the index takes the unweighted mean of %@, %.2f", region, imputed))
        }
        if result.colour == .grey, result.applicable { lines.append("dashboard grey: fewer than half of the goal's indicators have data") }
        if !result.worstIndicators.isEmpty { lines.append("colour from \(result.worstIndicators.joined(separator: " and "))") }
        lines += flagNotes(result.flags, edition)
        let band = result.colour.rank.map { rank in
            IndexResult.Band(name: edition.colourName(result.colour) ?? LocalizedText(en: result.colour.rawValue), rank: rank, colour: result.colour.rawValue)
        }
        return IndexResult(index: edition.id, subject: "\(iso3)/SDG\(goal)", value: result.score, band: band, components: components,
                           coverage: IndexResult.Coverage(used: result.indicatorsWithData, expected: result.indicatorsExpected),
                           verified: edition.verified && result.flags.isEmpty, source: edition.source, notes: lines)
    }

    private func flagNotes(_ flags: [SDGStep], _ edition: SDREdition) -> [String] {
        flags.compactMap { step in edition.step(step).map { "\($0.status.rawValue): \(step.rawValue)" } }
    }
}
