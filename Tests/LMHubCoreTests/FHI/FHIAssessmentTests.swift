import Foundation
import Testing
@testable import LMHubCore

/// A whole assessment from a document with inline inputs: every method, entered scores, weights.
@Suite("FHI assessment")
struct FHIAssessmentTests {
    let constants = try! FHIAssessmentConstants.bundled()

    static let json = """
    {"id": "test-basin-2024", "basin": {"name": "Test", "area": 1000}, "date": "2024-12-31",
     "period": {"start": "2024-01-01", "end": "2024-12-31"},
     "inputs": {
       "groundwater-storage-depletion": {"affectedArea": 250},
       "water-quality": {"standard": "mrc-tgwq", "parameters": ["DO", "TP"],
         "samples": [{"station": "A", "date": "2024-01-01", "values": {"DO": {"value": 4, "unit": "mg/L"}, "TP": {"value": 0.05, "unit": "mg/L"}}},
                     {"station": "A", "date": "2024-02-01", "values": {"DO": {"value": 8, "unit": "mg/L"}, "TP": {"value": 0.26, "unit": "mg/L"}}},
                     {"station": "A", "date": "2023-02-01", "values": {"DO": {"value": 1, "unit": "mg/L"}}}]},
       "land-cover-naturalness": {"classAreas": [{"code": 50, "area": 600}, {"code": 10, "area": 200}, {"code": 190, "area": 100}, {"code": 210, "area": 100}]},
       "bank-modification": {"classAreas": [{"code": 20, "area": 30}, {"code": 60, "area": 70}]},
       "species-of-concern": {"species": [{"name": "a", "category": "CR"}, {"name": "b", "category": "LC"}, {"name": "c", "category": "LC"}]},
       "invasive-nuisance-species": {"species": [{"name": "x"}, {"name": "y"}]},
       "water-supply-reliability": {"spatialUnits": [{"name": "u1", "met": true}, {"name": "u2", "met": false}]},
       "flood-regulation": {"spatialUnits": [{"name": "u1", "values": [1, 5], "objective": {"maximum": 2}}]},
       "conservation-cultural-heritage": {"measure": "area", "protected": 100, "total": 1000},
       "governance-stakeholders": {"survey": {"respondents": ["r1", "r2"], "questions": [
         {"text": "q1", "subIndicator": "information-access", "answers": [3, 5]},
         {"text": "q2", "subIndicator": "engagement-in-decision-making", "answers": [2, null]}]}}
     },
     "entered": {"recreation": {"value": 77, "evidence": "visitor survey 2023", "note": "expert panel"}},
     "weights": {"values": {"provisioning": 0.5, "regulation-support": 0.3, "cultural-aesthetic": 0.2}}}
    """

    func document(_ text: String = json) throws -> FHIAssessmentDocument {
        try JSONDecoder().decode(FHIAssessmentDocument.self, from: Data(text.utf8))
    }

    @Test func everyMethodFromInlineInputs() throws {
        let result = try FHIAssessment.evaluate(try document(), constants: constants)
        func value(_ id: String) -> Double? { result.subIndicator(id)?.value }
        #expect(value("groundwater-storage-depletion") == 75)
        // DO 4 under 5 (0.25), TP 0.26 over 0.13 (1); the 2023 sample is outside the period. F1 100, nse 1.25/4.
        #expect(abs(value("water-quality")! - (100 - (100 * 100 * 0.3125 / 1.3125).squareRoot())) < 1e-12)
        #expect(abs(value("land-cover-naturalness")! - 68_000.0 / 900) < 1e-12)
        #expect(value("bank-modification") == 79)
        #expect(abs(value("species-of-concern")! - 100 * (1 - 3.0 / 4)) < 1e-12)
        #expect(abs(value("invasive-nuisance-species")! - 80) < 1e-12)
        #expect(value("water-supply-reliability") == 50)
        #expect(abs(value("flood-regulation")! - (100 - (100 * 100 * 0.75 / 1.75).squareRoot())) < 1e-12)
        #expect(value("conservation-cultural-heritage") == 50)
        #expect(value("information-access") == 75)
        #expect(value("engagement-in-decision-making") == 25)
        let recreation = try #require(result.subIndicator("recreation"))
        #expect(recreation.status == .entered && recreation.value == 77 && recreation.evidence == "visitor survey 2023")
        #expect(recreation.note == "expert panel")
        let components = result.indexResults(constants.framework)
        #expect(components.map(\.index) == ["fhi-2020", "fhi-2020", "fhi-2020"])
        #expect(components.first?.subject == "Test 2024-12-31")
        #expect(result.subIndicator("deviation-from-natural-flow")?.status == .notAssessed)
        #expect(result.subIndicator("biomass-for-consumption")?.value == nil)
        // Stakeholder weights reach the tree: ES = 100^0.5… over provisioning 50, regulation (flood alone) and cultural.
        let provisioning = try #require(result.node("provisioning")?.value)
        let regulation = try #require(result.node("regulation-support")?.value)
        let cultural = try #require(result.node("cultural-aesthetic")?.value)
        #expect(abs(cultural - (50 * 77).squareRoot()) < 1e-9)
        let expected = exp(0.5 * log(provisioning) + 0.3 * log(regulation) + 0.2 * log(cultural))
        #expect(abs(try #require(result.node("ecosystem-services")?.value) - expected) < 1e-9)
        #expect(result.weights["provisioning"] == 0.5)
    }

