import Foundation
import LMHubCore

/// Decodes an assessment file's JSON, with errors that name the line and the field, and refuses keys no part
/// of the assessment reads (a misspelt `"water-qualty"` would otherwise be skipped without a word).
enum AssessmentFileDecoding {
    static func decode(_ data: Data, path: String, lines: AssessmentFileLines) throws(IngestError) -> FHIAssessmentDocument {
        let document: FHIAssessmentDocument
        do {
            document = try JSONDecoder().decode(FHIAssessmentDocument.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, path: path, lines: lines)
        } catch {
            throw IngestError(file: path, line: 0, field: nil, message: String(describing: error))
        }
        if let unknown = unknownKey(in: data, of: document) {
            let parent = unknown.split(separator: ".").dropLast().joined(separator: ".")
            throw IngestError(file: path, line: lines.line(of: unknown), field: unknown,
                              message: parent.isEmpty || parent == "inputs"
                                  ? "not a key of an assessment\(parent == "inputs" ? "'s inputs (sub-indicators that take inputs: \(FHIAssessmentInputs.nodes.joined(separator: ", ")); a score to enter goes under entered)" : "")"
                                  : "not a key of '\(parent)'")
        }
        try checkValues(of: document, path: path, lines: lines)
        return document
    }

    /// Refuses a `date` that is not a calendar date `YYYY-MM-DD` and an area (basin's, sub-basin's) not above 0.
    private static func checkValues(of document: FHIAssessmentDocument, path: String, lines: AssessmentFileLines) throws(IngestError) {
        func refuse(_ field: String, _ message: String) -> IngestError {
            IngestError(file: path, line: lines.line(of: field), field: field, message: message)
        }
        guard LocalDate.date(document.date) != nil else { throw refuse("date", "expected a calendar date YYYY-MM-DD, found '\(document.date)'") }
        if let area = document.basin.area, !(area > 0 && area.isFinite) {
            throw refuse("basin.area", "expected an area above 0, found \(area)")
        }
        for (index, subBasin) in (document.subBasins ?? []).enumerated() where !(subBasin.area > 0 && subBasin.area.isFinite) {
            throw refuse("subBasins[\(index)].area", "expected an area above 0, found \(subBasin.area)")
        }
    }

    private static func describe(_ error: DecodingError, path: String, lines: AssessmentFileLines) -> IngestError {
        func at(_ keys: [any CodingKey], _ message: String) -> IngestError {
            let field = AssessmentFileLines.path(keys)
            return IngestError(file: path, line: lines.line(of: field), field: field.isEmpty ? nil : field, message: message)
        }
        switch error {
        case let .keyNotFound(key, context):
            return at(context.codingPath + [key], "missing")
        case let .typeMismatch(type, context):
            return at(context.codingPath, "expected \(name(of: type))")
        case let .valueNotFound(type, context):
            return at(context.codingPath, "expected \(name(of: type)), found null")
        case let .dataCorrupted(context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return at(context.codingPath, underlying.map { "not valid JSON: \($0)" } ?? context.debugDescription)
        @unknown default:
            return IngestError(file: path, line: 0, field: nil, message: String(describing: error))
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : (String(describing: type).hasPrefix("Dictionary") ? "an object" : "an object of \(type)")
        }
    }

    /// The path of the first key of `data` that `document`, encoded again, does not have: a key no decoder read.
    private static func unknownKey(in data: Data, of document: FHIAssessmentDocument) -> String? {
        guard let original = try? JSONSerialization.jsonObject(with: data),
              let encoded = try? JSONEncoder().encode(document), let read = try? JSONSerialization.jsonObject(with: encoded)
        else { return nil }
        return firstUnknown(original, read, path: "")
    }

    private static func firstUnknown(_ original: Any, _ read: Any, path: String) -> String? {
        if let object = original as? [String: Any], let known = read as? [String: Any] {
            for key in object.keys.sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                guard let value = known[key] else {
                    if object[key] is NSNull { continue }
                    return child
                }
                if let found = firstUnknown(object[key] as Any, value, path: child) { return found }
            }
        } else if let list = original as? [Any], let known = read as? [Any], list.count == known.count {
            for (index, (item, value)) in zip(list, known).enumerated() {
                if let found = firstUnknown(item, value, path: "\(path)[\(index)]") { return found }
            }
        }
        return nil
    }
}
