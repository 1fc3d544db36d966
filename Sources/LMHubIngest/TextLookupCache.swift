/// What a few distinct cell texts were read as (parameter names, units): a file repeats a handful of them on
/// every row, and comparing a short string with each is cheaper than hashing it. Past ``capacity`` texts, new
/// ones are looked up each time.
struct TextLookupCache<Value> {
    private var entries: [(text: String, value: Value)] = []
    static var capacity: Int { 32 }

    /// The value read for `text` before, else `read(text)`'s, kept for next time; `nil` (not kept) when it
    /// reads nothing.
    mutating func value(for text: String, read: (String) -> Value?) -> Value? {
        if let entry = entries.first(where: { $0.text == text }) { return entry.value }
        guard let value = read(text) else { return nil }
        if entries.count < Self.capacity { entries.append((text, value)) }
        return value
    }
}
