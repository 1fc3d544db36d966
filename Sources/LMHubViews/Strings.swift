/// The interface's words in each language LMHub serves. English and Chinese are complete; other languages
/// fall back to English key by key.
public enum Strings {
    public static let languages = ["en", "zh"]

    /// The text of `key` in `language`, else English, else the key itself.
    public static func text(_ key: String, _ language: String) -> String {
        table[key]?[language] ?? table[key]?["en"] ?? key
    }

    /// A class label in `language` where the interface translates it (`meets`, `exceeds`), else as the standard writes it.
    public static func label(_ label: String, _ language: String) -> String {
        table["label." + label]?[language] ?? label
    }

    static let table: [String: [String: String]] = [
        "label.meets": ["en": "meets", "zh": "达标"],
        "label.exceeds": ["en": "exceeds", "zh": "超标"],
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
        "matrix.heading": ["en": "One sample against every standard:", "zh": "同一样品按各国标准评价："],
        "matrix.standard": ["en": "Standard", "zh": "标准"],
        "matrix.class": ["en": "Class", "zh": "类别"],
        "matrix.notes": ["en": "Notes", "zh": "说明"],
        "matrix.noLimits": ["en": "no limits to judge by", "zh": "无可用限值"],
        "matrix.unverified": ["en": "limits not verified against the cited source", "zh": "限值未经原文核实"],
        "matrix.ruleUnverified": ["en": "rule for the sample class not verified", "zh": "样品类别判定规则未经核实"],
        "matrix.notInForce": ["en": "not in force on this date; applied for comparison", "zh": "该日期时尚未生效，仅作比较"],
        "matrix.byDate": ["en": "version chosen by the sample date", "zh": "按采样日期选用版本"],
        "matrix.singleValue": ["en": "judged on this one value; the standard uses", "zh": "按单次数值评价；标准要求按时段"],
        "matrix.notAssessed": ["en": "not assessed (no limit in this standard)", "zh": "未评价（该标准无此项目）"],
        "matrix.note": [
            "en": "Each country's class is decided by the worst item it judges. Choose another sample by its date in the table below.",
            "zh": "各国标准的类别由其评价项目中最差的一项决定。可在下表中点击日期选择其他样品。",
        ],
        "indices.heading": ["en": "Indices per year", "zh": "年度水质指数"],
        "indices.mrc": ["en": "MRC WQI, aquatic life (0–10)", "zh": "湄委会水生生物保护指数 (0–10)"],
        "indices.unverified": ["en": "targets and bands not yet verified", "zh": "目标值与分级尚未核实"],
        "indices.table": ["en": "Figures per year", "zh": "逐年数值"],
        "indices.year": ["en": "Year", "zh": "年份"],
        "indices.note": [
            "en": "Objectives for both indices: the MRC aquatic-life targets (pH 6–9, EC, un-ionised NH3, DO, NO3-N, TP). CCME needs 4 variables with 4 tests each in a year.",
            "zh": "两种指数的目标值均采用湄委会水生生物保护目标（pH 6–9、电导率、非离子氨、溶解氧、硝酸盐氮、总磷）。CCME 指数要求一年内至少 4 个指标、每个至少 4 次监测。",
        ],
        "overview.airIndex": ["en": "air station: hourly AQI", "zh": "空气站：逐小时 AQI"],
        "air.scheme": ["en": "Index", "zh": "指数"],
        "air.week": ["en": "Last 7 days, hourly index", "zh": "最近 7 天逐小时指数"],
        "air.weekNote": [
            "en": "Each point is the hour's index: PM from the NowCast where the scheme uses one, gases from their hourly or running means. Bands are the scheme's categories.",
            "zh": "每个点为该小时的指数：颗粒物按方案采用 NowCast 时取 NowCast，气体取小时或滑动平均。色带为该方案的等级。",
        ],
        "air.calendar": ["en": "Daily index", "zh": "逐日指数"],
        "air.noDays": ["en": "No day has enough hours for a daily index.", "zh": "没有一天的小时数据足以计算日指数。"],
        "air.legend": ["en": "Categories", "zh": "等级"],
        "air.unverified": [
            "en": "Some categories or colours of this scheme are not verified against the issuing agency's own text.",
            "zh": "该方案的部分等级或颜色未经发布机构原文核实。",
        ],
        "error.notFound": ["en": "Not found", "zh": "未找到"],
        "error.badRequest": ["en": "Bad request", "zh": "请求有误"],
        "error.server": ["en": "Server error", "zh": "服务器错误"],
        "station.parameter": ["en": "Parameter", "zh": "项目"],
        "station.source": ["en": "Source", "zh": "数据来源"],
        "footer.data": [
            "en": "Bundled water data: Mekong River Commission, via the Freshwater Health Index R package (CC0). Air data: U.S. Department of State / EPA AirNow (preliminary). Map: Natural Earth.",
            "zh": "内置水质数据：湄公河委员会，经淡水健康指数 R 包 (CC0) 转载。空气数据：美国国务院 / 美国环保署 AirNow（初步数据）。地图：Natural Earth。",
        ],
    ]
}
