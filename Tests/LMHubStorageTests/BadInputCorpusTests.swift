import Foundation
import LMHubCore
import LMHubIngest
import Testing
@testable import LMHubStorage

/// Issue 11, robustness the project keeps: a corpus of small bad files (`Fixtures/bad-input/`), each wrong
/// in one way, listed in `manifest.csv` with the line, field and words of the error it must give. On every
/// engine, after a small good file (`Fixtures/good.csv`) is stored, each bad file is imported as
/// `lmhub import` would: it must throw an error naming the file, the line and the field, in words that say
/// what is wrong, and leave the store as it was.
///
/// Manifest columns: `file`, `kind`, `line`, `field` (`-`: the error concerns the whole file, no field; for
/// a conflict, the parameter), `words` (found in the error, ignoring case), `known` (checks a case is known
/// to fail today, as `check: what happens`, separated by `; `; each is run under `withKnownIssue`, so that
/// a fix shows up as an unexpected pass).
struct BadInputCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let folder = fixtures.appendingPathComponent("bad-input")
    static let goodFile = fixtures.appendingPathComponent("good.csv").path
    static let cases: [BadInput] = (try? BadInput.manifest(at: folder.appendingPathComponent("manifest.csv").path)) ?? []

    @Test(arguments: Engine.available, cases)
    func aBadFileIsRefusedNamingFileLineAndFieldAndChangesNothing(engine: Engine, bad: BadInput) async throws {
        let path = Self.folder.appendingPathComponent(bad.file).path
        try await engine.withStore { store in
            let good = try await importAsCLI(Self.goodFile, into: store)
            #expect(good.stored == 4, "the good file is stored before the bad one")
            let before = try await StoreSnapshot(store)
            var thrown: (any Error)?
            var summary: ImportSummary?
            do { summary = try await importAsCLI(path, into: store) } catch { thrown = error }
            let after = try await StoreSnapshot(store)
            bad.check(.unchanged, after == before, "the store changed: \(before.difference(to: after))")
            guard let thrown else {
                bad.check(.throws, false, "imported without an error: \(summary.map { "\($0.stored) stored, \($0.observationsRead) read" } ?? "")")
                return
            }
            bad.check(.throws, true, "")
            let report = ErrorReport(thrown)
            bad.check(.file, report.file == path || report.text.contains(path), "names no file '\(path)': \(report.brief)")
            bad.check(.line, report.lines == [bad.line], "line \(report.lines), expected \(bad.line): \(report.brief)")
            bad.check(.field, report.fields == [bad.field], "field \(report.fields), expected \(bad.field ?? "none"): \(report.brief)")
            bad.check(.words, report.text.lowercased().contains(bad.words.lowercased()), "lacks '\(bad.words)': \(report.brief)")
            bad.check(.short, report.text.utf8.count <= 1500, "an error of \(report.text.utf8.count) bytes: \(report.brief)")
        }
    }

    /// The manifest lists every file of the corpus once, and the corpus has at least 40 files.
    @Test func theManifestListsEveryFileOfTheCorpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "manifest.csv" && !$0.hasPrefix(".") }
        #expect(Self.cases.count >= 40)
        #expect(Self.cases.map(\.file).sorted() == files.sorted())
        #expect(Set(Self.cases.map(\.file)).count == Self.cases.count, "a file is listed twice")
        #expect(Self.cases.allSatisfy { $0.line >= 0 && !$0.words.isEmpty && !$0.kind.isEmpty })
    }
}

