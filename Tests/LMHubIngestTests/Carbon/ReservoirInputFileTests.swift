import Foundation
import LMHubCore
import LMHubIngest
import Testing

@Suite("Carbon reservoir input file")
struct ReservoirInputFileTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/LMHubCoreTests/Fixtures/carbon")

    /// `reemission` run on the same file (fixture `reemission_outputs_test_input_myanmar.json`): Shweli 1 has no
    /// coordinates and is hydroelectric (degassing), the others have coordinates and no type.
    @Test("the four reservoirs of reemission's test input, against the reference package's own outputs")
    func testInput() throws {
        let reservoirs = try ReservoirInputFile.read(path: Self.fixtures.appendingPathComponent("test_input_myanmar.json").path)
        #expect(reservoirs.map(\.name) == ["Kabaung", "Myitsone", "Paung Laung (lower)", "Shweli 1"])
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("reemission_outputs_test_input_myanmar.json"))
        let reference = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["reservoirs"] as? [String: [String: Double]])
        let model = try GResModel.bundled()
        let gres = try GWPCatalog.bundled().set("ar5-ccfb")
        for reservoir in reservoirs {
            let result = try model.emissions(of: reservoir, gwp: gres, reference: gres)
            let expected = try #require(reference[reservoir.name])
            let pairs: [(String, Double)] = [("co2_net", result.co2.net), ("ch4_net", result.ch4.net), ("co2_total_per_year", result.co2PerYear),
                                             ("ch4_total_per_year", result.ch4PerYear), ("ch4_degassing", result.ch4.degassing),
                                             ("thermocline_depth", result.characteristics.thermoclineDepth ?? 0),
                                             ("reservoir_tp", result.characteristics.reservoirPhosphorus)]
            for (key, computed) in pairs {
                let value = try #require(expected[key])
                #expect(value == 0 ? computed == 0 : abs(computed / value - 1) < 0.01, "\(reservoir.name) \(key): reference \(value), computed \(computed)")
            }
        }
        let shweli = try #require(reservoirs.last)
        #expect(shweli.coordinates == nil && shweli.use == .hydroelectric)
    }

    @Test("a field of the wrong kind is named with its path")
    func badField() throws {
        let text = #"{"Nam X": {"monthly_temps": [1,2,3,4,5,6,7,8,9,10,11,12], "catchment": {"runoff": "lots", "biogenic_factors": {}}, "reservoir": {}}}"#
        #expect {
            _ = try ReservoirInputFile.parse(Data(text.utf8), file: "x.json")
        } throws: { error in
            (error as? IngestError)?.field == "Nam X.catchment.runoff" && (error as? IngestError)?.message == "expected a number"
        }
        #expect(throws: IngestError.self) { _ = try ReservoirInputFile.parse(Data("[1]".utf8), file: "x.json") }
    }
}
