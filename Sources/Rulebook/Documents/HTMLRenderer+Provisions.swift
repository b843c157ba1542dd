/// Numbered clauses in HTML: each a `<section>` with its provenance in `data-` attributes and a footnote
/// reference in its heading; the footnotes (where each clause came from) close the document.
extension HTMLRenderer {
    func render(_ provision: DocumentProvision, body: String) -> String {
        let anchor = Escaping.html(provision.anchor)
        var out = "<section class=\"clause\" id=\"" + anchor + "\""
        for attribute in provision.attributes where Self.isAttributeName(attribute.name) {
            out += " data-" + attribute.name + "=\"" + Escaping.html(attribute.value) + "\""
        }
        out += ">\n<h3><span class=\"number\">" + Escaping.html(provision.number) + "</span>"
        out += Escaping.html(provision.title)
        out += "<sup><a href=\"#source-" + anchor + "\" id=\"ref-" + anchor + "\" aria-label=\"Source of clause "
        out += Escaping.html(provision.number) + "\">source</a></sup></h3>\n"
        return out + body + "</section>\n"
    }

    /// The list of sources, one per clause, each linking back to its clause.
    func footnotes(_ provisions: [DocumentProvision]) -> String {
        guard !provisions.isEmpty else { return "" }
        var out = "<section class=\"footnotes\" aria-labelledby=\"sources-heading\">\n"
        out += "<h2 id=\"sources-heading\">Where each clause comes from</h2>\n<ol>\n"
        for provision in provisions {
            let anchor = Escaping.html(provision.anchor)
            out += "<li id=\"source-" + anchor + "\"><a href=\"#ref-" + anchor + "\">" + Escaping.html(provision.number)
            out += "</a> " + Escaping.html(provision.title) + ": " + Escaping.html(provision.source) + "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// `data-` names are written by the builder, but are checked anyway: lowercase letters and '-' only.
    static func isAttributeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }
}
