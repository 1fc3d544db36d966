import Foundation

/// The zones of the US State Department monitors in and around the Lancang-Mekong basin, by the `Site` name
/// their AirNow exports carry, so that an export's local `Date (LT)` reads right without `--timezone`.
/// Zones are the cities' IANA zones.
public enum AirNowSites {
    static let zones: [String: String] = [
        "Hanoi": "Asia/Ho_Chi_Minh", "Ho Chi Minh City": "Asia/Ho_Chi_Minh", "Vientiane": "Asia/Vientiane",
        "Phnom Penh": "Asia/Phnom_Penh", "Rangoon": "Asia/Yangon", "Yangon": "Asia/Yangon", "Ha Noi": "Asia/Ho_Chi_Minh", "Chiang Mai": "Asia/Bangkok", "Bangkok": "Asia/Bangkok",
        "Chengdu": "Asia/Shanghai", "Beijing": "Asia/Shanghai", "Shanghai": "Asia/Shanghai", "Guangzhou": "Asia/Shanghai",
    ]

    /// The zone of a known site (names compared without regard to case), or `nil`.
    public static func zone(of site: String) -> TimeZone? {
        (zones[site] ?? zones.first { $0.key.lowercased() == site.lowercased() }?.value).flatMap(TimeZone.init(identifier:))
    }
}
