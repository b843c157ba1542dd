/// A horizontal bar chart: each bar a labelled value with the number behind it written beside it, so the
/// chart reads without colour and prints in black and white. HTML draws it as inline SVG; Markdown and plain
/// text give the same bars as a table.
public struct DocumentChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        /// The bar's length, against ``DocumentChart/scale``.
        public var value: Double
        /// The number written beside the bar: "31 of 48 (65%)".
        public var text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// A stable id, unique in its document (the caption's HTML id, which the chart's accessible name points at).
    public var id: String
    /// What the chart shows, as its caption and its accessible name.
    public var title: String
    /// The header of the value column where the chart is a table ("CLPs").
    public var valueHeader: String
    public var bars: [Bar]
    /// The value a full-length bar stands for; the largest bar's when zero or less.
    public var scale: Double

    public init(id: String, title: String, valueHeader: String, bars: [Bar], scale: Double = 0) {
        self.id = id.anchorID
        self.title = title
        self.valueHeader = valueHeader
        self.bars = bars
        self.scale = scale
    }

    /// The scale the bars are drawn against: never zero, so an all-zero chart draws empty bars.
    var effectiveScale: Double {
        let largest = bars.map(\.value).max() ?? 0
        let chosen = scale > 0 ? scale : largest
        return chosen > 0 ? chosen : 1
    }
}
