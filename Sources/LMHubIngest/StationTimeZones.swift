import Foundation

/// The zone each station's local times are read in: the zone the store already keeps for a station, else
/// a default. So a file without offsets means the same instants whenever it is imported again.
public struct StationTimeZones: Sendable {
    public var fallback: TimeZone
    public var byStation: [String: TimeZone]

    public init(fallback: TimeZone = .gmt, byStation: [String: TimeZone] = [:]) {
        self.fallback = fallback
        self.byStation = byStation
    }

    public func zone(for station: String) -> TimeZone {
        byStation[station] ?? fallback
    }
}
