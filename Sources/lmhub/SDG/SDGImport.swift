import ArgumentParser
import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

/// `lmhub sdg import FILE [--id ID] [--panel FILE] [--replace] [--database …]`: stores an SDR database's raw
/// values in the hub's database as an edition the pages and API compute from.
struct SDGImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store an SDR database (Data sheet layout, CSV) in the hub's database as an edition of the SDG pages and API.",
        discussion: """
        The file is read as 'lmhub sdg index' reads it (raw values and years only) and stored whole under --id \
        (default: the file's name without extension), beside any other edition stored; the bundled SDR 2023 \
        database keeps the id sdr-2023. Importing the same file again stores \
        nothing; a different file under a stored id is refused unless --replace is given. Example:
          lmhub sdg import SDR-2023-Data.csv --id sdr-2023-national --panel panel.csv
        """
    )

    @Argument(help: "An SDR database (Data sheet layout, CSV, UTF-8).") var file: String
    @Option(help: "The id to store it under (letters, digits, '-', '_'); default: the file's name without extension.") var id: String?
    @Option(help: "A raw-data panel (CSV, UTF-8) whose 2015 values give the trend arrows.") var panel: String?
    @Flag(help: "Replace a different edition stored under the same id.") var replace = false
    @Option(help: DatabaseLocation.help) var database = DatabaseLocation.default

    func validate() throws {
        let name = storedID
        if name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) || name.count > 64 {
            throw ValidationError("id '\(name)': use up to 64 letters, digits, '-' or '_' (give one with --id)")
        }
        if name == (try? SDREdition.bundled())?.id {
            throw ValidationError("id '\(name)' is the bundled edition's; store the file under another --id")
        }
    }

    /// `--id`, or the file's name without its extension.
    var storedID: String { id ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent }

    func run() async throws {
        let edition = try SDREdition.bundled()
        let contents = try SDRDatabaseFile.read(path: file, edition: edition)
        guard !contents.countries.isEmpty else { throw CommandFailed(message: "\(file): no country rows; nothing was stored") }
        let stored = SDGStoredEdition(edition: edition.id, source: URL(fileURLWithPath: file).lastPathComponent, countries: contents.countries,
                                      panel: try panel.map { try SDRPanelFile.read(path: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let content = String(decoding: try encoder.encode(stored), as: UTF8.self)
        let name = storedID
        if !database.contains("://"), !FileManager.default.fileExists(atPath: database) {
            FileHandle.standardError.write(Data("no database at \(database): a new one is created (give the hub's with --database)\n".utf8))
        }
        let outcome = try await withStore(database, creating: true) { store in
            try await store.storeDocument(.sdgEdition, id: name, title: "\(edition.title.text("en")) (\(stored.source))", asOf: String(edition.edition),
                                          content: content, replace: replace)
        }
        switch outcome {
        case .stored: print("stored SDG edition '\(name)': \(stored.countries.count) countries from \(stored.source)")
        case .replaced: print("replaced SDG edition '\(name)': \(stored.countries.count) countries from \(stored.source)")
        case .unchanged: print("SDG edition '\(name)' is stored already with the same content: nothing changed")
        }
        if !contents.unknownIndicators.isEmpty {
            FileHandle.standardError.write(Data("\(file): not read, unknown to SDR \(edition.edition): \(contents.unknownIndicators.joined(separator: ", "))\n".utf8))
        }
    }
}
