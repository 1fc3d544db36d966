/// The interface's words in each language LMHub serves. English and Chinese are complete; other languages
/// fall back to English key by key.
public enum Strings {
    public static let languages = ["en", "zh"]

    /// The text of `key` in `language`, else English, else the key itself.
    public static func text(_ key: String, _ language: String) -> String {
        table[key]?[language] ?? table[key]?["en"] ?? key
    }

    static let table: [String: [String: String]] = [
        "site.title": ["en": "LMHub — Lancang-Mekong environmental hub", "zh": "LMHub — 澜湄环境知识与监测平台"],
        "site.short": ["en": "LMHub", "zh": "澜湄环境平台"],
        "nav.overview": ["en": "Overview", "zh": "概览"],
        "nav.api": ["en": "API (JSON)", "zh": "接口 (JSON)"],
        "overview.heading": ["en": "Water quality in the Lancang-Mekong basin", "zh": "澜沧江-湄公河流域水质"],
        "overview.intro": [
            "en": "Monitoring stations and the class of their latest sample under China's GB 3838-2002 surface-water standard.",
            "zh": "各监测站点及其最新样品按中国《地表水环境质量标准》(GB 3838-2002) 评定的水质类别。",
        ],
        "overview.map": ["en": "Map of the basin", "zh": "流域地图"],
        "overview.detail": ["en": "Stations in detail", "zh": "站点局部图"],
        "overview.unplaced": ["en": "Not on the map (position unknown)", "zh": "未标注在地图上（位置未知）"],
        "col.station": ["en": "Station", "zh": "站点"],
        "col.river": ["en": "River", "zh": "河流"],
        "col.country": ["en": "Country", "zh": "国家"],
        "col.position": ["en": "Position", "zh": "位置"],
        "col.latest": ["en": "Latest sample", "zh": "最新样品"],
        "col.class": ["en": "GB 3838 class", "zh": "GB 3838 类别"],
        "col.drivers": ["en": "Decided by", "zh": "决定项目"],
        "col.samples": ["en": "Samples", "zh": "样品数"],
        "col.date": ["en": "Date", "zh": "日期"],
        "col.sampleClass": ["en": "Sample class", "zh": "样品类别"],
        "position.approximate": ["en": "approximate", "zh": "近似"],
        "position.unknown": ["en": "unknown", "zh": "未知"],
        "class.none": ["en": "no class", "zh": "无类别"],
        "legend.title": ["en": "Class of the latest sample", "zh": "最新样品类别"],
        "legend.dashed": ["en": "dashed outline: approximate position", "zh": "虚线圆圈：近似位置"],
        "station.samples": ["en": "Samples", "zh": "样品"],
        "station.chart": ["en": "Time series", "zh": "时间序列"],
        "station.chartNote": [
            "en": "Shaded bands are the GB 3838-2002 class limits for this parameter. Open circles are censored values.",
            "zh": "色带为该项目在 GB 3838-2002 中的各类限值。空心圆为删失值（低于/高于检出限）。",
        ],
        "station.noLimits": ["en": "GB 3838-2002 sets no class limits for this parameter here.", "zh": "GB 3838-2002 对此项目在此类水体无分类限值。"],
        "station.dayNote": [
            "en": "* The source gives no day of month; the 1st is shown.",
            "zh": "* 源数据未给出日期中的日，按当月 1 日显示。",
        ],
        "error.notFound": ["en": "Not found", "zh": "未找到"],
        "error.badRequest": ["en": "Bad request", "zh": "请求有误"],
        "error.server": ["en": "Server error", "zh": "服务器错误"],
        "station.parameter": ["en": "Parameter", "zh": "项目"],
        "station.source": ["en": "Source", "zh": "数据来源"],
        "footer.data": [
            "en": "Bundled water data: Mekong River Commission, via the Freshwater Health Index R package (CC0). Map: Natural Earth.",
            "zh": "内置水质数据：湄公河委员会，经淡水健康指数 R 包 (CC0) 转载。地图：Natural Earth。",
        ],
    ]
}
