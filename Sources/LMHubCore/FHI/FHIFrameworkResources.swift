import Foundation

/// The bundled files of the FHI area, `Resources/fhi/`: the framework and method constants
/// (`framework*.json`) and the 3S demonstration data (`demo-3s/`, MIT, see its `ORIGIN.md`).
public enum FHIResources {
    /// The URL of a bundled demonstration file of the 3S basin, e.g. `flows-p1-p2.csv`, `segments-sekong.csv`;
    /// `nil` when there is no such file.
    public static func demo3S(_ name: String) -> URL? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "fhi/demo-3s")
    }

    /// Decodes `fhi/<name>.json`.
    /// - Throws: ``StandardFileError`` naming the file when it is missing or malformed.
    static func load<T: Decodable>(_ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "fhi") else {
            throw StandardFileError(file: "fhi/\(name).json", underlying: "missing from the bundle")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw StandardFileError(file: "fhi/\(name).json", underlying: String(describing: error))
        }
    }
}
