import Foundation
import LMHubStorage
import Testing

/// SDG editions, FHI assessments and carbon projects stored whole, on every engine: the same document twice
/// stores nothing, other content under the same id is refused unless replaced, and every write moves the revision.
struct AssessmentDocumentTests {
    @Test(arguments: Engine.available) func storingTheSameDocumentTwiceChangesNothing(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            let before = try await store.revision()
            let first = try await store.storeDocument(.sdgEdition, id: "sdr-2023", title: "SDR 2023", asOf: "2023", content: #"{"a":1}"#)
            #expect(first == .stored)
            let afterFirst = try await store.revision()
            #expect(afterFirst == before + 1)
            #expect(try await store.storeDocument(.sdgEdition, id: "sdr-2023", title: "SDR 2023", asOf: "2023", content: #"{"a":1}"#) == .unchanged)
            #expect(try await store.revision() == afterFirst, "an unchanged document is no write")
            #expect(try await store.documentContent(.sdgEdition, id: "sdr-2023") == #"{"a":1}"#)
            let summary = try #require(try await store.documentSummary(.sdgEdition, id: "sdr-2023"))
            #expect(summary.title == "SDR 2023" && summary.asOf == "2023" && summary.sha256.count == 64)
        }
    }

    @Test(arguments: Engine.available) func otherContentIsRefusedUnlessReplaced(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            try await store.storeDocument(.fhiAssessment, id: "3s", title: "3S 2020", asOf: "2020-01-01", content: #"{"v":1}"#)
            await #expect(throws: DocumentStoreError.conflict(kind: .fhiAssessment, id: "3s")) {
                try await store.storeDocument(.fhiAssessment, id: "3s", title: "3S 2020", asOf: "2020-01-01", content: #"{"v":2}"#)
            }
            #expect(try await store.documentContent(.fhiAssessment, id: "3s") == #"{"v":1}"#, "a refused write changes nothing")
            #expect(try await store.storeDocument(.fhiAssessment, id: "3s", title: "3S 2020", asOf: "2020-01-01", content: #"{"v":2}"#, replace: true) == .replaced)
            #expect(try await store.documentContent(.fhiAssessment, id: "3s") == #"{"v":2}"#)
        }
    }

    @Test(arguments: Engine.available) func kindsAreApartAndListedByDate(engine: Engine) async throws {
        try await engine.withStore { (store: LMHubStore) async throws -> Void in
            try await store.storeDocument(.fhiAssessment, id: "b", title: "later", asOf: "2022", content: "{}")
            try await store.storeDocument(.fhiAssessment, id: "a", title: "earlier", asOf: "2020", content: "{}")
            try await store.storeDocument(.carbonProject, id: "a", title: "road", asOf: "2024", content: "{}")
            #expect(try await store.documents(.fhiAssessment).map(\.title) == ["earlier", "later"])
            #expect(try await store.documents(.carbonProject).map(\.title) == ["road"])
            #expect(try await store.documents(.sdgEdition).isEmpty)
            try await store.deleteDocument(.fhiAssessment, id: "a")
            #expect(try await store.documents(.fhiAssessment).map(\.id) == ["b"])
            await #expect(throws: DocumentStoreError.notFound(kind: .fhiAssessment, id: "a")) { try await store.deleteDocument(.fhiAssessment, id: "a") }
        }
    }
}
