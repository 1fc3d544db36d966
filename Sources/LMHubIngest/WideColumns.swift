import LMHubCore

/// How a "wide" sample table's header maps to station, time and parameter columns.
///
/// A parameter column's unit comes from the header (`DO_mgL`, `DO (mg/L)`, `DO [mg/L]`), from the caller's
/// mapping (`--unit DO=mg/L`), or, for a unitless parameter (pH), from the parameter itself. A header that
/// names a parameter but no unit is an error: a unit is never guessed.
struct WideColumns {
    enum Time {
        case cell(Int)
        case yearMonth(year: Int, month: Int, day: Int?)
    }

    struct ParameterColumn {
        let index: Int
        let header: String
        let parameter: Parameter
        let unit: MeasurementUnit
    }

    let station: Int
    let time: Time
    let parameters: [ParameterColumn]
    let ignored: [String]

    static let stationNames = ["station", "station_id", "station code", "name", "site", "站点", "站点名称"]
    static let timeNames = ["time", "date", "datetime", "sampling date", "采样时间", "日期"]

    init(header: [String], units: [String: MeasurementUnit], registry: ParameterRegistry, file: String) throws(IngestError) {
        let keys = header.map { $0.trimmed.lowercased() }
        func find(_ names: [String]) -> Int? { names.lazy.compactMap { keys.firstIndex(of: $0) }.first }
        guard let station = find(Self.stationNames) else {
            throw IngestError(file: file, line: 1, field: "station",
                              message: "no station column; name one of: \(Self.stationNames.joined(separator: ", "))" + HeaderHint.separator(header))
        }
        var used: Set<Int> = [station]
        if let cell = find(Self.timeNames) {
            time = .cell(cell)
            used.insert(cell)
        } else if let year = find(["year"]), let month = find(["month", "month_1"]) {
            let day = find(["day"])
            time = .yearMonth(year: year, month: month, day: day)
            used.formUnion([year, month] + (day.map { [$0] } ?? []))
            if let numericMonth = keys.firstIndex(of: "month_1") { used.insert(numericMonth) }
        } else {
            throw IngestError(file: file, line: 1, field: "time",
                              message: "no time column; name one of: \(Self.timeNames.joined(separator: ", ")), or year and month")
        }
        var parameters: [ParameterColumn] = []
        var ignored: [String] = []
        var mapped: Set<String> = []
        for (index, name) in header.enumerated() where !used.contains(index) {
            guard let (parameter, unitText) = Self.parse(name, registry: registry) else {
                ignored.append(name)
                continue
            }
            let given = units[name].map { (name, $0) } ?? units[parameter.code].map { (parameter.code, $0) }
            if let given { mapped.insert(given.0) }
            let unit: MeasurementUnit
            switch (unitText, given) {
            case let (text?, given?):
                throw IngestError(file: file, line: 1, field: name,
                                  message: "the header already gives the unit '\(text)'; drop --unit \(given.0)=\(given.1.rawValue)")
            case let (text?, nil):
                guard let parsed = MeasurementUnit(parsing: text) else {
                    throw IngestError(file: file, line: 1, field: name, message: "unknown unit '\(text)' in the header; units are never guessed")
                }
                unit = parsed
            case let (nil, given?):
                unit = given.1
            case (nil, nil):
                guard parameter.canonicalUnit == .pH else {
                    let example = parameter.canonicalUnit.rawValue
                    throw IngestError(file: file, line: 1, field: name,
                                      message: "no unit for \(parameter.code); write it in the header (\(parameter.code) (\(example))) or map it (--unit \(name)=\(example))")
                }
                unit = .pH
            }
            guard unit.dimension == parameter.canonicalUnit.dimension else {
                throw IngestError(file: file, line: 1, field: name,
                                  message: "\(unit.rawValue) is not a unit of \(parameter.code)")
            }
            parameters.append(ParameterColumn(index: index, header: name, parameter: parameter, unit: unit))
        }
        if let unused = units.keys.sorted().first(where: { !mapped.contains($0) }) {
            throw IngestError(file: file, line: 1, field: nil, message: "--unit \(unused)=… names no parameter column of the header")
        }
        self.station = station
        self.parameters = parameters
        self.ignored = ignored
    }

    /// The parameter and the header's unit text of a column name (`DO (mg/L)`, `DO [mg/L]`, `DO_mgL`; the
    /// text `nil` when the header gives none), or `nil` when the column names no known parameter.
    static func parse(_ header: String, registry: ParameterRegistry) -> (Parameter, String?)? {
        let name = header.trimmed
        if let open = name.firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let unitText = name[name.index(after: open)...].dropLast()
            guard let parameter = registry.parameter(named: String(name[..<open])) else { return nil }
            return (parameter, String(unitText))
        }
        if let parameter = registry.parameter(named: name) { return (parameter, nil) }
        if let underscore = name.lastIndex(of: "_"),
           let parameter = registry.parameter(named: String(name[..<underscore])),
           MeasurementUnit(parsing: String(name[name.index(after: underscore)...])) != nil {
            return (parameter, String(name[name.index(after: underscore)...]))
        }
        return nil
    }
}
