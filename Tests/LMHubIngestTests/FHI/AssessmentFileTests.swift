import Foundation
import Testing
import LMHubCore
@testable import LMHubIngest

/// Assessment files: their own errors name the line and the field; the files they name are read by their readers.
@Suite("FHI assessment file")
struct FHIAssessmentFileTests {
    let constants = try! FHIAssessmentConstants.bundled()

    /// Writes `files` into one new folder and returns the path of the first.
    func folder(_ files: [(String, String)]) throws -> String {
        let first = try temporaryFile(files[0].1, name: files[0].0)
        let base = URL(fileURLWithPath: first).deletingLastPathComponent()
        for (name, text) in files.dropFirst() { try Data(text.utf8).write(to: base.appendingPathComponent(name)) }
        return first
    }

    func error(_ text: String, _ more: [(String, String)] = []) throws -> IngestError? {
        let path = try folder([("assessment.json", text)] + more)
        do { _ = try FHIAssessmentFile.evaluate(path: path, constants: constants); return nil } catch { return error }
    }

    @Test func aMisspeltKeyIsAnErrorAtItsLine() throws {
        let text = """
        {"id": "a", "basin": {"name": "B"}, "date": "2024-12-31",
         "inputs": {
           "water-qualty": {"standard": "mrc-tgwq"}
         }}
        """
        let found = try #require(try error(text))
        #expect(found.line == 3)
        #expect(found.field == "inputs.water-qualty")
        #expect(found.message.contains("a score to enter goes under entered"))
        let nested = try #require(try error(text.replacingOccurrences(of: "\"water-qualty\": {\"standard\": \"mrc-tgwq\"}",
                                                                      with: "\"water-quality\": {\"standard\": \"mrc-tgwq\", \"samples\": [], \"timezone\": \"UTC\"}")))
        #expect(nested.line == 3 && nested.field == "inputs.water-quality.timezone")
    }

    @Test func aValueOfTheWrongTypeOrAMissingKeyNamesItsLine() throws {
        let text = """
        {"id": "a", "basin": {"name": "B", "area": 10}, "date": "2024-12-31",
         "inputs": {
           "groundwater-storage-depletion": {
             "affectedArea": "most of it"
           }
         }}
        """
        let wrong = try #require(try error(text))
        #expect(wrong.line == 4 && wrong.field == "inputs.groundwater-storage-depletion.affectedArea")
        #expect(wrong.message == "expected a number")
        let missing = try #require(try error(text.replacingOccurrences(of: "\"affectedArea\": \"most of it\"", with: "\"basinArea\": 10")))
        #expect(missing.line == 3 && missing.field == "inputs.groundwater-storage-depletion.affectedArea" && missing.message == "missing")
        let period = try #require(try error(text.replacingOccurrences(of: "\"date\": \"2024-12-31\",", with: "\"date\": \"2024-12-31\", \"period\": {\"start\": \"2024-13-01\", \"end\": \"2024-12-31\"},")))
        #expect(period.field == "period.start" && period.line == 1)
    }

    @Test func anImpossibleDateAReversedPeriodOrAnAreaNotAboveZeroIsRefusedAtItsLine() throws {
        let text = """
        {"id": "a",
         "basin": {"name": "B", "area": 1000},
         "date": "2024-12-31",
         "period": {"start": "2020-01-01", "end": "2024-12-31"},
         "inputs": {}}
        """
        #expect(try error(text) == nil)
        let date = try #require(try error(text.replacingOccurrences(of: "\"date\": \"2024-12-31\"", with: "\"date\": \"2024-13-45\"")))
        #expect(date.file.hasSuffix("assessment.json") && date.line == 3 && date.field == "date")
        #expect(date.message == "expected a calendar date YYYY-MM-DD, found '2024-13-45'")
        let area = try #require(try error(text.replacingOccurrences(of: "\"area\": 1000", with: "\"area\": -1000")))
        #expect(area.line == 2 && area.field == "basin.area" && area.message == "expected an area above 0, found -1000.0")
        let reversed = try #require(try error(text.replacingOccurrences(of: "\"start\": \"2020-01-01\"", with: "\"start\": \"2025-01-01\"")))
        #expect(reversed.line == 4 && reversed.field == "period.end" && reversed.message.contains("is before the start 2025-01-01"))
        let subBasin = try #require(try error(text.replacingOccurrences(of: "\"inputs\": {}", with: "\"subBasins\": [{\"id\": \"u\", \"area\": 0}], \"inputs\": {}")))
        #expect(subBasin.line == 5 && subBasin.field == "subBasins[0].area")
    }

    @Test func aMissingDataFileIsNamedAtTheLineThatNamesIt() throws {
        let text = """
        {"id": "a", "basin": {"name": "B"}, "date": "2024-12-31",
         "inputs": {"flow-connectivity": {
           "segmentsFile": "nowhere.csv"}}}
        """
        let found = try #require(try error(text))
        #expect(found.file.hasSuffix("assessment.json") && found.line == 3)
        #expect(found.field == "inputs.flow-connectivity.segmentsFile")
        #expect(found.message.hasPrefix("no such file"))
    }

    @Test func anEvaluationErrorNamesTheAssessmentsLine() throws {
        let text = """
        {"id": "a", "basin": {"name": "B"}, "date": "2024-12-31",
         "inputs": {"water-quality": {"standard": "cn-gb3838-2002",
           "class": "VII", "samples": []}}}
        """
        let found = try #require(try error(text))
        #expect(found.line == 3 && found.field == "inputs.water-quality.class")
        #expect(found.message.contains("no class 'VII'"))
    }

    @Test func classAreaFilesAreReadAndTheirErrorsNameTheirOwnLines() throws {
        let text = """
        {"id": "a", "basin": {"name": "B"}, "date": "2024-12-31",
         "inputs": {"land-cover-naturalness": {"classAreasFile": "lc.csv", "classWeights": {"210": 100}}}}
        """
        let path = try folder([("assessment.json", text), ("lc.csv", "code,area,name\n50,600,forest\n10,200,crops\n190,100,urban\n210,100,water\n")])
        let result = try FHIAssessmentFile.evaluate(path: path, constants: constants)
        #expect(result.subIndicator("land-cover-naturalness")?.value == 78)
        let bad = try #require(try error(text, [("lc.csv", "code,area\n50,600\nforest,200\n")]))
        #expect(bad.file.hasSuffix("lc.csv") && bad.line == 3 && bad.field == "code")
        let unknown = try #require(try error(text, [("lc.csv", "code,area\n50,600\n999,200\n")]))
        #expect(unknown.file.hasSuffix("assessment.json") && unknown.field == "inputs.land-cover-naturalness.classAreas[1]")
    }

    /// A weighting survey in the FHI streamlit tool's layout (PID, Code, Country, Sector, then ES1 … codes).
    @Test func stakeholderWeightsFromAWeightingSurveyFile() throws {
        let text = """
        {"id": "a", "basin": {"name": "B"}, "date": "2024-12-31", "inputs": {},
         "entered": {"water-supply-reliability": {"value": 90, "evidence": "e"}, "sediment-regulation": {"value": 40, "evidence": "e"},
                     "conservation-cultural-heritage": {"value": 60, "evidence": "e"}},
         "weights": {"surveyFile": "weights.csv"}}
        """
        let weights = "PID,Code,Country,Sector,ES1,ES2,ES3\n1,x,KH,NGO,2,1,1\n2,y,LA,Gov,1,1,2\n3,z,VN,Gov,,,\n"
        let path = try folder([("assessment.json", text), ("weights.csv", weights)])
        let result = try FHIAssessmentFile.evaluate(path: path, constants: constants)
        #expect(result.weights == ["provisioning": 0.375, "regulation-support": 0.25, "cultural-aesthetic": 0.375])
        let services = try #require(result.node("ecosystem-services")?.value)
        #expect(abs(services - exp(0.375 * log(90) + 0.25 * log(40) + 0.375 * log(60))) < 1e-9)
        let bad = try #require(try error(text, [("weights.csv", "PID,ES1,ES9\n1,2,3\n")]))
        #expect(bad.file.hasSuffix("weights.csv") && bad.line == 1 && bad.field == "ES9")
    }
}
