import ArgumentParser
import Foundation
import LMHubCore

/// `lmhub bench search`: the knowledge hub's full-text search over generated items (``SyntheticHubItems``),
/// each query as the API runs it (search, filters, facet counts, highlights of one page of 20). Baseline, in the
/// same run: a scan of every item's titles and summaries for the query as typed (case-insensitive substring,
/// what `LIKE '%…%'` does), the fallback an index is meant to spare.
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search latency (p50/p99) over generated knowledge items.")

    @Option(help: "Items to generate.") var items = 100_000
    @Option(help: "Times each query is run on the index.") var repeats = 50
    @Option(help: "Times each query is run by the scan baseline (about a second each on 100,000 items).") var baselineRepeats = 3
    @Option(help: "Seed of the generated items.") var seed: UInt64 = 7

    static let queries: [(String, HubSearchFilter)] = [
        ("遥感", .init()), ("老挝", .init()), ("塑料", .init()), ("水质", .init()), ("湄公河水质监测", .init()),
        ("dialogue", .init()), ("dialogues", .init()), ("sustainable infrastructure", .init()), ("water quality monitoring", .init()),
        ("capacity building workshop", .init(kind: .event)), ("climate", .init(country: "LA", year: 2019)), ("คุณภาพอากาศ", .init()),
        ("", .init(kind: .event)), ("green", .init(sdg: 6)),
    ]

    func validate() throws {
        guard items > 0, repeats > 0, baselineRepeats > 0 else { throw ValidationError("--items, --repeats and --baseline-repeats must be at least 1") }
    }

    func run() async throws {
        let real = try HubSeed.bundled(standards: try StandardCatalog.bundled(), schemes: try AQISchemeCatalog.bundled())
        let generated = SyntheticHubItems.make(items, from: real, seed: seed)
        var index = HubSearchIndex()
        let buildSeconds = seconds { index = HubSearchIndex(items: generated) }
        print(String(format: "index: %d items in %.2f s, peak RSS %.0f MiB", index.count, buildSeconds, PeakMemory.ownMiB))

        var byQuery = [[Double]](repeating: [], count: Self.queries.count), scanned: [Double] = []
        var hits = 0, scanHits = 0, totals = [Int](repeating: 0, count: Self.queries.count)
        for round in 0..<repeats {
            for (number, (text, filter)) in Self.queries.enumerated() {
                let query = SearchQuery(text)
                byQuery[number].append(seconds {
                    let result = index.search(query, filter: filter)
                    totals[number] = result.total
                    hits &+= result.total &+ result.hits.map { query.highlight($0.item.title.text("en")).count }.reduce(0, +)
                })
                if round < baselineRepeats { scanned.append(seconds { scanHits &+= Self.scan(generated, for: text, filter: filter) }) }
            }
        }
        for (number, (text, _)) in Self.queries.enumerated() {
            print(String(format: "  %@ (%d matches): p50 %.3f ms", "\"\(text)\"", totals[number], percentile(byQuery[number], 0.5) * 1000))
        }
        let indexed = byQuery.flatMap { $0 }
        report("index", indexed)
        report("scan ", scanned)
        print(String(format: "ratio scan/index: p50 %.1f, p99 %.1f (checksums %d %d)",
                     percentile(scanned, 0.5) / percentile(indexed, 0.5), percentile(scanned, 0.99) / percentile(indexed, 0.99), hits, scanHits))
        print("target (issue 5, P4): p99 ≤ 20 ms on 100,000 items: " + (percentile(indexed, 0.99) <= 0.020 ? "met" : "NOT met"))
    }

    static func scan(_ items: [HubItem], for text: String, filter: HubSearchFilter) -> Int {
        let needle = text.lowercased()
        return items.reduce(0) { count, item in
            guard filter.accepts(item, countries: item.allCountries) else { return count }
            if needle.isEmpty { return count + 1 }
            let texts = Array(item.title.values.values) + Array(item.summary?.values.values ?? [:].values)
            return texts.contains { $0.lowercased().contains(needle) } ? count + 1 : count
        }
    }

    private func report(_ name: String, _ samples: [Double]) {
        print(String(format: "%@: %d searches, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms", name, samples.count,
                     percentile(samples, 0.5) * 1000, percentile(samples, 0.95) * 1000, percentile(samples, 0.99) * 1000, (samples.max() ?? 0) * 1000))
    }

    private func percentile(_ samples: [Double], _ p: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
}
