import Synchronization

/// A fixed set of resources (connections, or one write permit) lent one at a time per borrower: a borrower
/// takes a free one or waits, in arrival order, until one is returned. Counts of those lent and waiting are
/// kept for `/metrics`.
final class AsyncLease<Item: Sendable>: Sendable {
    private struct State {
        var free: [Item]
        var waiting: [CheckedContinuation<Item, Never>] = []
        var lent = 0
    }

    private let state: Mutex<State>

    /// - Precondition: `items` is not empty.
    init(_ items: [Item]) {
        precondition(!items.isEmpty, "a lease needs something to lend")
        state = Mutex(State(free: items))
    }

    /// Items lent now, and borrowers waiting for one.
    var usage: (lent: Int, waiting: Int) {
        state.withLock { ($0.lent, $0.waiting.count) }
    }

    /// Runs `body` with an item lent for its duration; returns it whether `body` returns or throws.
    func with<R>(isolation: isolated (any Actor)? = #isolation, _ body: (Item) async throws -> R) async throws -> R {
        let item = await borrow()
        defer { giveBack(item) }
        return try await body(item)
    }

    private func borrow() async -> Item {
        await withCheckedContinuation { (continuation: CheckedContinuation<Item, Never>) in
            let ready: Item? = state.withLock { state in
                state.lent += 1
                if let item = state.free.popLast() { return item }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func giveBack(_ item: Item) {
        let next: CheckedContinuation<Item, Never>? = state.withLock { state in
            state.lent -= 1
            if state.waiting.isEmpty {
                state.free.append(item)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: item)
    }
}
