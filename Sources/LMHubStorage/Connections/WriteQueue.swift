/// Runs write transactions one after another, in the order they arrive: every write of a store passes
/// through its one writer (a second `BEGIN` on the same connection would fail or mix two writes; on
/// PostgreSQL one writer keeps conflicts between imports out of the picture).
public final class WriteQueue: Sendable {
    private let permit = AsyncLease([()])

    public init() {}

    /// Writes waiting for their turn.
    public var waiting: Int { permit.usage.waiting }

    /// The queue whose turn the current task holds: a write inside a write would wait for itself.
    @TaskLocal private static var holder: ObjectIdentifier?

    /// Runs `work` when the writes before it have finished.
    /// - Throws: ``NestedWriteError`` when called inside `work` of the same queue (a programming error, which
    ///   would otherwise wait forever).
    public func run<R>(isolation: isolated (any Actor)? = #isolation, _ work: () async throws -> R) async throws -> R {
        if Self.holder == ObjectIdentifier(self) { throw NestedWriteError() }
        return try await permit.with { _ in
            try await Self.$holder.withValue(ObjectIdentifier(self)) { try await work() }
        }
    }
}

/// A write started inside another write of the same store.
public struct NestedWriteError: Error, CustomStringConvertible {
    public var description: String { "a write was started inside another write of the same store; run it inside that write's transaction" }
}
