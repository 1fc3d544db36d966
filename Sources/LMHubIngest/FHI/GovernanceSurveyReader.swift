import Foundation
import LMHubCore

/// Reads a Governance & Stakeholders survey export in the FHI Toolbox's layout (``GovernanceSurveyLayout``):
/// the respondent's id in one column (`A`), questions from another (`K`) on, each group of questions closed by
/// a comment column (`Please provide any additional comments here … on the topic of basin management.`) whose
/// topic names the group's sub-indicator. Columns after the last comment column (submission dates, network
/// ids) are not questions and are listed in ``Contents/ignoredColumns``.
///
/// - An answer is a whole number on the layout's scale (1–5); a blank leaves that respondent out of that
///   question; comment columns are never read as answers.
/// - UTF-8, UTF-16 and Windows-1252 / Latin-1 files are read (``GovernanceSurveyText``).
public enum GovernanceSurveyReader {
    public struct Contents: Sendable {
        public let survey: GovernanceSurvey
        /// `UTF-8`, `UTF-16`, `Windows-1252` or `Latin-1`.
        public let encoding: String
        public let commentColumns: Int
        public let ignoredColumns: [String]
    }

    /// - Parameters:
    ///   - respondentColumn, firstQuestionColumn: spreadsheet letters overriding the layout's.
    /// - Throws: ``IngestError`` naming file, line and field: a header without comment columns, a comment
    ///   column naming no known topic or one already used, a group without questions, a row of another width
    ///   than the header, an answer that is not a whole number on the scale.
    public static func read(path: String, layout: GovernanceSurveyLayout, respondentColumn: String? = nil,
                            firstQuestionColumn: String? = nil) throws(IngestError) -> Contents {
        let (reader, encoding, temporary) = try GovernanceSurveyText.open(path: path)
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        var csv = reader
        do {
            return try read(&csv, path: path, encoding: encoding, layout: layout,
                            respondent: respondentColumn ?? layout.respondentColumn, first: firstQuestionColumn ?? layout.firstQuestionColumn)
        } catch {
            throw IngestError(file: path, line: error.line, field: error.field, message: error.message, isStructural: error.isStructural)
        }
    }

    private static func read(_ csv: inout CSVReader, path: String, encoding: String, layout: GovernanceSurveyLayout,
                             respondent: String, first: String) throws(IngestError) -> Contents {
        guard let respondentIndex = columnIndex(respondent), let firstIndex = columnIndex(first) else {
            throw IngestError(file: path, line: 0, field: nil, message: "columns are spreadsheet letters (A, K, AB); found '\(respondent)', '\(first)'")
        }
        guard let header = try csv.next()?.fields.map(\.trimmed) else {
            throw IngestError(file: path, line: 1, field: nil, message: "the file is empty; expected a header row")
        }
        let groups = try questionGroups(header, from: firstIndex, path: path, layout: layout)
        var respondents: [String] = [], answers: [[Int?]] = groups.flatMap(\.columns).map { _ in [] }
        let columns = groups.flatMap(\.columns)
        while let row = try csv.next() {
            guard row.fields.count == header.count else {
                throw IngestError(file: path, line: row.line, field: nil, message: "expected \(header.count) fields as in the header, found \(row.fields.count)")
            }
            let id = respondentIndex < row.fields.count ? row.fields[respondentIndex].trimmed : ""
            respondents.append(id.isEmpty ? "line \(row.line)" : id)
            for (position, column) in columns.enumerated() {
                let cell = row.fields[column].trimmed
                guard !cell.isEmpty else {
                    answers[position].append(nil)
                    continue
                }
                guard let value = Int(cell), (layout.likertMinimum...layout.likertMaximum).contains(value) else {
                    throw IngestError(file: path, line: row.line, field: header[column],
                                      message: "expected an answer \(layout.likertMinimum)–\(layout.likertMaximum) or a blank, found '\(cell)'")
                }
                answers[position].append(value)
            }
        }
        var questions: [GovernanceSurvey.Question] = [], position = 0
        for group in groups {
            for column in group.columns {
                questions.append(GovernanceSurvey.Question(text: header[column], subIndicator: group.subIndicator, answers: answers[position]))
                position += 1
            }
        }
        let last = groups.last?.comment ?? header.count
        return Contents(survey: GovernanceSurvey(respondents: respondents, questions: questions), encoding: encoding,
                        commentColumns: groups.count, ignoredColumns: Array(header[min(last + 1, header.count)...]))
    }

    /// The question groups of the header from column `first` on: each group's columns, its comment column and
    /// the sub-indicator its topic names.
    private static func questionGroups(_ header: [String], from first: Int, path: String, layout: GovernanceSurveyLayout) throws(IngestError)
        -> [(columns: [Int], comment: Int, subIndicator: String)] {
        var groups: [(columns: [Int], comment: Int, subIndicator: String)] = [], pending: [Int] = [], used: [String: Int] = [:]
        for column in first..<max(first, header.count) {
            guard header[column].hasPrefix(layout.commentColumnPrefix) else {
                pending.append(column)
                continue
            }
            guard let subIndicator = layout.subIndicator(ofCommentHeader: header[column]) else {
                throw IngestError(file: path, line: 1, field: header[column], message: "the comment column names no known topic; known: "
                    + layout.topics.map(\.topic).joined(separator: ", "))
            }
            if let earlier = used[subIndicator] {
                throw IngestError(file: path, line: 1, field: header[column], message: "a second group for \(subIndicator) (the first closes at column \(earlier + 1))")
            }
            guard !pending.isEmpty else {
                throw IngestError(file: path, line: 1, field: header[column], message: "no question columns before this comment column")
            }
            used[subIndicator] = column
            groups.append((pending, column, subIndicator))
            pending = []
        }
        guard !groups.isEmpty else {
            throw IngestError(file: path, line: 1, field: nil, message: "no comment column ('\(layout.commentColumnPrefix)…') closes a group of questions "
                + "from column \(first + 1) on: not a survey export in the FHI layout")
        }
        return groups
    }

    /// 0-based index of a spreadsheet column (`A` → 0, `K` → 10, `AA` → 26); `nil` for anything else.
    static func columnIndex(_ letters: String) -> Int? {
        let upper = letters.trimmed.uppercased()
        guard !upper.isEmpty, upper.count <= 3, upper.allSatisfy({ ("A"..."Z").contains($0) }) else { return nil }
        return upper.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}
