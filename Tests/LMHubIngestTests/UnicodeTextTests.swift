import Foundation
import LMHubCore
import Testing
@testable import LMHubIngest

/// The bytes of `text` as UTF-16 in either byte order, with its byte-order mark unless `mark` is `false`, as a
/// spreadsheet's "Unicode text" is saved.
func utf16(_ text: String, bigEndian: Bool, mark: Bool = true) -> [UInt8] {
    let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
    return units.flatMap { unit in
        bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
}

/// Spreadsheets' "Unicode text": UTF-16 with a byte-order mark, and tab-separated files.
struct UnicodeTextTests {
    func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        var reader = try CSVReader(path: try temporaryFile(bytes: bytes))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func utf16LittleEndianWithTabsAsExcelSavesUnicodeText() throws {
        let text = "station\ttime\tvalue\r\nChiềng Khương\t2024-01-05T08:00\t7.2\r\n景洪\t2024-01-05T09:00\t6.9\r\n"
        let result = try records(utf16(text, bigEndian: false))
        #expect(result.map(\.fields) == [["station", "time", "value"], ["Chiềng Khương", "2024-01-05T08:00", "7.2"],
                                         ["景洪", "2024-01-05T09:00", "6.9"]])
        #expect(result.map(\.line) == [1, 2, 3])
    }

    @Test func utf16BigEndianWithCommasQuotesAndAMultiLineField() throws {
        let text = "station,note\n\"Chiềng Khương\",\"two\r\nlines, and \"\"quotes\"\"\"\n景洪,𠀀 beyond the BMP\rlast,x"
        let result = try records(utf16(text, bigEndian: true))
        #expect(result.map(\.fields) == [["station", "note"], ["Chiềng Khương", "two\r\nlines, and \"quotes\""],
                                         ["景洪", "𠀀 beyond the BMP"], ["last", "x"]])
        #expect(result.map(\.line) == [1, 2, 4, 5], "the record after a two-line field starts on line 4")
    }

    @Test(arguments: [false, true])
    func utf16WithoutAByteOrderMarkIsRefusedNamingUTF16(bigEndian: Bool) throws {
        let bytes = utf16("station,time,parameter,value,unit\nS1,2020-01-01,DO,6.1,mg/L\n", bigEndian: bigEndian, mark: false)
        let error = try #require(throws: IngestError.self) { try CSVReader(path: try temporaryFile(bytes: bytes)) }
        #expect(error.line == 1 && error.isStructural)
        #expect(error.message.contains("UTF-16") && error.message.contains(bigEndian ? "big-endian" : "little-endian"), "\(error)")
    }

    @Test func utf32IsRefusedNamingUTF32() throws {
        let error = try #require(throws: IngestError.self) { try CSVReader(path: try temporaryFile(bytes: [0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0])) }
        #expect(error.message.contains("UTF-32"))
    }

    @Test func anUnpairedSurrogateNamesLineFieldAndUTF16() throws {
        let bytes = utf16("a,b\n1,2\n3,", bigEndian: false) + [0x00, 0xD8] + utf16("x\n", bigEndian: false, mark: false)
        var reader = try CSVReader(path: try temporaryFile(bytes: bytes))
        _ = try reader.next()
        _ = try reader.next()
        let error = try #require(throws: IngestError.self) { try reader.next() }
        #expect(error.line == 3 && error.field == "b" && error.message.contains("UTF-16"), "\(error)")
    }

    @Test func anOddFinalByteIsAnError() throws {
        let error = try #require(throws: IngestError.self) { try records(utf16("a,b\n1,2", bigEndian: true) + [0x33]) }
        #expect(error.line == 2 && error.field == "b" && error.message.contains("UTF-16"))
    }

    /// The reader transcodes 1 MiB at a time; a surrogate pair cut by the chunk's end is carried over whole.
    @Test func aSurrogatePairAcrossTwoReadChunks() throws {
        let header = "a\tb\n"
        let filler = String(repeating: "x", count: (1 << 19) - 2 - header.utf16.count)
        let result = try records(utf16(header + filler + "𠀀\tz\n景洪\t2\n", bigEndian: false))
        #expect(result.map(\.fields) == [["a", "b"], [filler + "𠀀", "z"], ["景洪", "2"]])
        #expect(result.map(\.line) == [1, 2, 3])
    }

    @Test func aTabSeparatedUTF8FileKeepsCommasInItsFields() throws {
        let text = "\u{FEFF}name\tnote\r\nSiem Pang, Sekong\t1,5\r\"tab\tinside\"\t\"two\nlines\"\nlast\t\n"
        let result = try records(Array(text.utf8))
        #expect(result.map(\.fields) == [["name", "note"], ["Siem Pang, Sekong", "1,5"], ["tab\tinside", "two\nlines"], ["last", ""]])
        #expect(result.map(\.line) == [1, 2, 3, 5])
    }

    @Test func theSeparatorComesFromTheHeaderOnly() throws {
        #expect(try records(Array("\"a\tb\",c\n1\t2,3\n".utf8)).map(\.fields) == [["a\tb", "c"], ["1\t2", "3"]],
                "a comma outside quotes in the header: comma-separated")
        #expect(try records(Array("\n\na\tb\n1,2\t3\n".utf8)).map(\.fields) == [["a", "b"], ["1,2", "3"]],
                "leading blank lines are skipped before the header is looked at")
        #expect(try records(Array("station\n1,2\n".utf8)).map(\.fields) == [["station"], ["1", "2"]], "one column: comma")
    }

    @Test func aCharacterAfterAClosingQuoteNamesTheTab() throws {
        let error = try #require(throws: IngestError.self) { try records(Array("a\tb\n\"x\"y\t2\n".utf8)) }
        #expect(error.line == 2 && error.field == "a" && error.message.contains("expected a tab"))
    }

    @Test func invalidUTF8InATabSeparatedFileNamesLineAndField() throws {
        let error = try #require(throws: IngestError.self) { try records(Array("a\tb\n1\t".utf8) + [0xC3, 0x28] + Array("\n".utf8)) }
        #expect(error.line == 2 && error.field == "b" && error.message.contains("UTF-8"))
    }

    @Test func aLongFileSavedAsUnicodeTextIsReadEndToEnd() throws {
        let text = "station\ttime\tparameter\tvalue\tunit\r\n景洪\t2024-01-05\tDO\t6.1\tmg/L\r\n\"Chiềng\r\nKhương\"\t2024-01-05\tpH\t7.2\tpH\r\nChiềng Khương\t2024-01-06\tDO\tx\tmg/L\r\n"
        let path = try temporaryFile(bytes: utf16(text, bigEndian: false))
        #expect(try ObservationFile.detectLayout(path: path) == .long)
        var reader = try LongObservationReader(path: path)
        let first = try #require(try reader.nextRow())
        #expect(first.map(\.station) == ["景洪"] && first.first?.reported == MeasuredValue(value: 6.1, unit: .milligramsPerLitre))
        let second = try #require(try reader.nextRow())
        #expect(second.map(\.station) == ["Chiềng Khương"] && reader.lastLine == 3, "a line break inside an id folds to one space (StationID)")
        let error = try #require(throws: IngestError.self) { try reader.nextRow() }
        #expect(error.line == 5 && error.field == "value", "the line after a two-line field: \(error)")
    }

    @Test func aWideFileSavedAsUTF16BigEndianIsReadEndToEnd() throws {
        let text = "station,date,pH,DO_mgL\nChiềng Khương,2024-01-05,7.2,6.1\n景洪,2024-01-06,6.9,5.8\n"
        let path = try temporaryFile(bytes: utf16(text, bigEndian: true))
        #expect(try ObservationFile.detectLayout(path: path) == .wide)
        var reader = try WideSampleReader(path: path)
        let samples = try reader.readSamples().samples
        #expect(samples.map(\.station) == ["Chiềng Khương", "景洪"])
        #expect(samples.map { $0.values["DO"] } == [MeasuredValue(value: 6.1, unit: .milligramsPerLitre), MeasuredValue(value: 5.8, unit: .milligramsPerLitre)])
        #expect(samples.first?.values["pH"] == MeasuredValue(value: 7.2, unit: .pH))
    }
}