/// One file of the corpus and what its error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// The checks made on each file; the manifest's `known` column names them.
    enum Check: String, Sendable, CaseIterable {
        case `throws`, file, line, field, words, short, unchanged
    }

    let file: String
    let kind: String
    let line: Int
    /// The field the error must name; `nil` where it concerns the whole file.
    let field: String?
    let words: String
    /// What happens today, for checks known to fail.
    let known: [Check: String]

    var testDescription: String { file }

    /// Records an issue unless `passed`, under `withKnownIssue` when the manifest says this check fails today.
    func check(_ check: Check, _ passed: Bool, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let reason = known[check] else {
            #expect(passed, "\(file): \(check.rawValue): \(comment)", sourceLocation: sourceLocation)
            return
        }
        withKnownIssue(Comment(rawValue: "\(file): \(reason)"), sourceLocation: sourceLocation) {
            #expect(passed, "\(file): \(check.rawValue): \(comment)", sourceLocation: sourceLocation)
        }
    }

    /// The cases of `manifest.csv`, read with LMHub's own CSV reader.
    static func manifest(at path: String) throws -> [BadInput] {
        var csv = try CSVReader(path: path)
        guard let header = try csv.next()?.fields, header == ["file", "kind", "line", "field", "words", "known"] else {
            throw IngestError(file: path, line: 1, field: nil, message: "expected the header file,kind,line,field,words,known")
        }
        var cases: [BadInput] = []
        while let record = try csv.next() {
            let cells = record.fields
            guard cells.count == header.count, let line = Int(cells[2]) else {
                throw IngestError(file: path, line: record.line, field: nil, message: "expected six cells and a line number")
            }
            var known: [Check: String] = [:]
            for item in cells[5].components(separatedBy: "; ") where !item.isEmpty {
                let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, let check = Check(rawValue: parts[0]) else {
                    throw IngestError(file: path, line: record.line, field: "known", message: "expected 'check: what happens', found '\(item)'")
                }
                known[check] = parts[1]
            }
            cases.append(BadInput(file: cells[0], kind: cells[1], line: line, field: cells[3] == "-" ? nil : cells[3], words: cells[4], known: known))
        }
        return cases
    }
}

/// Where an error of an import says the problem is, whatever its type.
struct ErrorReport {
    /// The file an ``IngestError`` names.
    var file: String?
    /// The lines named: the ``IngestError``'s, or each conflict's.
    var lines: [Int] = []
    /// The fields named (`nil`: none): the ``IngestError``'s, or each conflict's parameter.
    var fields: [String?] = []
    /// Everything the CLI would print of it.
    var text: String

    init(_ error: any Error) {
        switch error {
        case let error as IngestError:
            file = error.file
            lines = [error.line]
            fields = [error.field]
            text = error.description
        case let error as ImportConflictsError:
            lines = error.conflicts.map(\.line)
            fields = error.conflicts.map(\.parameter)
            text = (error.conflicts.map { "conflict: \($0)" } + [error.description]).joined(separator: "\n")
        default:
            text = "\(type(of: error)): \(error)"
        }
    }

    /// The text, cut for a test report.
    var brief: String { text.count > 300 ? text.prefix(300) + "… (\(text.utf8.count) bytes)" : text }
}

/// What a store holds: counts, stations and every observation and change, to compare before and after.
struct StoreSnapshot: Equatable {
    let count: Int
    let stations: [Station]
    let observations: [String: [StoredObservation]]
    let changes: [LMHubStore.ObservationChange]

    init(_ store: LMHubStore) async throws {
        count = try await store.observationCount()
        stations = try await store.stations()
        var observations: [String: [StoredObservation]] = [:]
        for station in stations { observations[station.id] = try await store.observations(station: station.id) }
        self.observations = observations
        changes = try await store.observationChanges()
    }

    /// What differs in `other`, in words.
    func difference(to other: StoreSnapshot) -> String {
        var parts: [String] = []
        if count != other.count { parts.append("\(count) → \(other.count) observations") }
        if stations != other.stations { parts.append("stations \(stations.map(\.id)) → \(other.stations.map { String($0.id.prefix(40)) })") }
        for (id, rows) in other.observations where observations[id] != rows {
            parts.append("\(id.prefix(40)): \(observations[id]?.map(\.value) ?? []) → \(rows.map(\.value))")
        }
        if changes != other.changes { parts.append("\(changes.count) → \(other.changes.count) audited changes") }
        return parts.joined(separator: "; ")
    }
}
