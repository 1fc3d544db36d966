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

    /// Water parameters: the ten of the MRC monitoring files, the 24 basic items of GB 3838-2002 Table 1, and the
    /// further items of the Lancang–Mekong countries' standards (Thailand NEB 1994, QCVN 08:2023 and 08-MT:2015,
    /// Cambodia Sub-decree 27, MRC targets).
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
        // Thermotolerant coliforms, the coliforms that grow at 44–45 °C: reported as fecal coliform (GB 3838 粪大肠菌群,
        // Thailand, MRC) or as thermotolerant, heat-resistant coliforms (QCVN 08:2023 "coliform chịu nhiệt"), one group
        // under two names and so one code. Not E. coli (EColi), a single species within the group.
        p("FC", "Thermotolerant (fecal) coliforms", "粪大肠菌群", .countPerLitre, [
            "Fecal coliform", "Faecal coliform", "Fecal coliforms", "Faecal coliforms", "Thermotolerant coliforms",
            "Thermotolerant coliform", "Heat-resistant coliforms", "Coliform chịu nhiệt", "耐热大肠菌群",
        ]),
        // Un-ionised ammonia (free NH₃ only, as N: the MRC files compute it as NH4N × the un-ionised fraction),
        // the MRC aquatic-life target. Deliberately NOT an alias of NH3-N (NH₃ + NH₄⁺), and NH3-N's aliases
        // must never include "NH3".
        p("NH3", "Un-ionised ammonia", "非离子氨", .milligramsPerLitre,
          ["Un-ionised ammonia", "Un-ionized ammonia", "Unionised ammonia", "Unionized ammonia"]),
        p("NO2-N", "Nitrite as N", "亚硝酸盐氮", .milligramsPerLitre, ["Nitrite as N", "Nitrite nitrogen"]),
        p("PO4-P", "Orthophosphate as P", "正磷酸盐", .milligramsPerLitre,
          ["Orthophosphate as P", "Phosphate as P", "Orthophosphate"]),
        p("Cl", "Chloride", "氯化物", .milligramsPerLitre, ["Chloride"]),
        p("CrT", "Chromium (total)", "总铬", .milligramsPerLitre, ["Total chromium", "Chromium", "Cr", "TCr"]),
        p("Ni", "Nickel", "镍", .milligramsPerLitre, ["Nickel"]),
        p("Mn", "Manganese", "锰", .milligramsPerLitre, ["Manganese"]),
        p("Fe", "Iron", "铁", .milligramsPerLitre, ["Iron", "Total iron"]),
        p("Sb", "Antimony", "锑", .milligramsPerLitre, ["Antimony"]),
        // Oil and grease (QCVN "dầu mỡ"), measured differently from GB 3838 石油类
        // (petroleum); "Oil" stays with Petroleum.
        p("OilGrease", "Oil and grease", "油和油脂", .milligramsPerLitre, ["Oil and grease", "Oil & grease", "O&G"]),
        // Total phenols (Thai "phenols", QCVN "total phenol"), not GB 3838 volatile phenol (VPhenol), which keeps
        // the bare "Phenols" alias it had before these standards were added.
        p("Phenol", "Total phenols", "总酚", .milligramsPerLitre, ["Total phenol", "Total phenols"]),
        p("TOC", "Total organic carbon", "总有机碳", .milligramsPerLitre, ["Total organic carbon"]),
        p("TC", "Total coliform", "总大肠菌群", .countPerLitre, ["Total coliform", "Total coliforms", "Coliform", "Coliforms"]),
        p("EColi", "Escherichia coli", "大肠埃希氏菌", .countPerLitre, ["Escherichia coli"]),
        p("ChlA", "Chlorophyll a", "叶绿素a", .microgramsPerLitre, ["Chlorophyll a"]),
        // Organic micropollutants of QCVN 08:2023 Table 1 (and Thailand's organochlorine rows), in the unit
        // the limits are written in.
        p("Aldrin", "Aldrin", "艾氏剂", .microgramsPerLitre, []),
        p("Lindane", "Lindane (γ-HCH)", "林丹", .microgramsPerLitre, ["gamma-HCH", "γ-HCH", "gamma-BHC", "γ-BHC"]),
        p("Dieldrin", "Dieldrin", "狄氏剂", .microgramsPerLitre, []),
        p("DDT", "DDT (total)", "滴滴涕", .microgramsPerLitre, ["Total DDT"]),
        p("Heptachlor", "Heptachlor + heptachlor epoxide", "七氯和环氧七氯", .microgramsPerLitre,
          ["Heptachlor and heptachlor epoxide", "七氯"]),
        p("PCBs", "Polychlorinated biphenyls", "多氯联苯", .milligramsPerLitre, ["PCB", "Polychlorinated biphenyls"]),
        p("PCE", "Tetrachloroethylene", "四氯乙烯", .milligramsPerLitre,
          ["Tetrachloroethylene", "Tetrachloroethene", "Perchloroethylene"]),
        p("1,4-Dioxane", "1,4-Dioxane", "1,4-二噁烷", .milligramsPerLitre, ["Dioxane", "p-Dioxane"]),
        p("CCl4", "Carbon tetrachloride", "四氯化碳", .milligramsPerLitre, ["Carbon tetrachloride", "Tetrachloromethane"]),
        p("1,2-DCA", "1,2-Dichloroethane", "1,2-二氯乙烷", .milligramsPerLitre, ["1,2-Dichloroethane", "Ethylene dichloride"]),
        p("CH2Cl2", "Dichloromethane (methylene chloride)", "二氯甲烷", .milligramsPerLitre,
          ["Dichloromethane", "Methylene chloride", "DCM"]),
        p("Benzene", "Benzene", "苯", .milligramsPerLitre, []),
        p("CHCl3", "Chloroform (trichloromethane)", "三氯甲烷", .milligramsPerLitre, ["Chloroform", "Trichloromethane"]),
        p("HCHO", "Formaldehyde", "甲醛", .milligramsPerLitre, ["Formaldehyde"]),
        p("DEHP", "Di(2-ethylhexyl) phthalate", "邻苯二甲酸二(2-乙基己基)酯", .milligramsPerLitre,
          ["Di(2-ethylhexyl) phthalate", "Bis(2-ethylhexyl) phthalate"]),
        p("HCB", "Hexachlorobenzene", "六氯苯", .microgramsPerLitre, ["Hexachlorobenzene"]),
    ])

    /// Air pollutants (``Pollutant``), stored in µg/m³: mixing ratios convert at 25 °C and 1 atm on import
    /// (``AirPollutants``), the reference conditions of every bundled AQI scheme.
    public static let air = ParameterRegistry([
        p("PM2.5", "Fine particulate matter", "细颗粒物", .microgramsPerCubicMetre, ["PM25", "PM2_5"]),
        p("PM10", "Particulate matter (PM10)", "可吸入颗粒物", .microgramsPerCubicMetre, []),
        p("O3", "Ozone", "臭氧", .microgramsPerCubicMetre, ["Ozone"]),
        p("NO2", "Nitrogen dioxide", "二氧化氮", .microgramsPerCubicMetre, ["Nitrogen dioxide"]),
        p("SO2", "Sulphur dioxide", "二氧化硫", .microgramsPerCubicMetre, ["Sulfur dioxide", "Sulphur dioxide"]),
        p("CO", "Carbon monoxide", "一氧化碳", .microgramsPerCubicMetre, ["Carbon monoxide"]),
    ])

    /// Water and air parameters together, for lookups by code in the store and the API.
    public static let all = ParameterRegistry(water.parameters + air.parameters)

    private static func p(
        _ code: String, _ en: String, _ zh: String, _ unit: MeasurementUnit, _ aliases: [String]
    ) -> Parameter {
        Parameter(code: code, name: LocalizedText(en: en, zh: zh), canonicalUnit: unit, aliases: aliases + [zh])
    }
}
