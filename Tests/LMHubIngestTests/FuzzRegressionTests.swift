import Foundation
import LMHubIngest
import Testing

/// The fuzz target's inputs replayed in every test run: each input that once crashed a reader
/// (`Fixtures/fuzz/`, kept from `scripts/fuzz.sh`), read by every reader as the fuzzer read it
/// (``EveryReader``), and the fuzzer's seeds (`Fuzz/corpus/`), which must also stay valid files of their
/// layout, so that fuzzing starts from files the readers accept.
struct FuzzRegressionTests {
    static let crashers = files(in: "Tests/LMHubIngestTests/Fixtures/fuzz")
    static let seeds = files(in: "Fuzz/corpus")

    @Test(arguments: crashers + seeds)
    func everyReaderReadsTheInputWithoutCrashing(_ file: String) throws {
        try EveryReader.read(path: repositoryRoot.appendingPathComponent(file).path)
    }

    /// A seed's name starts with its layout (`wide-`, `long-`, `air-`) or `ccme-` for a CCME input file.
    @Test(arguments: seeds)
    func aSeedIsReadWithoutErrorInItsLayout(_ file: String) throws {
        let path = repositoryRoot.appendingPathComponent(file).path
        let kind = String((file as NSString).lastPathComponent.prefix { $0 != "-" })
        guard let layout = ObservationFile.Layout(rawValue: kind) else {
            #expect(kind == "ccme", "a seed's name starts with wide-, long-, air- or ccme-")
            _ = try CCMEInputFile.read(path: path)
            return
        }
        #expect(try ObservationFile.detectLayout(path: path) == layout)
        var reader = try ObservationFile.open(path: path, layout: layout)
        while try reader.nextRow() != nil {}
    }

    /// The files of a folder of the repository, as paths from its root, sorted.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }
}
