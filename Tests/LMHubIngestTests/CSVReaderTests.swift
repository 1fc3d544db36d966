import LMHubCore
import Testing
@testable import LMHubIngest

/// RFC 4180 corner cases.
struct CSVReaderTests {
    func records(_ text: String) throws -> [CSVRecord] {
        var reader = try CSVReader(path: try temporaryFile(text))
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func plainFieldsAndLines() throws {
        let result = try records("a,b,c\n1,2,3\n")
        #expect(result.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(result.map(\.line) == [1, 2])
    }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let result = try records("name,note\n\"Siem Pang, Sekong\",\"said \"\"ok\"\"\"\n\"two\nlines\",x\nlast,y\n")
        #expect(result[1].fields == ["Siem Pang, Sekong", "said \"ok\""])
        #expect(result[2].fields == ["two\nlines", "x"])
        #expect(result.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfLoneCrBomAndNoFinalLineBreak() throws {
        let result = try records("\u{FEFF}a,b\r\n1,2\r3,4")
        #expect(result.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(result.map(\.line) == [1, 2, 3])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        let result = try records("a,,c\n\n,,\n\"\",x\n")
        #expect(result.map(\.fields) == [["a", "", "c"], ["", "", ""], ["", "x"]])
        #expect(result.map(\.line) == [1, 3, 4])
    }

    @Test func utf8Text() throws {
        #expect(try records("站点,氨氮\n澜沧江,0.1\n")[1].fields == ["澜沧江", "0.1"])
    }

    @Test func unclosedQuoteNamesTheLine() throws {
        let error = try #require(throws: IngestError.self) { try records("a,b\n1,\"open\n2,3\n") }
        #expect(error.line == 2)
        #expect(error.isStructural)
        #expect(error.message.contains("not closed"))
    }

    @Test func characterAfterClosingQuoteIsAnError() throws {
        let error = try #require(throws: IngestError.self) { try records("a,b\n\"x\"y,2\n") }
        #expect(error.line == 2)
        #expect(error.field == "a", "the header names the column")
    }

    @Test func aColumnTheHeaderDoesNotNameIsNumbered() throws {
        let inHeader = try #require(throws: IngestError.self) { try records("a,\"b\"x\n") }
        #expect(inHeader.line == 1 && inHeader.field == "column 2")
        let beyond = try #require(throws: IngestError.self) { try records("a,\n1,2,\"x\"y\n") }
        #expect(beyond.line == 2 && beyond.field == "column 3")
        let unnamed = try #require(throws: IngestError.self) { try records("a, ,c\n1,\"x\"y,3\n") }
        #expect(unnamed.field == "column 2")
    }

    @Test func invalidUTF8IsAnError() throws {
        var reader = try CSVReader(path: try temporaryFile(bytes: Array("a,b\n1,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)))
        _ = try reader.next()
        let error = try #require(throws: IngestError.self) { try reader.next() }
        #expect(error.line == 2)
        #expect(error.field == "b")
    }

    @Test func recordsLongerThanOneReadChunk() throws {
        let long = String(repeating: "x", count: (1 << 20) + 17)
        let result = try records("a,b\n\"\(long)\",2\n3,4\n")
        #expect(result[1].fields == [long, "2"])
        #expect(result[2].fields == ["3", "4"])
    }

    /// Fields cut from the chunk read, or copied across its end: whichever way a field comes, across three
    /// chunks of rows whose lengths vary, with multi-byte text, quotes and CRLF, it reads the same.
    @Test func everyKindOfFieldReadsTheSameWhereverAChunkEnds() throws {
        let texts = ["µg/L", "ນ້ຳຂອງ", "Mê Kông", "plain", "", "澜沧江"]
        var expected: [[String]] = [["id", "unit", "name", "quoted"]]
        var text = "id,unit,name,quoted\r\n"
        var index = 0
        while text.utf8.count < 3 << 20 {
            let row = [String(repeating: "9", count: index % 23) + "\(index)", texts[index % texts.count], texts[(index / 7) % texts.count],
                       "a,\"b\"\n\(index)"]
            expected.append(row)
            text += "\(row[0]),\(row[1]),\(row[2]),\"a,\"\"b\"\"\n\(index)\"\r\n"
            index += 1
        }
        let result = try records(text)
        #expect(result.count == expected.count)
        #expect(result.map(\.fields) == expected)
    }

    @Test func invalidUTF8AcrossAChunkEndIsAnError() throws {
        let padding = Array(repeating: UInt8(ascii: "x"), count: (1 << 20) - 10)
        var reader = try CSVReader(path: try temporaryFile(bytes: Array("a,b\n".utf8) + padding + Array(",1\n2,".utf8) + [0xC3] + Array("\n".utf8)))
        _ = try reader.next()
        _ = try reader.next()
        let error = try #require(throws: IngestError.self) { try reader.next() }
        #expect(error.line == 3)
        #expect(error.field == "b")
    }

    @Test func missingFileIsAnError() {
        #expect(throws: IngestError.self) { try CSVReader(path: "/nonexistent/lmhub.csv") }
    }
}
