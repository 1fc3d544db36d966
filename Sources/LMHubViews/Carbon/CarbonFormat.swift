import Foundation
import LMHubCore

/// Numbers and terms as the carbon pages show them.
public enum CarbonFormat {
    /// `value` to `digits` significant digits (no more than six decimals), thousands grouped with commas and
    /// trailing zeros dropped, as `lmhub carbon` prints its tables: 2496.10977 → `2,496`, 262.838669 → `262.8`,
    /// -3955.2 → `-3,955`; `–` for a value that is not finite.
    public static func number(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        let decimals = magnitude == 0 ? 0 : min(6, max(0, digits - 1 - Int(floor(log10(magnitude)))))
        let fixed = String(format: "%.\(decimals)f", magnitude)
        let parts = fixed.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "0")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let text = fraction.isEmpty ? grouped : grouped + "." + fraction
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "," && $0 != "." }) ? "-" + text : text
    }

    /// A share 0–1 as a percentage to one decimal (`57.1 %`), to two below 1 % (`0.03 %`), `<0.01 %` below that.
    public static func percent(_ share: Double) -> String {
        let percent = share * 100
        if percent > 0, percent < 0.01 { return "<0.01 %" }
        return String(format: percent < 1 ? "%.2f %%" : "%.1f %%", percent)
    }

    /// A project kind in `language`.
    static func kind(_ kind: ProjectKind, _ language: String) -> String {
        Strings.text("carbon.kind.\(kind.rawValue)", language)
    }

    /// A country by its ISO 3166-1 alpha-3 code, named in `language` for the basin's six; the code otherwise.
    static func country(_ code: String?, _ language: String) -> String {
        guard let code else { return "" }
        let key = "carbon.country.\(code.uppercased())"
        let text = Strings.text(key, language)
        return text == key ? code : text
    }

    /// Length, area, capacity and generation that the project has: `12.5 km`, `120 ha`, `120 MW`.
    static func size(lengthKm: Double?, areaHa: Double?, capacityMW: Double?) -> String {
        [lengthKm.map { "\(number($0))\u{A0}km" }, areaHa.map { "\(number($0))\u{A0}ha" }, capacityMW.map { "\(number($0))\u{A0}MW" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    static func years(_ years: Double?, _ language: String) -> String {
        years.map { Strings.text("carbon.years", language).replacingOccurrences(of: "{n}", with: number($0)).replacingOccurrences(of: " ", with: "\u{A0}") } ?? ""
    }

    /// The first functional unit (the project kind's own): `199.7 t CO2e/km`.
    static func functionalUnit(_ result: CarbonResult) -> String {
        result.functionalUnits.first.map { "\(number($0.value)) \($0.unit)" } ?? ""
    }

    /// A gas as the pages name it.
    static func gas(_ gas: GreenhouseGas, _ language: String) -> String {
        Strings.text("carbon.gas.\(gas.rawValue)", language)
    }

    /// The colour of a gas in charts and legends.
    static func colour(_ gas: GreenhouseGas) -> String {
        switch gas {
        case .co2: "#0d4a6b"
        case .ch4: "#fb8c00"
        case .ch4NonFossil: "#8e24aa"
        case .n2o: "#43a047"
        case .co2e: "#90a4ae"
        }
    }

    /// The colours of scenarios side by side, in order.
    static let scenarioColours = ["#0d4a6b", "#fb8c00", "#43a047", "#8e24aa", "#90a4ae"]

    /// `template` with `{key}` replaced by each value.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { text, pair in text.replacingOccurrences(of: "{\(pair.key)}", with: pair.value) }
    }
}
