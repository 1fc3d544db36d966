import Foundation

/// Draws an SVG map of a lon/lat window: country outlines, the main stem and station points.
///
/// Projection: equirectangular, x scaled by cos(mid-latitude) so that shapes keep their proportions at the
/// window's latitude; good enough for a basin overview, not for measuring.
public struct BasinMap: Sendable {
    /// A point to draw, coloured by its class rank.
    public struct Point: Sendable {
        public let label: String
        public let lon: Double
        public let lat: Double
        public let rank: Int?
        public let link: String
        public let approximate: Bool

        public init(label: String, lon: Double, lat: Double, rank: Int?, link: String, approximate: Bool) {
            self.label = label
            self.lon = lon
            self.lat = lat
            self.rank = rank
            self.link = link
            self.approximate = approximate
        }
    }

    /// Window: west, south, east, north in degrees.
    public let bounds: (west: Double, south: Double, east: Double, north: Double)
    public let width: Double
    public let geography: BasinGeography

    /// The whole Lancang-Mekong, from the Lancang's source in Qinghai to the delta.
    public static let basinBounds = (west: 92.0, south: 8.0, east: 110.0, north: 34.0)

    public init(bounds: (west: Double, south: Double, east: Double, north: Double), width: Double = 420,
                geography: BasinGeography = .bundled) {
        self.bounds = bounds
        self.width = width
        self.geography = geography
    }

    /// A window around `points`, padded by `margin` degrees.
    public static func bounds(around points: [Point], margin: Double = 0.6) -> (west: Double, south: Double, east: Double, north: Double)? {
        guard let west = points.map(\.lon).min(), let east = points.map(\.lon).max(),
              let south = points.map(\.lat).min(), let north = points.map(\.lat).max() else { return nil }
        return (west - margin, south - margin, east + margin, north + margin)
    }

    private var xScale: Double { cos((bounds.south + bounds.north) / 2 * .pi / 180) }
    var height: Double { width * (bounds.north - bounds.south) / ((bounds.east - bounds.west) * xScale) }

    func project(lon: Double, lat: Double) -> (x: Double, y: Double) {
        ((lon - bounds.west) / (bounds.east - bounds.west) * width,
         (bounds.north - lat) / (bounds.north - bounds.south) * height)
    }

    /// The `<svg>` element, with `title` as its accessible name and country names in `language`.
    public func render(points: [Point], title: String, language: String) -> String {
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(SVG.n(width)) \(SVG.n(height))" width="\(SVG.n(width))" \
        height="\(SVG.n(height))" role="img" aria-label="\(SVG.escape(title))" class="map">\
        <rect width="100%" height="100%" fill="#e8f1f8"/>
        """
        for country in geography.countries {
            svg += "<path d=\"\(path(country.lines, closed: true))\" fill=\"#f5f3ec\" stroke=\"#9a9a8a\" stroke-width=\"0.8\">"
            svg += "<title>\(SVG.escape(language == "zh" ? country.name.zh : country.name.en))</title></path>"
        }
        for river in geography.rivers {
            svg += "<path d=\"\(path(river.lines, closed: false))\" fill=\"none\" stroke=\"#3b82c4\" stroke-width=\"2\"/>"
        }
        for point in points {
            let (x, y) = project(lon: point.lon, lat: point.lat)
            svg += "<a href=\"\(SVG.escape(point.link))\"><circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(y))\" r=\"6\" "
            svg += "fill=\"\(ClassPalette.colour(rank: point.rank))\" stroke=\"#222\" stroke-width=\"1\""
            svg += point.approximate ? " stroke-dasharray=\"2 1\">" : ">"
            svg += "<title>\(SVG.escape(point.label))</title></circle>"
            svg += "<text x=\"\(SVG.n(x + 8))\" y=\"\(SVG.n(y + 4))\" font-size=\"11\">\(SVG.escape(point.label))</text></a>"
        }
        return svg + "</svg>"
    }

    private func path(_ lines: [[(lon: Double, lat: Double)]], closed: Bool) -> String {
        lines.map { line in
            line.enumerated().map { index, point in
                let (x, y) = project(lon: point.lon, lat: point.lat)
                return "\(index == 0 ? "M" : "L")\(SVG.n(x)) \(SVG.n(y))"
            }.joined() + (closed ? "Z" : "")
        }.joined()
    }
}
