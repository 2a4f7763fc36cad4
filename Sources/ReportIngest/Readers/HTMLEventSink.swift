/// Turns the element and text events of libxml2's HTML parser into canonical text (via
/// `DocumentAssembler`): the page's visible text, block elements as line breaks, tables as rows.
///
/// Skipped with everything inside: `head`, `script`, `style`, `nav`, form controls, embedded objects,
/// and elements marked `hidden` or `style="display:none"`. An image becomes `[image: alt]`, the marker
/// the plain-text reports use for tables pasted as pictures.
final class HTMLEventSink {
    static let skipped: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "nav", "select", "option", "textarea",
        "button", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas",
        "audio", "video", "map",
    ]
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "ol", "p",
        "pre", "section", "summary", "ul", "xmp", "plaintext",
    ]

    /// Elements whose line breaks are line breaks.
    static let preformatted: Set<String> = ["pre", "listing", "xmp", "plaintext"]

    private(set) var assembler = DocumentAssembler()
    /// Names of the open elements, innermost last.
    private var stack: [String] = []
    /// Stack depth at which a skipped element was opened, while inside it.
    private var skipFrom: Int?
    private var preformattedDepth = 0

    func start(_ name: String, attributes: [String: String]) {
        stack.append(name)
        guard skipFrom == nil else { return }
        if Self.skipped.contains(name) || Self.isHidden(attributes) {
            skipFrom = stack.count
            return
        }
        switch name {
        case "table": assembler.beginTable()
        case "tr": assembler.beginRow()
        case "td", "th":
            assembler.beginCell(colspan: Self.span(attributes["colspan"]), rowspan: Self.span(attributes["rowspan"]))
        case "br": assembler.breakLine()
        case "img": image(attributes)
        default:
            if Self.preformatted.contains(name) { preformattedDepth += 1 }
            if Self.blocks.contains(name) { assembler.breakLine() }
        }
    }

    func end(_ name: String) {
        // Close up to the matching open element; an end tag matching nothing open is ignored.
        guard let index = stack.lastIndex(of: name) else { return }
        while stack.count > index {
            let closing = stack.removeLast()
            if let from = skipFrom {
                if stack.count < from { skipFrom = nil }
                continue
            }
            switch closing {
            case "table": assembler.endTable()
            case "tr": assembler.endRow()
            case "td", "th": assembler.endCell()
            default:
                if Self.preformatted.contains(closing) { preformattedDepth -= 1 }
                if Self.blocks.contains(closing) { assembler.breakLine() }
            }
        }
    }

    func text(_ text: String) {
        guard skipFrom == nil else { return }
        guard preformattedDepth > 0 else { return assembler.append(text) }
        var first = true
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { assembler.breakLine() }
            assembler.append(piece)
            first = false
        }
    }

    func finish() -> String {
        assembler.finish()
    }

    private func image(_ attributes: [String: String]) {
        let alt = attributes["alt"].map { TextNormalization.line($0) } ?? ""
        let source = attributes["src"].flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
        let label = alt.isEmpty ? source : alt
        assembler.append(" [image: \(label)] ")
    }

    /// A colspan/rowspan attribute value: its leading digits, at least 1.
    static func span(_ value: String?) -> Int {
        guard let value else { return 1 }
        let digits = value.drop(while: { $0 == " " }).prefix(while: { $0.isASCII && $0.isNumber }).prefix(6)
        return max(Int(digits) ?? 1, 1)
    }

    static func isHidden(_ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil { return true }
        guard let style = attributes["style"] else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
