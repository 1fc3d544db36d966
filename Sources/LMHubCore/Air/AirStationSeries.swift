import Foundation

/// A station's hourly readings of every pollutant, and its index under a scheme series whose version is
/// chosen hour by hour (or day by day) by the local date: a file spanning 2024-05-06 is read with the 2012
/// PM2.5 table before and the 2024 table from then on.
public struct AirStationSeries: Sendable {
    public let station: String
    public let timeZone: TimeZone
    public let series: [HourlySeries]

    /// - Parameter series: one per pollutant, built on `timeZone`'s clock hours
    ///   (``HourlySeries/init(pollutant:unit:timeZone:readings:)``), so that hours and days are the station's own.
    public init(station: String, timeZone: TimeZone, series: [HourlySeries]) {
        self.station = station
        self.timeZone = timeZone
        self.series = series
    }

    /// Hourly (or daily) results, each from the version of `schemes` (one series oldest first, or one explicit
    /// version) in force on the result's local date.
    public func results(_ schemes: [AQIScheme], constants: AirPollutants, daily: Bool) -> [(scheme: AQIScheme, result: AQIResult)] {
        let perScheme = schemes.map { scheme in
            let calculator = AQICalculator(scheme: scheme, constants: constants)
            return (scheme, daily ? calculator.daily(series, timeZone: timeZone) : calculator.hourly(series))
        }
        guard let first = perScheme.first else { return [] }
        let zone = timeZone.identifier
        return first.1.indices.map { index in
            let date = LocalDate.string(first.1[index].time, timeZone: zone)
            let version = perScheme.count == 1 ? first.0 : VersionChoice.pick(schemes, on: date) ?? first.0
            let chosen = perScheme.first { $0.0.id == version.id } ?? first
            return (chosen.0, chosen.1[index])
        }
    }
}
