import Testing
@testable import LMHubCore

/// The seven ESI vectors of the FHI Toolbox 1.1 tests (`Desktop/Tests/EcosystemServiceTests.cs`, MIT, © 2019
/// Conservation International): 10 spatial units, 12 monthly instances of 2018, odd months one value and even
/// months another. The Toolbox rounds F1, F2, F3 and the ESI to integers; LMHub keeps full precision unless asked.
@Suite("FHI ESI")
struct FHIESITests {
    /// Ten units with the same 12 instances; `odd` in January, March, …, `even` in February, April, ….
    func units(_ make: (_ month: Int) -> Double, objective: SharpObjective) -> [ESISpatialUnit] {
        (0..<10).map { ESISpatialUnit(name: "SU \($0)", .values((1...12).map(make), objective: objective)) }
    }

    @Test func f1OnlyHalfTheUnitsFailing() throws {
        let units = (0..<10).map { ESISpatialUnit(name: "SU \($0)", .met($0 % 2 != 0)) }
        let result = try EcosystemServiceIndicator(spatialUnits: units).compute()
        #expect(result.level == .f1)
        #expect(result.f1 == 50)
        #expect(result.value == 50)
        #expect(try EcosystemServiceIndicator(spatialUnits: units).compute(rounding: .toolbox).value == 50)
    }

    @Test func f2EveryOtherMonthFailing() throws {
        let units = (0..<10).map { ESISpatialUnit(name: "SU \($0)", .instancesMet((1...12).map { $0 % 2 != 0 })) }
        let indicator = EcosystemServiceIndicator(spatialUnits: units)
        let toolbox = try indicator.compute(rounding: .toolbox)
        #expect(toolbox.f1 == 100 && toolbox.f2 == 50 && toolbox.value == 29)
        let exact = try indicator.compute()
        #expect(abs(exact.value - (100 - 5000.0.squareRoot())) < 1e-12)
        #expect(exact.instances == 120 && exact.failedInstances == 60)
    }

    @Test func f3FuzzyExcursionsZeroAndFive() throws {
        let units = (0..<10).map { _ in ESISpatialUnit(name: "SU", .excursions((1...12).map { $0 % 2 == 0 ? 0 : 5 })) }
        let indicator = EcosystemServiceIndicator(spatialUnits: units)
        let toolbox = try indicator.compute(rounding: .toolbox)
        #expect(toolbox.f1 == 100 && toolbox.f2 == 50 && toolbox.f3 == 71 && toolbox.value == 16)
        // Unrounded: nse = 2.5, F3 = 250/3.5 = 71.428…, ESI = 100 − √7142.857… = 15.48: the Toolbox's 16 comes from rounding F3 first.
        let exact = try indicator.compute()
        #expect(exact.normalizedSumOfExcursions == 2.5)
        #expect(abs(exact.f3! - 250 / 3.5) < 1e-12)
        #expect(abs(exact.value - 15.4845) < 1e-4)
    }

    /// The Toolbox's `<` 4 (non-compliant below 4): values 1 in even months, 5 in odd ones; excursion 4/1 − 1 = 3.
    @Test func f3SharpMinimum() throws {
        let result = EcosystemServiceIndicator(spatialUnits: units({ $0 % 2 == 0 ? 1 : 5 }, objective: try SharpObjective(minimum: 4)))
        let toolbox = try result.compute(rounding: .toolbox)
        #expect(toolbox.f1 == 100 && toolbox.f2 == 50 && toolbox.f3 == 60 && toolbox.value == 23)
        #expect(abs(try result.compute().value - (100 - 6000.0.squareRoot())) < 1e-12)
    }

    /// The Toolbox's `>` 2: values 5 fail, excursion 5/2 − 1 = 1.5, nse 0.75, F3 = 42.857. Rounding F3 to 43 first
    /// gives 34; unrounded the ESI is 34.53, which rounds to 35: the two rules differ here.
    @Test func f3SharpMaximum() throws {
        let indicator = EcosystemServiceIndicator(spatialUnits: units({ $0 % 2 == 0 ? 1 : 5 }, objective: try SharpObjective(maximum: 2)))
        let toolbox = try indicator.compute(rounding: .toolbox)
        #expect(toolbox.f3 == 43 && toolbox.value == 34)
        let exact = try indicator.compute()
        #expect(abs(exact.f3! - 75 / 1.75) < 1e-12)
        #expect(abs(exact.value - 34.5346) < 1e-4)
        #expect(exact.value.rounded() == 35)
    }

    @Test func f3SharpRangeBelow() throws {
        let indicator = EcosystemServiceIndicator(spatialUnits: units({ $0 % 2 == 0 ? 1 : 5 }, objective: try SharpObjective(minimum: 4, maximum: 6)))
        let toolbox = try indicator.compute(rounding: .toolbox)
        #expect(toolbox.f3 == 60 && toolbox.value == 23)
    }

    /// Range 4–6, values 8 and 5: excursion 8/6 − 1 = 1/3, nse 1/6, F3 = 14.29 → 14, ESI 62.58 → 63 (Toolbox);
    /// unrounded 62.20.
    @Test func f3SharpRangeAbove() throws {
        let indicator = EcosystemServiceIndicator(spatialUnits: units({ $0 % 2 == 0 ? 8 : 5 }, objective: try SharpObjective(minimum: 4, maximum: 6)))
        let toolbox = try indicator.compute(rounding: .toolbox)
        #expect(toolbox.f1 == 100 && toolbox.f2 == 50 && toolbox.f3 == 14 && toolbox.value == 63)
        let exact = try indicator.compute()
        #expect(abs(exact.value - (100 - (100 * 100.0 / 7).squareRoot())) < 1e-12)
        #expect(exact.value.rounded() == 62)
    }

    @Test func aLevelTheEvidenceCannotSupportIsRefused() {
        let units = [ESISpatialUnit(name: "A", .excursions([0, 1])), ESISpatialUnit(name: "B", .met(true))]
        #expect(throws: FHIInputError.self) { try EcosystemServiceIndicator(spatialUnits: units, level: .f3).compute() }
        #expect((try? EcosystemServiceIndicator(spatialUnits: units).compute().level) == .f1)
        #expect((try? EcosystemServiceIndicator(spatialUnits: units).compute().f1) == 50)
    }

    /// The Toolbox replaces a value of 0 under a minimum with 0.00001 (excursion 4 × 10⁵ − 1); LMHub refuses it
    /// and names the instance.
    @Test func zeroUnderAMinimumIsRefusedWithItsPlace() throws {
        let units = [ESISpatialUnit(name: "A", .values([5, 0], objective: try SharpObjective(minimum: 4)))]
        do {
            _ = try EcosystemServiceIndicator(spatialUnits: units).compute()
            Issue.record("expected an error")
        } catch {
            #expect(error.field == "spatialUnits[0].values[1]")
            #expect(error.message.contains("detection limit"))
        }
    }

    @Test func objectivesThatCannotGiveAnExcursionAreRefused() {
        #expect(throws: FHIInputError.self) { try SharpObjective() }
        #expect(throws: FHIInputError.self) { try SharpObjective(maximum: 0) }
        #expect(throws: FHIInputError.self) { try SharpObjective(minimum: 6, maximum: 4) }
    }
}
