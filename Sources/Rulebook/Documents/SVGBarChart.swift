/// A ``DocumentChart`` as inline SVG inside a `<figure>`: labels on the left, bars, and the number behind
/// each bar written after it, all as text (so it reads without colour, prints, and a screen reader gets the
/// chart's title and every bar's label and number). Every text is escaped with ``Escaping/html(_:)``.
struct SVGBarChart {
    let chart: DocumentChart

    init(_ chart: DocumentChart) {
        self.chart = chart
    }

    /// Layout, in SVG user units.
    private static let width = 720.0
    private static let labelWidth = 300.0
    private static let barArea = 280.0
    private static let rowHeight = 26.0
    private static let labelCharacters = 44

    var html: String {
        let height = Double(chart.bars.count) * Self.rowHeight + 8
        let id = "chart-" + chart.id
        var out = "<figure class=\"chart\">\n<figcaption id=\"" + id + "\">" + Escaping.html(chart.title)
        out += "</figcaption>\n<svg role=\"img\" aria-labelledby=\"" + id + "\" viewBox=\"0 0 "
        out += Self.number(Self.width) + " " + Self.number(height) + "\" width=\"100%\" "
        out += "preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        let scale = chart.effectiveScale
        for (index, bar) in chart.bars.enumerated() {
            let top = Double(index) * Self.rowHeight + 4
            let length = max(0, min(1, bar.value / scale)) * Self.barArea
            let middle = Self.number(top + Self.rowHeight / 2 + 4)
            out += "<g><title>" + Escaping.html(bar.label + ": " + bar.text) + "</title>"
            out += "<text x=\"" + Self.number(Self.labelWidth - 8) + "\" y=\"" + middle
            out += "\" text-anchor=\"end\" class=\"bar-label\">" + Escaping.html(Self.shortened(bar.label)) + "</text>"
            out += "<rect x=\"" + Self.number(Self.labelWidth) + "\" y=\"" + Self.number(top + 4) + "\" width=\""
            out += Self.number(length) + "\" height=\"" + Self.number(Self.rowHeight - 8) + "\" class=\"bar\"/>"
            out += "<text x=\"" + Self.number(Self.labelWidth + length + 6) + "\" y=\"" + middle
            out += "\" class=\"bar-value\">" + Escaping.html(bar.text) + "</text></g>\n"
        }
        return out + "</svg>\n</figure>\n"
    }

    /// A label cut to fit its column; the bar's tooltip and the table beside it keep the whole label.
    private static func shortened(_ label: String) -> String {
        label.count <= labelCharacters ? label : String(label.prefix(labelCharacters - 1)) + "…"
    }

    /// A coordinate with at most one decimal, the same on every platform.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(abs(tenths % 10))
    }
}
