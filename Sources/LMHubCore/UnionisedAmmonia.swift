import Foundation

/// Un-ionised ammonia (NH3, as N) from total ammonia nitrogen (NH3-N: NH3 + NH4⁺ as N), pH and water
/// temperature, after Emerson et al. (1975) (coefficients and source in
/// `Resources/indices/unionised-ammonia-emerson-1975.json`):
///
///     pKa = a + b / (t + 273.15),  fraction = 1 / (1 + 10^(pKa − pH)),  NH3 = fraction × NH3-N
///
/// This is the only conversion between the ammonia forms LMHub makes; un-ionised NH3 is never read as an
/// alias of NH3-N (MRC's aquatic-life target is on NH3, GB 3838 and QCVN limits are on NH3-N / NH4⁺-N).
public struct UnionisedAmmonia: Sendable, Codable {
    public let id: String
    public let source: String
    public let verified: Bool
    public let pKaIntercept: Double
    public let pKaSlope: Double
    public let kelvinOffset: Double

    public static func bundled() throws -> UnionisedAmmonia {
        try BundledIndex.load("unionised-ammonia-emerson-1975")
    }

    /// The share of total ammonia present as NH3 (0–1) at `pH` and `temperature` (°C).
    public func fraction(pH: Double, temperature: Double) -> Double {
        let pKa = pKaIntercept + pKaSlope / (temperature + kelvinOffset)
        return 1 / (1 + pow(10, pKa - pH))
    }

    /// `values` with `NH3` (mg/L as N) added when it is absent and NH3-N, pH and TEMP are present and the last
    /// two uncensored. A censored NH3-N (`<0.01`) gives a censored NH3 (`<` the same fraction of it).
    public func adding(to values: [String: MeasuredValue]) -> [String: MeasuredValue] {
        guard values["NH3"] == nil, let total = values["NH3-N"], let pH = values["pH"], let temperature = values["TEMP"],
              pH.censoring == .none, temperature.censoring == .none,
              let nitrogen = try? total.converted(to: .milligramsPerLitre),
              let celsius = try? temperature.converted(to: .degreesCelsius)
        else { return values }
        var out = values
        let share = fraction(pH: pH.value, temperature: celsius.value)
        out["NH3"] = MeasuredValue(value: nitrogen.value * share, unit: .milligramsPerLitre, censoring: nitrogen.censoring)
        return out
    }
}

/// Loads data files from the bundle.
enum BundledIndex {
    /// Every JSON file of the folder `Resources/<folder>/`, decoded and keyed by its `Versioned.id`.
    /// - Throws: ``StandardFileError`` naming the folder when it is missing, or the file that is malformed.
    static func loadFolder<T: Decodable & Versioned>(_ folder: String) throws -> [String: T] {
        guard let url = Bundle.module.url(forResource: folder, withExtension: nil) else {
            throw StandardFileError(file: folder, underlying: "the bundled \(folder) folder is missing")
        }
        var documents: [String: T] = [:]
        for file in try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
            do {
                let document = try JSONDecoder().decode(T.self, from: Data(contentsOf: file))
                documents[document.id] = document
            } catch {
                throw StandardFileError(file: "\(folder)/\(file.lastPathComponent)", underlying: String(describing: error))
            }
        }
        return documents
    }

    static func load<T: Decodable>(_ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "indices") else {
            throw StandardFileError(file: "indices/\(name).json", underlying: "missing from the bundle")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw StandardFileError(file: "indices/\(name).json", underlying: String(describing: error))
        }
    }
}
