import Foundation
import LMHubCore

/// Reads an FHI assessment file (``FHIAssessmentDocument``, JSON) and the files it names (relative to its
/// folder: flows, segments, water-quality samples, class-area tables, surveys), and evaluates it. Every error
/// names a file, a line and a field: the assessment file's for its own values (found by path,
/// `inputs.water-quality.class`), the data file's for a bad row in it.
public enum FHIAssessmentFile {
    /// Reads the stored observations of `stations` within `period` (all if `nil`): how the server hands the
    /// database's samples to an assessment naming ``FHIAssessmentInputs/WaterQuality/storedStations``.
    public typealias StoredSamples = @Sendable (_ stations: [String], _ period: FHIPeriod?) throws -> [WaterSample]

    public struct Loaded: Sendable {
        public let path: String
        public let document: FHIAssessmentDocument
        public let resolved: FHIResolvedInputs
        /// What reading found worth saying (a survey's encoding, columns not read).
        public let notes: [String]
        let lines: AssessmentFileLines
    }

    /// - Throws: ``IngestError`` naming file, line and field.
    public static func read(path: String, constants: FHIAssessmentConstants, storedSamples: StoredSamples? = nil) throws(IngestError) -> Loaded {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw IngestError(file: path, line: 0, field: nil, message: "no such file") }
        guard !isFolder.boolValue else { throw IngestError(file: path, line: 0, field: nil, message: "is a folder, not an assessment file (JSON)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, line: 0, field: nil, message: "cannot read the file (permissions?)")
        }
        let lines = AssessmentFileLines([UInt8](data))
        let document = try AssessmentFileDecoding.decode(data, path: path, lines: lines)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var files = AssessmentDataFiles(assessment: path, folder: folder, lines: lines)
        let resolved = try files.resolve(document, constants: constants, storedSamples: storedSamples)
        return Loaded(path: path, document: document, resolved: resolved, notes: files.notes, lines: lines)
    }

    /// Reads and evaluates the assessment at `path`.
    /// - Throws: ``IngestError`` naming file, line and field.
    public static func evaluate(path: String, constants: FHIAssessmentConstants, storedSamples: StoredSamples? = nil) throws(IngestError) -> FHIAssessmentResult {
        let loaded = try read(path: path, constants: constants, storedSamples: storedSamples)
        do {
            let result = try FHIAssessment.evaluate(loaded.document, resolved: loaded.resolved, constants: constants)
            return loaded.notes.isEmpty ? result : result.adding(notes: loaded.notes)
        } catch {
            throw IngestError(file: path, line: loaded.lines.line(of: error.field), field: error.field.isEmpty ? nil : error.field, message: error.message)
        }
    }

    /// The bundled demonstration assessment of the 3S basin (``FHIDemo``), evaluated.
    /// - Parameter storedSamples: where given, the MRC 3S stations' water quality comes from it instead of the
    ///   bundled copy of the samples.
    public static func demo3S(constants: FHIAssessmentConstants, storedSamples: StoredSamples? = nil) throws(IngestError) -> FHIAssessmentResult {
        guard let url = FHIDemo.documentURL else {
            throw IngestError(file: FHIDemo.documentName, line: 0, field: nil, message: "missing from the bundle")
        }
        return try evaluate(path: url.path, constants: constants, storedSamples: storedSamples)
    }
}
