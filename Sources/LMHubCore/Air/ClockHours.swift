import Foundation

/// A zone's clock hours on the time line, numbered: hour `n` starts `n` × 3600 s − ``phase`` after
/// 1970-01-01T00:00Z. In a zone whose offset is not a whole number of hours the clock's hours are not UTC's
/// (08:00 in Asia/Yangon, +06:30, is 01:30Z), so hourly means, NowCasts and days of an air station are counted
/// on its own clock, not on UTC's whole hours (which would label the 08:00 reading 07:30).
///
/// The phase is the zone's at one instant (``init(timeZone:at:)``); zones whose offset changes by a whole
/// number of hours (daylight saving) keep it. A zone whose offset changes by a part of an hour
/// (Australia/Lord_Howe's 30-minute daylight saving) keeps the phase of that instant.
public struct ClockHours: Sendable, Hashable {
    /// Seconds, 0 ..< 3600, by which the zone's hours start after UTC's whole hours: 1800 for Asia/Yangon
    /// (+06:30) and Asia/Kolkata (+05:30), 2700 for Asia/Kathmandu (+05:45), 0 for whole-hour zones.
    public let phase: Int

    /// UTC's hours.
    public static let utc = ClockHours(phase: 0)

    /// The hours of a clock `phase` seconds after UTC's (taken modulo 3600).
    public init(phase: Int) {
        self.phase = (phase % 3600 + 3600) % 3600
    }

    /// The clock hours of `timeZone`, at its offset on `date`.
    public init(timeZone: TimeZone, at date: Date) {
        self.init(phase: timeZone.secondsFromGMT(for: date))
    }

    /// The number of the clock hour `date` falls in.
    public func hour(of date: Date) -> Int {
        Int(((date.timeIntervalSince1970 + Double(phase)) / 3600).rounded(.down))
    }

    /// The instant clock hour `hour` starts.
    public func start(of hour: Int) -> Date {
        Date(timeIntervalSince1970: Double(hour) * 3600 - Double(phase))
    }
}
