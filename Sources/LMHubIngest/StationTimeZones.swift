import Foundation

/// The zone each station's local times are read in: the zone the store already keeps for a station, else
/// a default. So a file without offsets means the same instants whenever it is imported again.
public struct StationTimeZones: Sendable {
    /// The zone of stations not in ``byStation``: `--timezone`, or UTC.
    public let fallback: TimeZone
    /// Zones of the stations the store knows, by (normalised) id.
    public let byStation: [String: TimeZone]
    /// The zone the user named (`--timezone`), if any: it must agree with a known station's zone.
    public let explicit: TimeZone?
    /// The known stations whose zone `explicit` contradicts, found once here rather than on every row.
    private let contradicted: Set<String>

    public init(fallback: TimeZone = .gmt, byStation: [String: TimeZone] = [:], explicit: TimeZone? = nil) {
        self.fallback = fallback
        self.byStation = byStation
        self.explicit = explicit
        contradicted = explicit.map { zone in Set(byStation.filter { !Self.same(zone, $0.value) }.keys) } ?? []
    }

    public func zone(for station: String) -> TimeZone {
        byStation[station] ?? fallback
    }

    /// A message naming both zones when `--timezone` contradicts the zone stored for `station`, else `nil`.
    /// Two names of one zone (`Asia/Saigon`, `Asia/Ho_Chi_Minh`) agree.
    public func contradiction(for station: String) -> String? {
        guard contradicted.contains(station), let explicit, let stored = byStation[station] else { return nil }
        return "--timezone \(Self.name(explicit)) contradicts the zone the database keeps for station '\(station)', \(stored.identifier); "
            + "its local times are read in \(stored.identifier) (drop --timezone, or import the other stations apart)"
    }

    /// A zone's name as a user writes it (`UTC`, where Foundation on Linux says `GMT`).
    public static func name(_ zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }

    /// Whether two zones give the same offsets (checked on a winter and a summer day of several years).
    static func same(_ a: TimeZone, _ b: TimeZone) -> Bool {
        if a.identifier == b.identifier { return true }
        let probes = stride(from: 2000, through: 2030, by: 5).flatMap { year in
            [0.0, 182.0].map { Date(timeIntervalSince1970: (Double(year - 1970) * 365.25 + $0) * 86_400) }
        }
        return probes.allSatisfy { a.secondsFromGMT(for: $0) == b.secondsFromGMT(for: $0) }
    }
}
