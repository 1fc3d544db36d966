import Foundation
import LMHubCore
import Plot

/// What a station page shows: the station, its samples with their classes, and one parameter's series.
public struct StationPageModel: Sendable {
    public let station: Station
    public let standard: WaterQualityStandard
    /// Samples oldest first, each with its assessment under `standard`.
    public let samples: [(sample: WaterSample, assessment: SampleAssessment)]
    /// Parameters present in the samples, in registry order.
    public let parameters: [Parameter]
    /// The parameter charted.
    public let selected: Parameter?
    /// One sample judged against every standard, side by side.
    public let matrix: AssessedUnit?
    /// The station's CCME and MRC indices per year, oldest first.
    public let indices: [AnnualIndices]
    /// The indices in `indices`, in their order.
    public let indexDefinitions: [IndexDefinition]
    public let language: String

    public init(station: Station, standard: WaterQualityStandard, samples: [(sample: WaterSample, assessment: SampleAssessment)],
                parameters: [Parameter], selected: Parameter?, matrix: AssessedUnit?, indices: [AnnualIndices], indexDefinitions: [IndexDefinition], language: String) {
        self.station = station
        self.standard = standard
        self.samples = samples
        self.parameters = parameters
        self.selected = selected
        self.matrix = matrix
        self.indices = indices
        self.indexDefinitions = indexDefinitions
        self.language = language
    }
}

/// The station page `/stations/{id}`: a chart of one parameter against the class bands, and every sample
/// with its per-parameter and sample class.
public enum StationPage {
    public static func link(_ id: String, language: String, parameter: String? = nil, sample: String? = nil) -> String {
        let query = [parameter.map { ("parameter", $0) }, sample.map { ("sample", $0) }].compactMap { $0 }
        return Layout.link(path: SitePaths.path(SitePaths.stationPage, id), query: query, language: language)
    }

    public static func render(_ model: StationPageModel) -> String {
        let lang = model.language, station = model.station
        let body: Node<HTML.BodyContext> = .group(
            .h1(.text(station.name.text(lang))),
            .p(.text([station.waterBody, station.country.map { BasinGeography.bundled.countryName($0, language: lang) },
              OverviewPage.position(station, lang), station.timeZone]
                .compactMap { $0 }.joined(separator: " · ") + " · \(Strings.text("col.samples", lang)): \(model.samples.count)")),
            .unwrap(station.locationNote) { .p(.class("note"), .text($0)) },
            .unwrap(model.matrix) { StandardsMatrix.render($0, station: station, language: lang) },
            AnnualIndexPanel.render(model.indices, definitions: model.indexDefinitions, language: lang),
            .h2(.text(Strings.text("station.chart", lang))),
            .p(.class("params"), .text(Strings.text("station.parameter", lang) + ": "),
               .forEach(model.parameters) { parameter in
                   parameter.code == model.selected?.code
                       ? .strong(.text(parameter.code))
                       : .a(.href(link(station.id, language: lang, parameter: parameter.code, sample: model.matrix?.date)), .attribute(named: "title", value: parameter.name.text(lang)), .text(parameter.code))
               }),
            .unwrap(model.selected) { chart(model, $0) },
            .h2(.text(Strings.text("station.samples", lang))),
            .div(.class("scroll"), samplesTable(model)),
            .if(model.samples.contains(where: \.sample.dayAssumed), .p(.class("note"), .text(Strings.text("station.dayNote", lang))))
        )
        return Layout.render(title: station.name.text(lang), language: lang, path: SitePaths.path(SitePaths.stationPage, station.id),
                             query: [model.selected.map { ("parameter", $0.code) }, model.matrix.map { ("sample", $0.date) }].compactMap { $0 },
                             body: body)
    }

    private static func chart(_ model: StationPageModel, _ parameter: Parameter) -> Node<HTML.BodyContext> {
        let lang = model.language
        let points = model.samples.compactMap { entry -> TimeSeriesChart.Point? in
            guard let value = entry.sample.values[parameter.code] else { return nil }
            let date = LocalDate.string(entry.sample.time, timeZone: model.station.timeZone)
            return TimeSeriesChart.Point(time: entry.sample.time, value: value.value, censored: value.censoring != .none,
                                         label: "\(date): \(format(value)) \(value.unit.rawValue)")
        }
        let item = model.standard.item(for: parameter.code, in: model.station.waterBodyKind)
        let bands = item.map { ClassBands.bands(for: $0, in: model.standard) } ?? []
        let svg = TimeSeriesChart().render(points: points, bands: bands, unit: "\(parameter.code) (\(parameter.canonicalUnit.rawValue))",
                                           title: "\(parameter.name.text(lang)), \(model.station.name.text(lang))")
        return .div(
            .raw(svg),
            .p(.class("note"), .text(Strings.text(bands.isEmpty ? "station.noLimits" : "station.chartNote", lang)
                + (item.map { " \(Strings.text("station.source", lang)): \($0.source)." } ?? "")),
               .if(item.map { !$0.verified } ?? false, .span(.class("caution"), .text(" ⚠ " + Strings.text("matrix.unverified", lang)))))
        )
    }

    private static func samplesTable(_ model: StationPageModel) -> Node<HTML.BodyContext> {
        let lang = model.language
        return .table(
            .tr(.th(.text(Strings.text("col.date", lang))),
                .forEach(model.parameters) { .th(.attribute(named: "title", value: $0.name.text(lang)), .text("\($0.code) (\($0.canonicalUnit.rawValue))")) },
                .th(.text(Strings.text("col.sampleClass", lang)))),
            .forEach(model.samples.reversed()) { entry in
                .tr(
                    sampleDate(entry.sample, model),
                    .forEach(model.parameters) { parameter in
                        cell(entry.sample.values[parameter.code], entry.assessment.parameters.first { $0.parameter == parameter.code })
                    },
                    .td(ClassBadge.node(rank: entry.assessment.rank, label: entry.assessment.label, language: lang,
                                        title: entry.assessment.drivers.joined(separator: ", ")))
                )
            }
        )
    }

    /// The sample's date, linking to the page with that sample in the standards matrix.
    private static func sampleDate(_ sample: WaterSample, _ model: StationPageModel) -> Node<HTML.TableRowContext> {
        let date = LocalDate.string(sample.time, timeZone: model.station.timeZone)
        let text = date + (sample.dayAssumed ? "*" : "")
        guard date != model.matrix?.date else { return .td(.strong(.text(text))) }
        return .td(.a(.href(link(model.station.id, language: model.language, parameter: model.selected?.code, sample: date)), .text(text)))
    }

    private static func cell(_ value: MeasuredValue?, _ parameterClass: ParameterClass?) -> Node<HTML.TableRowContext> {
        guard let value else { return .td() }
        guard let parameterClass else { return .td(.class("num"), .text(format(value))) }
        let style = "background:\(ClassPalette.colour(rank: parameterClass.rank));color:\(ClassPalette.ink(rank: parameterClass.rank))"
        return .td(.class("num"), .attribute(named: "style", value: style), .attribute(named: "title", value: parameterClass.label),
                   .text("\(format(value)) (\(parameterClass.label))"))
    }

    static func format(_ value: MeasuredValue) -> String {
        value.censoring.rawValue + String(format: "%g", value.value)
    }
}
