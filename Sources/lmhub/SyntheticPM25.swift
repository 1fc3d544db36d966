import Foundation
import LMHubCore

/// Reproducible hourly PM2.5 in µg/m³ for benchmarks, hourly from 2025-01-01T00:00Z. Each station has its
/// own level (4–60 µg/m³, most stations at the clean end) and daily cycle (an amplitude of 15–50 % around a
/// peak between 05:00 and 09:00); on top come multi-day episodes (a log-scale AR(1) of a ~4-day time
/// constant, up to about ×3), hourly noise of 15 % and instrument noise of 1 µg/m³ (standard deviations).
/// Values are kept within 0–300 and reported to the monitors' 0.1 µg/m³; about 3 % of hours are missing.
enum SyntheticPM25 {
    static let start = Date(timeIntervalSince1970: 1_735_689_600)

    /// `count` stations of `hours` consecutive hours each, one sequence from `seed` for all of them.
    static func stations(_ count: Int, hours: Int, seed: UInt64) -> [HourlySeries] {
        var random = SeededSequence(seed: seed)
        return (0..<count).map { _ in
            let values = station(hours: hours, random: &random)
            let readings = values.enumerated().map { hour, value in
                (time: start.addingTimeInterval(Double(hour) * 3600), value: value)
            }
            return HourlySeries(pollutant: .pm25, unit: .microgramsPerCubicMetre, readings: readings)
        }
    }

    private static func station(hours: Int, random: inout SeededSequence) -> [Double?] {
        let level = 4 + 56 * random.unit() * random.unit()
        let amplitude = 0.15 + 0.35 * random.unit()
        let peakHour = 5 + 4 * random.unit()
        var episode = 0.0
        return (0..<hours).map { hour in
            episode = 0.99 * episode + 0.08 * random.noise()
            let daily = 1 + amplitude * cos(2 * .pi * (Double(hour % 24) - peakHour) / 24)
            let value = level * daily * exp(episode) * (1 + 0.15 * random.noise()) + random.noise()
            guard random.unit() >= 0.03 else { return nil }
            return (min(max(value, 0), 300) * 10).rounded() / 10
        }
    }
}
