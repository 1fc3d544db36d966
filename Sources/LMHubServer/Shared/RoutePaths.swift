import HTTPTypes
import Hummingbird
import LMHubViews

extension RouterPath {
    /// A ``SitePaths`` pattern of the open-data API, relative to `/api/v1` where its controllers are mounted.
    static func api(_ pattern: String) -> RouterPath { RouterPath(SitePaths.relative(pattern, to: SitePaths.api)) }

    /// A ``SitePaths`` pattern as the router takes it.
    static func site(_ pattern: String) -> RouterPath { RouterPath(pattern) }
}

extension HTTPField.Name {
    /// RFC 8288 web linking (`<…>; rel="next"`).
    static let link = Self("Link")!
    /// The credit line of the data in a CSV export (``SourceAttribution``).
    static let attribution = Self("LMHub-Attribution")!
}
