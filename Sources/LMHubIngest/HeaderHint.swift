/// Hints for header errors that a file's shape explains better than the missing column does.
enum HeaderHint {
    /// A note when the header is one field holding `;` or tabs: the file is not comma-separated.
    static func separator(_ header: [String]) -> String {
        guard header.count == 1, let only = header.first else { return "" }
        if only.contains(";") { return " (the header is one field with ';' in it: LMHub reads comma-separated files; save as CSV with ',' separators)" }
        if only.contains("\t") { return " (the header is one field with tabs in it: LMHub reads comma-separated files)" }
        return ""
    }
}
