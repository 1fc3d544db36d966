import Foundation
import LMHubCore
import LMHubIngest
import LMHubStorage

/// `lmhub import`'s use of the store's receipts of clean imports (``LMHubStore/receipt(for:)``): a file whose
/// content was imported before, read the same way by the same build, with nothing stored changed since, is
/// not read again — every observation in it can only be found stored with the same value, which is what
/// reading and comparing each row would report. The summary of that reading (rows, observations, missing
/// marks, unusual values, QC flags) is kept with the receipt and printed again.
enum ImportReceipts {
    /// A receipt's `reading`: `options` (how the file is read) and the build of lmhub that reads it (its
    /// executable's path, size and modification time), so that another build reads the file again.
    static func reading(_ options: [String]) -> String {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? Int).map(String.init) ?? "?"
        let modified = (attributes?[.modificationDate] as? Date).map { String($0.timeIntervalSince1970) } ?? "?"
        return (options + ["build=\(executable) \(size) \(modified)"]).joined(separator: "\n")
    }

    /// The summary a re-import of `key` would end with, if the store holds a valid receipt for it, and when
    /// and under which name the file was imported.
    static func saved(_ key: ImportReceiptKey, file: String, in store: LMHubStore) async throws -> (summary: ImportSummary, importedAt: Date, name: String)? {
        guard let receipt = try await store.receipt(for: key),
              let saved = try? JSONDecoder().decode(Reading.self, from: Data(receipt.summary.utf8)) else { return nil }
        return (saved.summary(file: file), receipt.importedAt, receipt.file)
    }

    /// Leaves a receipt when the import was clean: nothing rejected, conflicting or replaced. A receipt that
    /// cannot be written costs the next re-import its shortcut, nothing else: said, not thrown.
    static func save(_ summary: ImportSummary, outcome: ImportOutcome, key: ImportReceiptKey, in store: LMHubStore) async {
        guard outcome.isClean, summary.rejected.isEmpty else { return }
        do {
            let text = String(decoding: try JSONEncoder().encode(Reading(summary)), as: UTF8.self)
            try await store.saveReceipt(key, file: (summary.file as NSString).lastPathComponent, summary: text, epoch: outcome.observationEpoch)
        } catch {
            FileHandle.standardError.write(Data("note: the import is stored, but its receipt could not be kept (\(error)); the next import of this file reads it again\n".utf8))
        }
    }

    /// What reading the file found, as kept with the receipt.
    private struct Reading: Codable {
        let rowsRead: Int
        let observationsRead: Int
        let ignoredColumns: [String]
        let unusual: [String: Int]
        let unusualExamples: [String]
        let missingMarks: [String: Int]
        let rowsByQC: [String: Int]

        init(_ summary: ImportSummary) {
            rowsRead = summary.rowsRead
            observationsRead = summary.observationsRead
            ignoredColumns = summary.ignoredColumns
            unusual = summary.unusual
            unusualExamples = summary.unusualExamples
            missingMarks = summary.missingMarks
            rowsByQC = summary.rowsByQC
        }

        /// The summary of importing the file again: every observation already stored.
        func summary(file: String) -> ImportSummary {
            var summary = ImportSummary(file: file)
            summary.rowsRead = rowsRead
            summary.observationsRead = observationsRead
            summary.ignoredColumns = ignoredColumns
            summary.unusual = unusual
            summary.unusualExamples = unusualExamples
            summary.missingMarks = missingMarks
            summary.rowsByQC = rowsByQC
            return summary
        }
    }
}
