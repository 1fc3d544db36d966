import Foundation
import LMHubCore
import LMHubIngest
import Testing

/// The SDR database and panel readers: columns found by header, and bad files refused with file, line and field.
@Suite("SDG readers: SDR database and panel files")
struct SDRDatabaseFileTests {
    /// The bundled database's header and the rows of `countries`, as parsed fields.
    func rows(_ sdr: SDR2023, _ countries: Set<String>) throws -> [[String]] {
        var csv = try CSVReader(path: sdr.path)
        var rows: [[String]] = []
        while let record = try csv.next() {
            if rows.isEmpty || countries.contains(record.fields[0]) { rows.append(record.fields) }
        }
        return rows
    }

    func write(_ rows: [[String]]) throws -> String {
        try temporaryFile(rows.map(CSVWriter.line).joined())
    }

    @Test func columnsAreFoundByHeaderNotPosition() throws {
        let sdr = try SDR2023.load()
        let original = try rows(sdr, ["THA", "LAO", "_World"])
        // Move every indicator's block (raw value, Year:, Imputation:, …) to the front in reverse order, and
        // the country columns to the end: the reader must find the same values.
        let header = original[0]
        let firstIndicator = try #require(header.firstIndex { $0.hasPrefix("Year: ") }) - 1
        var blocks: [[Int]] = [], current: [Int] = []
        for index in firstIndicator..<header.count {
            if index + 1 < header.count, header[index + 1].hasPrefix("Year: "), !current.isEmpty {
                blocks.append(current)
                current = []
            }
            current.append(index)
        }
        blocks.append(current)
        let order = blocks.reversed().flatMap { $0 } + Array(0..<firstIndicator)
        let path = try write(original.map { row in order.map { row[$0] } })
        let moved = try SDRDatabaseFile.read(path: path, edition: sdr.edition)
        #expect(moved.countries.map(\.iso3) == ["THA", "LAO"])
        #expect(moved.aggregates == ["_World"])
        for country in moved.countries {
            #expect(country == sdr.contents.countries.first { $0.iso3 == country.iso3 })
        }
        #expect(moved.countries.first?.observations["sdg1_wpc"] == SDGObservation(value: 0.62, year: 2023))
        #expect(moved.countries.first?.observations["sdg16_safe"]?.kind == .publishedNormalisedScore)
    }

    @Test func theDataSheetHoldsAllCountriesAndAggregates() throws {
        let sdr = try SDR2023.load()
        #expect(sdr.contents.countries.count == 193)
        #expect(sdr.contents.aggregates.count == 13)
        #expect(sdr.contents.unknownIndicators.isEmpty)
        #expect(sdr.contents.countries.first { $0.iso3 == "VNM" }?.region == "East & South Asia")
    }

    @Test func aMissingColumnIsNamed() throws {
        let sdr = try SDR2023.load()
        let original = try rows(sdr, ["THA"])
        let drop = try #require(original[0].firstIndex(of: "Year: sdg6_water"))
        let path = try write(original.map { row in row.enumerated().filter { $0.offset != drop }.map(\.element) })
        let error = try #require(throws: IngestError.self) { try SDRDatabaseFile.read(path: path, edition: sdr.edition) }
        #expect(error.line == 1 && error.field == "Year: sdg6_water" && error.file == path)
    }

    @Test func aMissingRawValueColumnIsRefusedNotReadFromItsNeighbour() throws {
        // Without the raw column of sdg1_wpc the column before its Year is the last goal score: a reader taking
        // "the column before" blindly would read Lao PDR's SDG 17 score (43.6) as its poverty rate.
        let sdr = try SDR2023.load()
        let original = try rows(sdr, ["LAO"])
        let drop = try #require(original[0].firstIndex(of: "Year: sdg1_wpc")) - 1
        let path = try write(original.map { row in row.enumerated().filter { $0.offset != drop }.map(\.element) })
        let error = try #require(throws: IngestError.self) { try SDRDatabaseFile.read(path: path, edition: sdr.edition) }
        #expect(error.line == 1 && error.field == "Year: sdg1_wpc")
        #expect(error.message.contains("'Goal 17 Score'") && error.message.contains("Poverty headcount ratio"), "\(error)")
    }

