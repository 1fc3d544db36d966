import Testing
@testable import LMHubCore

/// The one home of LMHub's indices: every index registered once, water indices in the shared result shape.
struct IndexRegistryTests {
    @Test func bundledRegistryHoldsEachIndexOnce() throws {
        let registry = try IndexRegistry.bundled()
        #expect(registry.all.map(\.id) == ["ccme-wqi-1.0", "fhi-2020", "mrc-wqi-aquatic-life", "sdr-2023"])
        #expect(registry["ccme-wqi-1.0"]?.scale == 0...100)
        #expect(registry["mrc-wqi-aquatic-life"]?.scale == 0...10)
        var copy = registry
        #expect(throws: IndexRegistryError.self) { try copy.register(try CCMEWaterQualityIndex.bundled().definition) }
    }

    @Test func ccmeManualExampleInTheSharedShape() throws {
        let index = try CCMEWaterQualityIndex.bundled()
        // Two variables failing one test each of four, out of four variables: F1 50, F2 12.5.
        let tests = (0..<4).flatMap { variable in
            (0..<4).map { test in CCMETest(variable: "v\(variable)", value: variable < 2 && test == 0 ? 2 : 0.5, upper: 1) }
        }
        let result = index.indexResult(index.compute(tests), subject: "year 2020")
        let f3 = (2.0 / 16) / (0.01 * (2.0 / 16) + 0.01)
        let wqi = 100 - (50 * 50 + 12.5 * 12.5 + f3 * f3).squareRoot() / 1.732
        #expect(abs((result.value ?? 0) - wqi) < 1e-9)
        #expect(result.components.map(\.id) == ["F1", "F2", "F3"])
        #expect(result.components.first?.value == 50)
        #expect(result.coverage == IndexResult.Coverage(used: 4, expected: 4))
        #expect(result.band?.name.text("en") == index.categories.band(of: wqi)?.band.name.text("en"))
    }

    @Test func noValueIsNotAssessedWithItsReason() throws {
        let index = try CCMEWaterQualityIndex.bundled()
        let result = index.indexResult(index.compute([CCMETest(variable: "DO", value: 6, lower: 5)]), subject: "year 2020")
        #expect(result.value == nil)
        #expect(result.band == nil)
        #expect(result.notes.first?.contains("at least 4 variables") == true)
        let mrc = try MRCWaterQualityIndex.bundled()
        #expect(mrc.indexResult(nil, subject: "year 2020").value == nil)
    }
}
