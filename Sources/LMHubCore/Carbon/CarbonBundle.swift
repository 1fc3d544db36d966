import Foundation

/// Reads the bundled carbon data files of `Resources/carbon/`.
enum CarbonBundle {
    /// The JSON file `name` decoded.
    /// - Throws: ``StandardFileError`` naming the file when it is missing or malformed.
    static func load<T: Decodable>(_ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "carbon") else {
            throw StandardFileError(file: "carbon/\(name).json", underlying: "missing from the bundle")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw StandardFileError(file: "carbon/\(name).json", underlying: String(describing: error))
        }
    }
}