    @Test func aCountryTheEditionDoesNotKnowIsRefused() throws {
        // A renamed row would be scored without knowing its region or whether SDG 14 applies.
        let sdr = try SDR2023.load()
        var original = try rows(sdr, ["LAO"])
        let iso = try #require(original[0].firstIndex(of: SDRDatabaseFile.isoColumn))
        original[1][iso] = "XYZ"
        let error = try #require(throws: IngestError.self) { try SDRDatabaseFile.read(path: try write(original), edition: sdr.edition) }
        #expect(error.line == 2 && error.field == SDRDatabaseFile.isoColumn && error.message.contains("not one of the 193 countries"))
        #expect(sdr.edition.members.countries.count == 193 && Set(sdr.edition.landlocked.countries).isSubset(of: Set(sdr.edition.members.countries + ["AND", "LIE", "SMR"])))
    }

    @Test func aCellThatIsNotANumberIsNamedByLineAndField() throws {
        let sdr = try SDR2023.load()
        var original = try rows(sdr, ["THA", "VNM"])
        let column = try #require(original[0].firstIndex(of: "Year: sdg3_tb")) - 1
        original[2][column] = "12,5"
        let error = try #require(throws: IngestError.self) { try SDRDatabaseFile.read(path: try write(original), edition: sdr.edition) }
        #expect(error.line == 3)
        #expect(error.field == "Incidence of tuberculosis (per 100,000 population)")
        #expect(error.message.contains("sdg3_tb") && error.message.contains("'12,5'"))
    }

    @Test func badCountryRowsAreRefused() throws {
        let sdr = try SDR2023.load()
        let original = try rows(sdr, ["THA"])
        let iso = try #require(original[0].firstIndex(of: SDRDatabaseFile.isoColumn))
        let region = try #require(original[0].firstIndex(of: SDRDatabaseFile.regionColumn))
        var lower = original
        lower[1][iso] = "tha"
        var twice = original
        twice.append(original[1])
        var noRegion = original
        noRegion[1][region] = ""
        var short = original
        short[1].removeLast()
        for (rows, line, field, words) in [(lower, 2, SDRDatabaseFile.isoColumn, "three capital letters"), (twice, 3, SDRDatabaseFile.isoColumn, "already on line 2"),
                                           (noRegion, 2, SDRDatabaseFile.regionColumn, "empty"), (short, 2, nil, "fields as in the header")] {
            let error = try #require(throws: IngestError.self) { try SDRDatabaseFile.read(path: try write(rows), edition: sdr.edition) }
            #expect(error.line == line && error.field == field && error.message.contains(words), "\(error)")
        }
    }

    @Test func aPanelNamesItsBadCells() throws {
        let good = try SDRPanelFile.read(path: try temporaryFile("id,Country,year,indexreg,sdg1_wpc\nTHA,Thailand,2015,E,1.5\nTHA,Thailand,2016,E,\n"))
        #expect(good.value("THA", "sdg1_wpc", year: 2015) == 1.5)
        #expect(good.value("THA", "sdg1_wpc", year: 2016) == nil)
        let bad = try #require(throws: IngestError.self) {
            try SDRPanelFile.read(path: try temporaryFile("id,Country,year,sdg1_wpc\nTHA,Thailand,2015,n/a\n"))
        }
        #expect(bad.line == 2 && bad.field == "sdg1_wpc")
        let latin1 = try #require(throws: IngestError.self) {
            try SDRPanelFile.read(path: try temporaryFile(bytes: Array("id,Country,year,sdg1_wpc\nTUR,T".utf8) + [0xFC] + Array("rkiye,2015,1\n".utf8)))
        }
        #expect(latin1.line == 2 && latin1.field == "Country" && latin1.message.contains("UTF-8"))
        let noYear = try #require(throws: IngestError.self) { try SDRPanelFile.read(path: try temporaryFile("id,sdg1_wpc\nTHA,1\n")) }
        #expect(noYear.line == 1 && noYear.field == "year")
    }
}
