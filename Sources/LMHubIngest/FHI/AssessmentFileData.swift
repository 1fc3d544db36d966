import Foundation
import LMHubCore

/// Reads the data files an assessment names, each with its own reader; a file that is missing is reported at
/// the assessment's line that names it.
struct AssessmentDataFiles {
    let assessment: String
    let folder: URL
    let lines: AssessmentFileLines
    private(set) var notes: [String] = []

    init(assessment: String, folder: URL, lines: AssessmentFileLines) {
        self.assessment = assessment
        self.folder = folder
        self.lines = lines
    }

    mutating func resolve(_ document: FHIAssessmentDocument, constants: FHIAssessmentConstants,
                          storedSamples: FHIAssessmentFile.StoredSamples?) throws(IngestError) -> FHIResolvedInputs {
        let inputs = document.inputs
        var resolved = FHIResolvedInputs()
        if let flows = inputs.deviationFromNaturalFlow {
            let path = try file(flows.flowsFile, at: "inputs.deviation-from-natural-flow.flowsFile")
            let stations = try DvNFFlowsFile.read(path: path)
            resolved.flows = stations.map { ($0.name, $0.months) }
            for station in stations where !station.incompleteMonths.isEmpty {
                notes.append("\(station.name): \(station.incompleteMonths.count) month(s) with too few daily flows, left out")
            }
        }
        if let connectivity = inputs.flowConnectivity {
            resolved.segments = try ConnectivitySegmentsFile.read(path: try file(connectivity.segmentsFile, at: "inputs.flow-connectivity.segmentsFile"))
        }
        if let quality = inputs.waterQuality {
            resolved.waterQualitySamples = try samples(quality, period: document.period, storedSamples: storedSamples)
        }
        if let name = inputs.landCoverNaturalness?.classAreasFile {
            resolved.landCoverAreas = try LandCoverAreasFile.read(path: try file(name, at: "inputs.land-cover-naturalness.classAreasFile"))
        }
        if let name = inputs.bankModification?.classAreasFile {
            resolved.bankModificationAreas = try LandCoverAreasFile.read(path: try file(name, at: "inputs.bank-modification.classAreasFile"))
        }
        if let governance = inputs.governanceStakeholders, let name = governance.surveyFile {
            let contents = try GovernanceSurveyReader.read(path: try file(name, at: "inputs.governance-stakeholders.surveyFile"), layout: constants.governance,
                                                           respondentColumn: governance.respondentColumn, firstQuestionColumn: governance.firstQuestionColumn)
            resolved.survey = contents.survey
            notes.append("governance survey \(name): \(contents.survey.respondents.count) respondents, \(contents.survey.questions.count) questions in "
                + "\(contents.commentColumns) groups, read as \(contents.encoding)"
                + (contents.ignoredColumns.isEmpty ? "" : "; columns not read: \(contents.ignoredColumns.joined(separator: ", "))"))
        }
        if let name = document.weights?.surveyFile {
            let codes: StakeholderWeightCodes
            do { codes = try .bundled() } catch {
                throw IngestError(file: assessment, line: 0, field: nil, message: String(describing: error))
            }
            resolved.weightResponses = try StakeholderWeightsFile.read(path: try file(name, at: "weights.surveyFile"), framework: constants.framework, codes: codes)
        }
        return resolved
    }

    /// Stored samples where the document names stations and the caller supplies them; else the sample file.
    private mutating func samples(_ quality: FHIAssessmentInputs.WaterQuality, period: FHIPeriod?,
                                  storedSamples: FHIAssessmentFile.StoredSamples?) throws(IngestError) -> [WaterSample]? {
        if let stations = quality.storedStations, let storedSamples {
            do {
                let stored = try storedSamples(stations, period)
                notes.append("water quality: \(stored.count) stored samples of \(stations.joined(separator: ", "))")
                return stored
            } catch {
                throw IngestError(file: assessment, line: lines.line(of: "inputs.water-quality.storedStations"), field: "inputs.water-quality.storedStations",
                                  message: "reading the stored observations failed: \(error)")
            }
        }
        guard let name = quality.samplesFile else { return nil }
        let path = try file(name, at: "inputs.water-quality.samplesFile")
        let zoneName = quality.timeZone ?? "UTC"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw IngestError(file: assessment, line: lines.line(of: "inputs.water-quality.timeZone"), field: "inputs.water-quality.timeZone",
                              message: "unknown time zone '\(zoneName)'")
        }
        var reader = try ObservationFile.open(path: path, timeZones: StationTimeZones(fallback: zone))
        return try reader.readSamples().samples
    }

    /// The path of a file named at `field`, relative to the assessment's folder.
    /// - Throws: ``IngestError`` at the assessment's line naming the file when it does not exist.
    private func file(_ name: String, at field: String) throws(IngestError) -> String {
        let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : folder.appendingPathComponent(name)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw IngestError(file: assessment, line: lines.line(of: field), field: field, message: "no such file: \(url.path)")
        }
        return url.path
    }
}