    @Test func toolboxRoundingRoundsEveryScore() throws {
        let text = Self.json.replacingOccurrences(of: "\"date\": \"2024-12-31\",", with: "\"date\": \"2024-12-31\", \"rounding\": \"toolbox\",")
        let result = try FHIAssessment.evaluate(try document(text), constants: constants)
        for outcome in result.subIndicators {
            guard let value = outcome.value else { continue }
            #expect(value == value.rounded(), "\(outcome.id) \(value)")
        }
        #expect(result.subIndicator("land-cover-naturalness")?.value == 76)
    }

    @Test func anEnteredScoreAndInputsForOneNodeAreRefused() throws {
        let text = Self.json.replacingOccurrences(of: "\"entered\": {\"recreation\"", with: "\"entered\": {\"water-supply-reliability\": {\"value\": 10, \"evidence\": \"x\"}, \"recreation\"")
        #expect(throws: FHIInputError.self) { try FHIAssessment.evaluate(try document(text), constants: constants) }
        let unknown = Self.json.replacingOccurrences(of: "\"entered\": {\"recreation\"", with: "\"entered\": {\"swimming\": {\"value\": 10, \"evidence\": \"x\"}, \"recreation\"")
        do {
            _ = try FHIAssessment.evaluate(try document(unknown), constants: constants)
            Issue.record("expected an error")
        } catch let error as FHIInputError {
            #expect(error.field == "entered.swimming")
        }
    }

    @Test func errorsNameTheirPathInTheDocument() throws {
        let badClass = Self.json.replacingOccurrences(of: "\"standard\": \"mrc-tgwq\",", with: "\"standard\": \"cn-gb3838-2002\", \"class\": \"VII\",")
        do {
            _ = try FHIAssessment.evaluate(try document(badClass), constants: constants)
            Issue.record("expected an error")
        } catch let error as FHIInputError {
            #expect(error.field == "inputs.water-quality.class")
        }
        let badArea = Self.json.replacingOccurrences(of: "{\"code\": 190, \"area\": 100}", with: "{\"code\": 999, \"area\": 100}")
        do {
            _ = try FHIAssessment.evaluate(try document(badArea), constants: constants)
            Issue.record("expected an error")
        } catch let error as FHIInputError {
            #expect(error.field == "inputs.land-cover-naturalness.classAreas[2]")
        }
        let partialWeights = Self.json.replacingOccurrences(of: "\"provisioning\": 0.5, \"regulation-support\": 0.3, ", with: "\"provisioning\": 0.8, ")
        #expect(throws: FHIInputError.self) { try FHIAssessment.evaluate(try document(partialWeights), constants: constants) }
    }

    @Test func enteredScoresNeedAValueInRangeAndEvidence() throws {
        #expect(try EnteredScore(value: 77, evidence: "expert panel").score.basis == .entered)
        #expect(throws: FHIInputError.self) { try EnteredScore(value: 101, evidence: "x") }
        #expect(throws: FHIInputError.self) { try EnteredScore(value: 50, evidence: "  ") }
    }

    /// Water quality naming stored stations, without the stored samples: not assessed, and says why.
    @Test func storedStationsWithoutTheirSamplesAreNotAssessed() throws {
        let text = """
        {"id": "s", "basin": {"name": "S"}, "date": "2024-12-31",
         "inputs": {"water-quality": {"storedStations": ["Siempang"], "standard": "mrc-tgwq"}}}
        """
        let result = try FHIAssessment.evaluate(try document(text), constants: constants)
        let quality = try #require(result.subIndicator("water-quality"))
        #expect(quality.status == .notAssessed && quality.value == nil)
        #expect(quality.notes.first?.contains("Siempang") == true)
    }

    /// What the lead stores: the document and the result encode and decode unchanged.
    @Test func documentAndResultRoundTripThroughJSON() throws {
        let original = try document()
        let again = try JSONDecoder().decode(FHIAssessmentDocument.self, from: try JSONEncoder().encode(original))
        #expect(again == original)
        let result = try FHIAssessment.evaluate(original, constants: constants)
        let decoded = try JSONDecoder().decode(FHIAssessmentResult.self, from: try JSONEncoder().encode(result))
        #expect(decoded == result)
        #expect(decoded.id == "test-basin-2024" && decoded.date == "2024-12-31")
    }
}
