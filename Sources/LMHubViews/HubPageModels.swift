import LMHubCore

/// What the knowledge-hub browse and search page (`/hub`) shows.
public struct HubPageModel: Sendable {
    /// One found item, with its title and summary in the page's language cut into highlighted pieces.
    public struct Result: Sendable {
        public let item: HubItem
        public let title: [HighlightSegment]
        public let summary: [HighlightSegment]

        public init(item: HubItem, title: [HighlightSegment], summary: [HighlightSegment]) {
            self.item = item
            self.title = title
            self.summary = summary
        }
    }

    /// One browse dimension: `kind`, `pillar`, `theme`, `country`, `sdg` or `year` (also its query key), with
    /// the values found among the results and how many results have each.
    public struct Facet: Sendable {
        public let key: String
        public let counts: [(value: String, count: Int)]

        public init(key: String, counts: [(value: String, count: Int)]) {
            self.key = key
            self.counts = counts
        }
    }

    public let language: String
    /// The query as typed (empty when browsing).
    public let query: String
    /// The filters in force, as query keys and values (`kind=event`, `country=LA`).
    public let filters: [(key: String, value: String)]
    public let total: Int
    public let offset: Int
    public let limit: Int
    public let results: [Result]
    public let facets: [Facet]
    /// The dated events among the matching items, oldest first, for the timeline.
    public let timeline: [HubItem]
    /// Every place of the matching items, with the item it belongs to, newest item first, for the map.
    public let places: [(place: HubItem.Place, item: HubItem)]

    public init(language: String, query: String, filters: [(key: String, value: String)], total: Int, offset: Int, limit: Int,
                results: [Result], facets: [Facet], timeline: [HubItem], places: [(place: HubItem.Place, item: HubItem)]) {
        self.language = language
        self.query = query
        self.filters = filters
        self.total = total
        self.offset = offset
        self.limit = limit
        self.results = results
        self.facets = facets
        self.timeline = timeline
        self.places = places
    }
}

/// What one knowledge item's page (`/hub/{id}`) shows.
public struct HubItemPageModel: Sendable {
    /// A link of the item, resolved: to another item (with its title), a station, or a standard.
    public struct Link: Sendable {
        public let relation: HubItem.Link.Relation
        public let target: String
        /// The target's title in the page's language, where the hub knows it.
        public let title: String?
        /// Where the link leads: `/hub/{id}`, `/stations/{id}`, or the standard's assessments.
        public let href: String

        public init(relation: HubItem.Link.Relation, target: String, title: String?, href: String) {
            self.relation = relation
            self.target = target
            self.title = title
            self.href = href
        }
    }

    public let language: String
    public let item: HubItem
    /// The item's own links.
    public let links: [Link]
    /// Items that link to this one, with the relation they name (`parent` from a child, …).
    public let linkedFrom: [Link]

    public init(language: String, item: HubItem, links: [Link], linkedFrom: [Link]) {
        self.language = language
        self.item = item
        self.links = links
        self.linkedFrom = linkedFrom
    }
}
