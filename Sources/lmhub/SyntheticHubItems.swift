import LMHubCore

/// Knowledge items for the search benchmark, made from the bundled items' own words so that terms are as
/// frequent as in real text: each title and summary is a random stretch of a real one, in English (words),
/// Chinese (characters) and, for one item in ten, Thai. Reproducible from the seed (``SeededSequence``).
enum SyntheticHubItems {
    static func make(_ count: Int, from real: [HubItem], seed: UInt64) -> [HubItem] {
        var random = SeededSequence(seed: seed)
        let english = real.flatMap { [$0.title.values["en"], $0.summary?.values["en"]].compactMap { $0?.split(separator: " ").map(String.init) } }
        let chinese = real.flatMap { [$0.title.values["zh"], $0.summary?.values["zh"]].compactMap { $0.map(Array.init) } }
        let thai = real.compactMap { $0.title.values["th"].map(Array.init) }
        let kinds = HubItem.Kind.allCases, countries = ["CN", "MM", "LA", "TH", "KH", "VN"]
        func pick<T>(_ list: [T]) -> T { list[min(list.count - 1, Int(random.unit() * Double(list.count)))] }
        func stretch<T>(_ source: [T], _ length: ClosedRange<Int>) -> ArraySlice<T> {
            let size = min(source.count, length.lowerBound + Int(random.unit() * Double(length.count)))
            let start = Int(random.unit() * Double(source.count - size + 1))
            return source[start..<start + size]
        }
        return (0..<count).map { number in
            var title = ["en": stretch(pick(english), 4...12).joined(separator: " "), "zh": String(stretch(pick(chinese), 8...24))]
            if number % 10 == 0, !thai.isEmpty { title["th"] = String(stretch(pick(thai), 8...30)) }
            let summary = ["en": stretch(pick(english), 20...60).joined(separator: " "), "zh": String(stretch(pick(chinese), 30...120))]
            return HubItem(id: "synthetic-\(number)", kind: pick(kinds), title: LocalizedText(title), summary: LocalizedText(summary),
                           date: PartialDate(String(2016 + Int(random.unit() * 10))), countries: [pick(countries)],
                           sdgs: [1 + Int(random.unit() * 17)])
        }
    }
}
