import ArgumentParser

@main
struct LMHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lmhub",
        abstract: "LMHub: the Lancang-Mekong environmental knowledge and monitoring hub.",
        subcommands: [Serve.self, Import.self, Assess.self, Standards.self, CCME.self, AQI.self, FHICommand.self, SDGCommand.self, CarbonCommand.self, Token.self, Bench.self]
    )
}
