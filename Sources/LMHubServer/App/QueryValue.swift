import Foundation
import Hummingbird

extension Request {
    /// The query parameter `name` decoded as HTML forms encode it (`application/x-www-form-urlencoded`: `+` is
    /// a space, `%2B` a plus), so `?station=Andaung+Meas` names the station "Andaung Meas"; `nil` when absent
    /// or empty. Hummingbird's own query dictionary percent-decodes but keeps `+`.
    func queryValue(_ name: String) -> String? {
        for pair in (uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = parts.first, Self.formDecode(key) == name else { continue }
            let value = parts.count > 1 ? Self.formDecode(parts[1]) : ""
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func formDecode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
