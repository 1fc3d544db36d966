import Foundation
import LMHubCore
import LMHubIngest

/// Paths of the FHI files the tests read: the bundled 3S demonstration data (MIT, FHI Toolbox) and the Core
/// tests' FHI fixtures.
enum FHITestFiles {
    static let demo = repositoryRoot.appendingPathComponent("Sources/LMHubCore/Resources/fhi/demo-3s")
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/LMHubCoreTests/Fixtures/fhi")

    static func demo(_ name: String) -> String { demo.appendingPathComponent(name).path }
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The error `body` throws, or `nil`.
    static func error<T>(_ body: () throws(IngestError) -> T) -> IngestError? {
        do { _ = try body(); return nil } catch { return error }
    }
}
