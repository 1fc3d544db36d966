import ArgumentParser

struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks, each next to a baseline run in the same go. Build with -c release first.",
        subcommands: [BenchImport.self, BenchAQI.self, BenchSearch.self]
    )
}
