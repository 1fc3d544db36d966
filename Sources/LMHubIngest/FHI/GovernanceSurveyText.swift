import Foundation
import LMHubCore

/// Opens a survey export with the project's ``CSVReader``, which reads UTF-8 and UTF-16: a file that is neither
/// (survey tools and Excel on Windows save Windows-1252, a superset of Latin-1's printable characters; the
/// FHI's mock survey is one) is transcoded to UTF-8 in a temporary file first, decoding as Windows-1252 and,
/// where that leaves a byte undefined, as Latin-1.
enum GovernanceSurveyText {
    /// The reader, the encoding read (`UTF-8`, `UTF-16`, `Windows-1252`, `Latin-1`) and a temporary file to
    /// remove after reading, if one was written.
    /// - Throws: ``IngestError`` when the file cannot be read.
    static func open(path: String) throws(IngestError) -> (reader: CSVReader, encoding: String, temporary: URL?) {
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            return (try CSVReader(path: path), "UTF-8", nil)
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return (try CSVReader(path: path), "UTF-16", nil) }
        if String(validating: bytes, as: UTF8.self) != nil { return (try CSVReader(path: path), "UTF-8", nil) }
        let (text, encoding): (String, String) = if let windows = String(data: data, encoding: .windowsCP1252) {
            (windows, "Windows-1252")
        } else {
            (String(decoding: bytes.map { UInt16($0) }, as: UTF16.self), "Latin-1")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lmhub-survey-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: copy)
        } catch {
            throw IngestError(file: path, line: 0, field: nil, message: "could not write a UTF-8 copy of this \(encoding) file: \(error.localizedDescription)")
        }
        return (try CSVReader(path: copy.path), encoding, folder)
    }
}
