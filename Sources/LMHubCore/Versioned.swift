/// A document with versions in force one after another (a water standard, an AQI scheme): versions of one
/// `series` share it, each in force from `inForce` up to, not including, `until`.
public protocol Versioned {
    var id: String { get }
    var series: String { get }
    /// `YYYY-MM-DD`, or `YYYY` / `YYYY-MM` where only that is known (counting from the start of that period).
    var inForce: String { get }
    var until: String? { get }
}

extension Versioned {
    /// Whether this version was in force on `date` (`YYYY-MM-DD`).
    public func isInForce(on date: String) -> Bool {
        date >= inForce && (until.map { date < $0 } ?? true)
    }
}

enum VersionChoice {
    /// The version of `versions` (oldest first) in force on `date`; else the latest begun by then; else the first.
    static func pick<T: Versioned>(_ versions: [T], on date: String) -> T? {
        versions.last { $0.isInForce(on: date) } ?? versions.last { $0.inForce <= date } ?? versions.first
    }
}
