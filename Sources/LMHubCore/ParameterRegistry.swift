/// The parameters LMHub knows, with the aliases agencies write them under.
///
/// Lookup ignores case, spaces, `_`, `-` and `.`, so `NH3-N`, `nh3n` and `NH3_N` are one key. Forms that are
/// chemically different are different parameters and never aliases of each other: `NH3-N` (ammonia
/// nitrogen, NH₃ + NH₄⁺ as N, GB 3838-2002 item 7, MRC `NH4N`) is not un-ionised ammonia `NH3`, and
/// `NO3-N` (as N) is not nitrate as NO₃.
public struct ParameterRegistry: Sendable {
    public let parameters: [Parameter]
    private let byKey: [String: Parameter]

    public init(_ parameters: [Parameter]) {
        self.parameters = parameters
        var byKey: [String: Parameter] = [:]
        for parameter in parameters {
            for alias in [parameter.code] + parameter.aliases {
                byKey[Self.key(alias)] = parameter
            }
        }
        self.byKey = byKey
    }

    /// The parameter a code, name or alias stands for, or `nil` if none does.
    public func parameter(named text: String) -> Parameter? {
        byKey[Self.key(text)]
    }

    static func key(_ text: String) -> String {
        String(text.lowercased().filter { !" _-.\t".contains($0) })
    }

    /// Water parameters: the ten of the MRC monitoring files and the 24 basic items of GB 3838-2002 Table 1.
    public static let water = ParameterRegistry([
        p("pH", "pH", "pH值", .pH, []),
        p("DO", "Dissolved oxygen", "溶解氧", .milligramsPerLitre, ["Dissolved oxygen", "O2 dissolved"]),
        p("CODMn", "Permanganate index", "高锰酸盐指数", .milligramsPerLitre, ["COD_Mn", "Permanganate index"]),
        p("COD", "Chemical oxygen demand (dichromate)", "化学需氧量", .milligramsPerLitre, ["CODCr", "COD_Cr"]),
        p("BOD5", "Five-day biochemical oxygen demand", "五日生化需氧量", .milligramsPerLitre, ["BOD", "BOD_5"]),
        p("NH3-N", "Ammonia nitrogen", "氨氮", .milligramsPerLitre,
          ["NH4N", "NH4-N", "NH4+-N", "Ammonia nitrogen", "Ammonium nitrogen", "Ammonia as N"]),
        p("TP", "Total phosphorus", "总磷", .milligramsPerLitre, ["TOTP", "T-P", "Total phosphorus"]),
        p("TN", "Total nitrogen", "总氮", .milligramsPerLitre, ["TOTN", "T-N", "Total nitrogen"]),
        p("NO3-N", "Nitrite + nitrate as N", "硝酸盐氮", .milligramsPerLitre,
          ["NO32", "NO3N", "NO2+NO3-N", "Nitrate as N", "Nitrate nitrogen"]),
        p("TSS", "Total suspended solids", "悬浮物", .milligramsPerLitre, ["SS", "Total suspended solids"]),
        p("EC", "Electrical conductivity", "电导率", .microsiemensPerCentimetre, ["COND", "Conductivity"]),
        p("TEMP", "Water temperature", "水温", .degreesCelsius, ["Temperature", "Water temperature", "WT"]),
        p("Cu", "Copper", "铜", .milligramsPerLitre, ["Copper"]),
        p("Zn", "Zinc", "锌", .milligramsPerLitre, ["Zinc"]),
        p("F", "Fluoride (as F⁻)", "氟化物", .milligramsPerLitre, ["Fluoride"]),
        p("Se", "Selenium", "硒", .milligramsPerLitre, ["Selenium"]),
        p("As", "Arsenic", "砷", .milligramsPerLitre, ["Arsenic"]),
        p("Hg", "Mercury", "汞", .milligramsPerLitre, ["Mercury"]),
        p("Cd", "Cadmium", "镉", .milligramsPerLitre, ["Cadmium"]),
        p("Cr(VI)", "Chromium (hexavalent)", "铬(六价)", .milligramsPerLitre, ["Cr6", "Cr6+", "Hexavalent chromium"]),
        p("Pb", "Lead", "铅", .milligramsPerLitre, ["Lead"]),
        p("CN", "Cyanide", "氰化物", .milligramsPerLitre, ["Cyanide"]),
        p("VPhenol", "Volatile phenol", "挥发酚", .milligramsPerLitre, ["Volatile phenol", "Phenols"]),
        p("Petroleum", "Petroleum", "石油类", .milligramsPerLitre, ["Oil", "Petroleum oil"]),
        p("LAS", "Anionic surfactant (LAS)", "阴离子表面活性剂", .milligramsPerLitre, ["Anionic surfactant"]),
        p("Sulfide", "Sulfide", "硫化物", .milligramsPerLitre, ["S2-"]),
        p("FC", "Fecal coliform", "粪大肠菌群", .countPerLitre, ["Fecal coliform", "Faecal coliform"]),
    ])

    private static func p(
        _ code: String, _ en: String, _ zh: String, _ unit: MeasurementUnit, _ aliases: [String]
    ) -> Parameter {
        Parameter(code: code, name: LocalizedText(en: en, zh: zh), canonicalUnit: unit, aliases: aliases + [zh])
    }
}
