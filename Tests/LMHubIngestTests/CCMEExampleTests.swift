import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The CCME WQI 1.0 User's Manual worked example (North Saskatchewan River at Devon, 1997) must give
/// F1 = 20, F2 = 3.88, F3 = 2.78, WQI = 88.1, "Good"; the two reduced cases are bcgov/wqbc's test vectors.
struct CCMEExampleTests {
    let index = try! CCMEWaterQualityIndex.bundled()

    /// The file's tests: rows with a value, each against the row's own objective (same unit as the value).
    func tests(droppingDO date: String? = nil, droppingVariable: String? = nil) throws -> [CCMETest] {
        var reader = try CSVReader(path: repositoryRoot.appendingPathComponent("Tests/LMHubIngestTests/Fixtures/ccme_manual_example_north_saskatchewan_devon_1997.csv").path)
        _ = try reader.next()
        var tests: [CCMETest] = []
        while let row = try reader.next() {
            let f = row.fields
            guard let value = ValueCell.number(f[2]), f[1] != droppingVariable, !(f[1] == "DO" && f[0] == date) else { continue }
            tests.append(CCMETest(variable: f[1], value: value, lower: ValueCell.number(f[4]), upper: ValueCell.number(f[5])))
        }
        return tests
    }

    @Test func manualExampleGivesTheManualsFigures() throws {
        let result = try index.compute(try tests()).get()
        #expect(result.variables == 10)
        #expect(result.tests == 103)
        #expect(result.failedVariables == ["Pb", "TP"])
        #expect(result.failedTests == 4)
        #expect((result.f1 * 100).rounded() / 100 == 20)
        #expect((result.f2 * 100).rounded() / 100 == 3.88)
        #expect((result.f3 * 100).rounded() / 100 == 2.78)
        #expect((result.wqi * 10).rounded() / 10 == 88.1)
        #expect(result.category?.name.text("en") == "Good")
    }

    @Test func wqbcReducedCases() throws {
        let noMarchDO = try index.compute(try tests(droppingDO: "1997-03-04")).get()
        #expect(noMarchDO.tests == 102)
        #expect((noMarchDO.wqi * 1000).rounded() / 1000 == 88.122)
        let noArsenic = try index.compute(try tests(droppingDO: "1997-03-04", droppingVariable: "As")).get()
        #expect(noArsenic.variables == 9)
        #expect((noArsenic.wqi * 1000).rounded() / 1000 == 86.788)
    }
}
