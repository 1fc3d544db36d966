import LMHubCore

/// Events on a time axis, as SVG: one dot an event, placed by its date at the precision known (a year at
/// mid-year, a month at mid-month, a day on the day); dots that would overlap stack upwards. Each dot links to
/// its item and names it, with its date, in a tooltip. The axis runs over 2016–2022, the initiative's years,
/// widened to the events' own years (at most 1990–2100).
struct HubTimeline: Sendable {
    let firstYear: Int, lastYear: Int

    init(events: [HubItem]) {
        let years = events.compactMap { $0.date?.year }.filter { (1990...2100).contains($0) }
        firstYear = min(2016, years.min() ?? 2016)
        lastYear = max(2022, years.max() ?? 2022)
    }

    var width: Double { max(1000, Double(lastYear - firstYear + 1) * 120) }
    let left = 20.0, right = 20.0, top = 8.0, bottom = 26.0
    let radius = 6.0

    func render(events: [HubItem], language: String) -> String {
        var dots: [(event: HubItem, date: PartialDate, position: Double)] = []
        for event in events {
            guard let date = event.date, (firstYear...lastYear).contains(date.year) else { continue }
            dots.append((event: event, date: date, position: position(date)))
        }
        dots.sort { $0.position < $1.position }
        let rows = stack(dots.map { $0.position })
        let step = radius * 2 + 2
        let axis = top + Double((rows.max() ?? 0) + 1) * step
        let height = axis + bottom
        let title = Strings.text("hub.timeline", language)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.n(width)) \(SVG.n(height))\" role=\"img\" aria-label=\"\(SVG.escape(title))\" class=\"chart timeline\">"
        svg += "<title>\(SVG.escape(title))</title>"
        for year in firstYear...(lastYear + 1) {
            let tick = position(year: Double(year))
            svg += "<line x1=\"\(SVG.n(tick))\" x2=\"\(SVG.n(tick))\" y1=\"\(SVG.n(top))\" y2=\"\(SVG.n(axis + 5))\" stroke=\"#ddd\"/>"
            if year <= lastYear {
                svg += "<text x=\"\(SVG.n(position(year: Double(year) + 0.5)))\" y=\"\(SVG.n(axis + 18))\" text-anchor=\"middle\" font-size=\"12\">\(year)</text>"
            }
        }
        svg += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(axis))\" y2=\"\(SVG.n(axis))\" stroke=\"#555\"/>"
        for (index, dot) in dots.enumerated() {
            let y = axis - radius - 1 - Double(rows[index]) * step
            let label = "\(dot.event.title.text(language)) (\(dot.date.description))"
            svg += "<a href=\"\(SVG.escape(HubItemPage.link(dot.event.id, language: language)))\">"
            svg += "<circle cx=\"\(SVG.n(dot.position))\" cy=\"\(SVG.n(y))\" r=\"\(SVG.n(radius))\" fill=\"#0d4a6b\" fill-opacity=\"0.85\" stroke=\"#fff\">"
            svg += "<title>\(SVG.escape(label))</title></circle></a>"
        }
        return svg + "</svg>"
    }

    /// Where `date` falls on the axis: a year at mid-year, a month at mid-month, a day in its middle.
    func position(_ date: PartialDate) -> Double {
        guard let month = date.month else { return position(year: Double(date.year) + 0.5) }
        let dayFraction = date.day.map { (Double($0) - 0.5) / Double(days(inMonth: month, of: date.year)) } ?? 0.5
        return position(year: Double(date.year) + (Double(month - 1) + dayFraction) / 12)
    }

    /// Where a fractional year falls on the axis (2016.0 at the left end, 2023.0 at the right).
    func position(year: Double) -> Double {
        left + (year - Double(firstYear)) / Double(lastYear + 1 - firstYear) * (width - left - right)
    }

    /// The row of each dot, for positions sorted ascending: the lowest row whose last dot is a diameter away.
    func stack(_ positions: [Double]) -> [Int] {
        var rowEnds: [Double] = []
        return positions.map { spot -> Int in
            if let row = rowEnds.firstIndex(where: { spot - $0 >= radius * 2 }) {
                rowEnds[row] = spot
                return row
            }
            rowEnds.append(spot)
            return rowEnds.count - 1
        }
    }

    private func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
