import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import LMHubServer

/// One HTML snapshot per page, rendered through the router on the bundled data and compared byte for byte with
/// `Snapshots/<name>.html`. A page that changes on purpose is recorded again with
/// `LMHUB_RECORD_SNAPSHOTS=1 swift test --filter PageSnapshot`, and the diff reviewed in the commit.
struct PageSnapshotTests {
    static let pages: [(name: String, uri: String, status: HTTPResponse.Status)] = [
        ("overview-en", "/?lang=en", .ok),
        ("overview-zh", "/?lang=zh", .ok),
        ("station-water", "/stations/Lumphat?lang=en&parameter=DO", .ok),
        ("station-air", "/stations/Hanoi?lang=en", .ok),
        ("hub", "/hub?lang=en&q=remote%20sensing", .ok),
        ("hub-item", "/hub/cb-2019-11-remote-sensing?lang=zh", .ok),
        ("not-found", "/stations/Nowhere?lang=en", .notFound),
    ]

    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots") }

    @Test func everyPageMatchesItsSnapshot() async throws {
        let record = ProcessInfo.processInfo.environment["LMHUB_RECORD_SNAPSHOTS"] == "1"
        try await withHub { client in
            for page in Self.pages {
                let (status, html) = try await client.execute(uri: page.uri, method: .get) { ($0.status, String(buffer: $0.body)) }
                #expect(status == page.status, "\(page.uri)")
                let file = Self.folder.appendingPathComponent(page.name + ".html")
                if record {
                    try html.write(to: file, atomically: true, encoding: .utf8)
                    continue
                }
                let expected = try String(contentsOf: file, encoding: .utf8)
                let same = html == expected
                #expect(same, "\(page.uri) differs from Snapshots/\(page.name).html at \(Self.firstDifference(html, expected)); record again if the change is meant")
            }
        }
    }

    /// The first differing character's offset and the text around it.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return "character \(index): …\(a.dropFirst(max(0, index - 40)).prefix(80))… vs …\(b.dropFirst(max(0, index - 40)).prefix(80))…"
    }
}
