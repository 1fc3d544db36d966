/// Runs the store's write transactions one after another: they share the store's one connection, where a
/// second `BEGIN` inside an open transaction would fail or mix two writes. Work runs in the order it arrives.
public actor WriteQueue {
    private var last: Task<Void, Never> = Task {}

    public init() {}

    public func run<R: Sendable>(_ work: @escaping @Sendable () async throws -> R) async throws -> R {
        let previous = last
        let task = Task {
            await previous.value
            return try await work()
        }
        last = Task { _ = try? await task.value }
        return try await task.value
    }
}
