import Rulebook

/// The page's own files, embedded in the binary: the one HTML page, its script and its stylesheet. No path
/// from a request ever reaches the file system; these strings are all the workbench serves.
enum PageAssets {
    /// The page, carrying the session's token (64 hex digits, escaped anyway) in a `<meta>` element.
    static func page(token: String) -> String {
        html.replacing("{{TOKEN}}", with: Escaping.html(token))
    }

    /// `/icon.svg`: a red square, so the browser asks for no other icon.
    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#8b0000"/></svg>
        """

    /// `/workbench.js`: the four parts of the script, in order.
    static let script = scriptCore + "\n" + scriptLists + "\n" + scriptResults + "\n" + scriptAGM
}
