/// Hints for header errors that a file's shape explains better than the missing column does.
enum HeaderHint {
    /// A note when the header is one field holding `;`: the file is semicolon-separated, which LMHub does not
    /// read (a tab-separated header is read as such, ``CSVReader``).
    static func separator(_ header: [String]) -> String {
        guard header.count == 1, let only = header.first else { return "" }
        if only.contains(";") { return " (the header is one field with ';' in it: LMHub reads comma- or tab-separated files; save as CSV with ',' separators)" }
        return ""
    }
}
