import Plot

/// A page for a request that found nothing or failed, in the page shell.
public enum ErrorPage {
    public static func render(title: String, message: String, language: String) -> String {
        Layout.render(title: title, language: language, path: SitePaths.overview, query: [], body: .group(
            .h1(.text(title)),
            .p(.text(message)),
            .p(.a(.href(Layout.link(path: SitePaths.overview, query: [], language: language)), .text(Strings.text("nav.overview", language))))
        ))
    }
}
