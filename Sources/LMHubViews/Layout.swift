import Foundation
import Plot

/// The page shell every HTML page shares: head, header with navigation and language switch, footer.
/// Works without JavaScript; the stylesheet is inline so a page is one request.
enum Layout {
    static func render(title: String, language: String, path: String, query: [(String, String)], body: Node<HTML.BodyContext>) -> String {
        HTML(
            .lang(Language(rawValue: language) ?? .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title(attribute("\(title) · \(Strings.text("site.short", language))")),
                .style(css)
            ),
            .body(
                .header(
                    .a(.class("brand"), .href(link(path: SitePaths.overview, query: [], language: language)), .text(Strings.text("site.title", language))),
                    .nav(
                        .a(.href(link(path: SitePaths.overview, query: [], language: language)), .text(Strings.text("nav.overview", language))),
                        .a(.href(link(path: SitePaths.hubPage, query: [], language: language)), .text(Strings.text("nav.hub", language))),
                        .a(.href(link(path: SitePaths.fhiPage, query: [], language: language)), .text(Strings.text("nav.fhi", language))),
                        .a(.href(link(path: SitePaths.sdgPage, query: [], language: language)), .text(Strings.text("nav.sdg", language))),
                        .a(.href(link(path: SitePaths.carbonPage, query: [], language: language)), .text(Strings.text("nav.carbon", language))),
                        .a(.href(SitePaths.stations), .text(Strings.text("nav.api", language))),
                        .span(.class("langs"), .forEach(Strings.languages) { code in
                            code == language
                                ? .strong(.text(code == "zh" ? "中文" : "English"))
                                : .a(.href(link(path: path, query: query, language: code)), .attribute(named: "hreflang", value: code),
                                     .text(code == "zh" ? "中文" : "English"))
                        })
                    )
                ),
                .main(body),
                .footer(.p(.text(Strings.text("footer.data", language))))
            )
        ).render()
    }

    /// `path` with `query` and `lang`, percent-encoded.
    static func link(path: String, query: [(String, String)], language: String) -> String {
        let items = query.filter { $0.0 != "lang" } + [("lang", language)]
        return path + "?" + items.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    /// Percent-encodes a path segment or query value.
    static func encode(_ text: String) -> String {
        SitePaths.encode(text)
    }

    /// Escapes text for an attribute value. Plot writes attribute values as given (and `.title` also into
    /// `<meta content>`), so text from a request or the store goes through this; Plot's text escaping keeps the
    /// entities it makes.
    static func attribute(_ text: String) -> String {
        SVG.escape(text)
    }

    static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;margin:0;color:#1d2327;background:#fff}
    header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;justify-content:space-between;padding:.6em 1em;background:#0d4a6b;color:#fff}
    header a{color:#fff}.brand{font-weight:600;text-decoration:none}nav{display:flex;gap:1em;align-items:center}
    .langs{display:flex;gap:.5em}main{max-width:1100px;margin:0 auto;padding:1em}
    footer{max-width:1100px;margin:2em auto;padding:0 1em;color:#555;font-size:13px}
    table{border-collapse:collapse;margin:.5em 0;font-size:14px}th,td{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}
    th{background:#f3f6f8}td{white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums}
    .cls{display:inline-block;min-width:2.2em;padding:0 .4em;border-radius:3px;text-align:center;font-weight:600}
    .maps{display:flex;flex-wrap:wrap;gap:1em}.maps figure{margin:0}svg.map{border:1px solid #ccd;max-width:100%;height:auto}
    svg.chart{width:100%;height:auto;border:1px solid #dde}.params a,.params strong{margin-right:.6em}
    .note{color:#555;font-size:13px}.scroll{overflow-x:auto}.legend .cls{margin-right:.3em}
    .charts{display:flex;flex-wrap:wrap;gap:1em}.fig{flex:1 1 340px;max-width:520px}.fig p{margin:.2em 0;font-size:13px}
    ul.notes{margin:0;padding-left:1em;font-size:13px;white-space:normal}table.matrix td{white-space:normal;vertical-align:top}table.matrix td:first-child{max-width:22em}.caution{color:#8a4b00}a.id{font-size:12px;color:#555}
    mark{background:#ffe58a;padding:0 .1em}form.search{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.5em 0 1em}form.search input[type=search]{flex:1 1 16em;padding:.3em}
    .hub{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}.hub-main{flex:1 1 560px;min-width:0}.facets{flex:1 1 220px;font-size:14px}
    .facets h3{font-size:14px;margin:.8em 0 .2em}.facets ul,ul.hits{list-style:none;padding:0;margin:0}ul.hits li{margin:0 0 1em}ul.hits h3{margin:.2em 0;font-size:16px}ul.hits p{margin:.2em 0}
    .chip{display:inline-block;margin:0 .4em .4em 0;padding:.1em .6em;border:1px solid #9ab;border-radius:1em;background:#eef4f8;color:#1d2327;text-decoration:none}
    .kind{display:inline-block;padding:0 .4em;border-radius:3px;background:#0d4a6b;color:#fff;font-size:12px}.date{color:#555;font-size:13px;margin-left:.4em}.alt{color:#555;margin-top:-.5em}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.facts dt{font-weight:600}dl.facts dd{margin:0}.rel{color:#555;margin-right:.4em}.pager{margin:1em 0}svg.timeline{min-width:600px;box-sizing:border-box}
    """
}

extension Node {
    /// Text shown exactly as stored. Plot's `.text` escapes `<` and `>` but keeps anything that looks like an
    /// entity (`&amp;`, `&copy;`), so stored text containing one would be shown decoded; its `&` are escaped first.
    static func plain(_ text: String) -> Node { .text(text.replacingOccurrences(of: "&", with: "&amp;")) }
}
