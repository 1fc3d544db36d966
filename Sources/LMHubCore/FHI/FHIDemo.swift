import Foundation

/// The bundled demonstration assessment of the 3S basin (Sekong, Sesan, Srepok), from data LMHub may ship
/// (`Resources/fhi/demo-3s/`, see its `ORIGIN.md`): DvNF from the FHI Toolbox's modelled flows at P1 (3S
/// outlet) and P2 (Sekong), flow connectivity from the Toolbox's Sekong segment table, water quality from
/// the MRC samples of four Cambodian 3S stations (2010–2014) against the MRC targets, and Governance &
/// Stakeholders from the 3S survey export in the Toolbox's test data; every other sub-indicator is *not
/// assessed*. The published 3S baseline (Souter et al. 2020: EV 66, ES 80, GS 43, December 2016) is carried
/// beside it as published scores, never as computed ones.
///
/// Core reads no files: LMHubIngest's `FHIAssessmentFile.demo3S(constants:storedSamples:)` reads the document
/// and its CSV files and evaluates it; a caller holding the data already can use ``evaluate(_:resolved:constants:)``.
public enum FHIDemo {
    public static let documentName = "fhi/demo-3s/assessment-3s.json"

    /// The demo's assessment file in the bundle.
    public static var documentURL: URL? { FHIResources.demo3S("assessment-3s.json") }

    /// The demo document.
    /// - Throws: ``StandardFileError`` when it is missing or malformed.
    public static func document() throws -> FHIAssessmentDocument {
        guard let url = documentURL else { throw StandardFileError(file: documentName, underlying: "missing from the bundle") }
        do { return try JSONDecoder().decode(FHIAssessmentDocument.self, from: Data(contentsOf: url)) } catch {
            throw StandardFileError(file: documentName, underlying: String(describing: error))
        }
    }

    /// Evaluates the demo `document` with the data of its files.
    /// - Throws: ``FHIInputError`` as ``FHIAssessment/evaluate(_:resolved:constants:)``.
    public static func evaluate(_ document: FHIAssessmentDocument, resolved: FHIResolvedInputs, constants: FHIAssessmentConstants) throws(FHIInputError) -> FHIAssessmentResult {
        try FHIAssessment.evaluate(document, resolved: resolved, constants: constants)
    }
}
