import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage
import Testing

/// One station, parameter and time given in two units is one observation: the same value again is a
/// duplicate, another value a conflict, whichever unit each file uses.
struct CrossUnitTests {
    static let header = "station,time,parameter,value,unit\n"

    @Test(arguments: Engine.available) func aValueInAnotherUnitIsADuplicateOrAConflict(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,0.05,mg/L\n"), into: store)
            let same = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,50,µg/L\n"), into: store)
            #expect(same.stored == 0 && same.conflicts.isEmpty && same.skipped == 1)
            let other = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,900,µg/L\n"), into: store)
            #expect(other.stored == 0 && other.conflicts.map(\.line) == [2])
            #expect(try await store.observations(station: "S", parameter: "TP").map(\.measurement.value) == [0.05])
        }
    }

    @Test(arguments: Engine.available) func withinOneFileTheFirstUnitWins(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let file = Self.header + "S,2020-03-01T00:00:00Z,TP,0.05,mg/L\nS,2020-03-01T00:00:00Z,TP,50,µg/L\nS,2020-03-01T00:00:00Z,TP,0.9,mg/L\n"
            let summary = try await importFile(try temporaryFile(file), into: store)
            #expect(summary.stored == 1 && summary.conflicts.map(\.line) == [4])
            let samples = try await store.samples(station: "S")
            #expect(samples.map { $0.values["TP"]?.value } == [0.05])
        }
    }

    @Test(arguments: Engine.available) func aReplacementInAnotherUnitIsCountedAsReplacedAndNamesBothValues(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,0.05,mg/L\n"), into: store)
            let kept = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,900,µg/L\n"), into: store)
            let conflict = try #require(kept.conflicts.first)
            #expect(conflict.description.hasSuffix("stored 0.05 mg/L, file has 0.9 mg/L (held as 0.05 mg/L, the file gives 900.0 µg/L)"), "\(conflict)")
            let replaced = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,900,µg/L\n"), into: store, onConflict: .replace)
            #expect(replaced.replaced == 1)
            #expect(replaced.stored == 0 && replaced.skipped == 0, "stored \(replaced.stored), skipped \(replaced.skipped)")
            #expect(try await store.observations(station: "S", parameter: "TP").map(\.measurement.value) == [0.9])
        }
    }

    /// A batch checks its keys against another unit in queries of ``CrossUnitCheck/keysPerQuery`` keys: more rows
    /// than that are all found, the equal ones as duplicates, the others as conflicts.
    @Test(arguments: Engine.available) func moreRowsThanOneQueryTakesFindEveryValueHeldInAnotherUnit(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            func rows(_ value: (Int) -> String) -> String {
                Self.header + (0..<12_000).map { "S,\(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double($0) * 3600))),TP,\(value($0))\n" }.joined()
            }
            _ = try await importFile(try temporaryFile(rows { "0.0\($0 % 9 + 1),mg/L" }), into: store)
            let other = try await importFile(try temporaryFile(rows { $0 % 2 == 0 ? "\($0 % 9 + 1)0,µg/L" : "\($0 % 9 + 2)0,µg/L" }), into: store)
            #expect(other.stored == 0)
            #expect(other.conflicts.count == 6_000 && other.skipped == 6_000)
        }
    }

    /// Under `replace`, rows of one moment in two units are taken in line order: the file's last value is the
    /// one stored, in its unit, and the moment never holds two values (issue 17's trial).
    @Test(arguments: Engine.available) func underReplaceTheLastRowOfAMomentWinsWhateverItsUnit(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let moment = "S,2020-03-01T00:00:00Z,TP,"
            let fresh = try await importFile(try temporaryFile(Self.header + [moment + "0.05,mg/L", moment + "60,µg/L", moment + "0.05,mg/L"].joined(separator: "\n") + "\n"),
                                             into: store, onConflict: .replace)
            #expect(fresh.stored == 1 && fresh.replaced == 2 && fresh.skipped == 0)
            #expect(try await store.observations(station: "S", parameter: "TP").map(\.measurement.value) == [0.05])
            #expect(try await store.observationCount() == 1)
            let again = try await importFile(try temporaryFile(Self.header + [moment + "60,µg/L", moment + "0.07,mg/L", moment + "80,µg/L"].joined(separator: "\n") + "\n"),
                                             into: store, onConflict: .replace)
            #expect(again.stored == 0 && again.replaced == 3 && again.skipped == 0)
            #expect(try await store.observations(station: "S", parameter: "TP").map(\.measurement.value) == [0.08])
            #expect(try await store.observationCount() == 1)
            #expect(try await store.observationChanges().count == 5, "each replacement audited")
        }
    }

    /// Censoring counts across units as within one: `<500 µg/L` is not the stored `>0.5 mg/L`.
    @Test(arguments: Engine.available) func censoringDiffersAcrossUnitsToo(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            _ = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,>0.5,mg/L\nS,2020-03-02T00:00:00Z,TP,0.01,mg/L\n"), into: store)
            let other = try await importFile(try temporaryFile(Self.header + "S,2020-03-01T00:00:00Z,TP,<500,µg/L\nS,2020-03-02T00:00:00Z,TP,<10,µg/L\n"), into: store)
            #expect(other.conflicts.map(\.line) == [2, 3])
            #expect(other.stored == 0)
        }
    }
}
