import LMHubCore
import Plot

/// Links to the other stored SDG editions (nothing when there is only one).
enum SDGEditionSwitcher {
    static func render(_ context: SDGEditionContext, path: String, language lang: String) -> Node<HTML.BodyContext> {
        guard context.editions.count > 1 else { return .empty }
        return .p(.class("params"), .plain(Strings.text("sdg.editions", lang) + ": "), .forEach(context.editions) { id in
            id == context.id ? .strong(.plain(id)) : .a(.href(Layout.link(path: path, query: [("edition", id)], language: lang)), .plain(id))
        })
    }
}

/// The method steps an edition's results rest on that are not verified, with their status and rule, and the
/// data's attribution and terms.
enum SDGMethodNotes {
    static func render(_ edition: SDREdition, language lang: String) -> Node<HTML.BodyContext> {
        let open = edition.steps.filter { $0.status != .verified }
        return .group(
            .h2(.plain(Strings.text("sdg.method", lang))),
            .p(.class("note"), .plain(Strings.text("sdg.methodIntro", lang))),
            .ul(.class("notes"), .forEach(open) { step in
                .li(.span(.class("caution"), .plain("⚠ \(step.status.rawValue) ")), .strong(.plain(step.id.rawValue + ": ")), .plain(step.rule))
            }),
            .p(.class("note"), .plain(edition.attribution + " " + edition.licence))
        )
    }
}
