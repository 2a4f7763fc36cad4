/// A table's lines read as one sequence, whatever their structure: the label text (folded; whitespace,
/// tabs, pipes and line breaks dropped) and the figures, each at the offset of the label text where it
/// was printed. Where a line breaks, whether cells sit one per line or seven per line, and blank lines
/// between them make no difference to the sequence; only the order of labels and figures does.
///
/// A year with 年 after it ("2020 年，…") is text, not a figure. Left out: `[bookmark: …]` / `[image: …]` markers, Markdown `|---|` separator lines, page numbers
/// ("- 3 -", "第3页"), and prose — a line with a sentence end (。) ends the sequence once a row label
/// has been seen (narrative after the table), and is skipped before (notes above it) or when it is a note
/// (注：…).
struct TableStream {
    struct Figure: Sendable {
        var kind: GridCell.Kind
        var line: Int
        /// The label text printed before it: `text[..<offset]`.
        var offset: Int
    }

    private(set) var text: [Unicode.Scalar] = []
    private(set) var figures: [Figure] = []
    /// Lines read into the sequence (first and last), for warnings.
    private(set) var firstLine = 0
    private(set) var lastLine = 0

    /// - Parameter sawLabel: whether text names a row of the table (from then on, prose ends the sequence).
    init(lines: some Sequence<SourceLine>, sawLabel: ([Unicode.Scalar]) -> Bool) {
        var scalars: [Unicode.Scalar] = []
        var scratch: [Unicode.Scalar] = []
        var folded: [Unicode.Scalar] = []
        var labelSeen = false
        for line in lines {
            scalars.removeAll(keepingCapacity: true)
            Self.stripMarkers(line.text, into: &scalars, scratch: &scratch)
            if scalars.contains("。") {
                if labelSeen, !Self.isNote(scalars) { break }
                continue
            }
            if Self.isSeparatorOrPageNumber(scalars) { continue }
            var start = 0
            let before = text.count
            while start < scalars.count {
                var end = start
                while end < scalars.count, !Self.separates(scalars[end]) { end += 1 }
                if end > start {
                    add(scalars[start..<end], line: line.number, folded: &folded, isYear: Self.isYear(scalars, start..<end))
                }
                start = end + 1
            }
            if text.count > before || figures.last?.line == line.number {
                if firstLine == 0 { firstLine = line.number }
                lastLine = line.number
            }
            if !labelSeen, text.count > before, sawLabel(Array(text[before...])) { labelSeen = true }
        }
    }

    /// The lines read while `table` was being read (`LocatedTables.spans`), as a sequence; nil when the
    /// table was never read.
    init?(_ table: TableKind, found: LocatedTables, lines: [SourceLine], sawLabel: ([Unicode.Scalar]) -> Bool) {
        guard let spans = found.spans[table], !spans.isEmpty else { return nil }
        self.init(lines: lines.lazy.filter { line in spans.contains { $0.contains(line.number) } }, sawLabel: sawLabel)
    }

    private mutating func add(_ piece: ArraySlice<Unicode.Scalar>, line: Int, folded: inout [Unicode.Scalar], isYear: Bool) {
        folded.removeAll(keepingCapacity: true)
        LabelText.fold(piece, into: &folded)
        guard !folded.isEmpty else { return }
        let kind = isYear ? .text : GridCell.classify(folded[...])
        if kind == .text {
            text.append(contentsOf: folded)
        } else {
            figures.append(Figure(kind: kind, line: line, offset: text.count))
        }
    }

    /// A note printed under a table's headers ("注：行政复议、行政诉讼数量含上年度结转数量。"): skipped, it
    /// does not end the table.
    static func isNote(_ line: [Unicode.Scalar]) -> Bool {
        let visible = line.drop { LabelText.isSpace($0) || $0 == "|" }
        let words: [[Unicode.Scalar]] = [["注", "："], ["注", ":"], ["说", "明", "："], ["说", "明", ":"]]
        return words.contains { visible.starts(with: $0) }
    }

    /// A year in prose, "2020 年，我单位…": four digits 1990–2099 with 年 next on the line (a PDF puts a
    /// space between them) are a date, never a cell.
    static func isYear(_ line: [Unicode.Scalar], _ piece: Range<Int>) -> Bool {
        guard piece.count == 4, line[piece].allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return false }
        let value = line[piece].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        guard (1990...2099).contains(value) else { return false }
        var next = piece.upperBound
        while next < line.count, LabelText.isSpace(line[next]) { next += 1 }
        return next < line.count && line[next] == "年"
    }

    private static func separates(_ s: Unicode.Scalar) -> Bool {
        LabelText.isSpace(s) || s == "|" || s == "\r" || s == "\n"
    }

    /// The line without its `[bookmark: …]` / `[image: …]` markers (each read as a space). `scratch` is
    /// reused from line to line; a line without `[` is decoded straight into `scalars`.
    private static func stripMarkers(_ text: String, into scalars: inout [Unicode.Scalar], scratch source: inout [Unicode.Scalar]) {
        guard text.utf8.contains(UInt8(ascii: "[")) else {
            ScalarDecoding.append(text, to: &scalars)
            return
        }
        source.removeAll(keepingCapacity: true)
        ScalarDecoding.append(text, to: &source)
        var i = 0
        while i < source.count {
            if source[i] == "[", let marker = LabelText.markerLength(source[...], at: i) {
                scalars.append(" ")
                i = marker.end
                continue
            }
            scalars.append(source[i])
            i += 1
        }
    }

    /// `|---|:--|`, "- 3 -", "—3—", "第 3 页", "第3页 共10页". Of the visible scalars (not whitespace, not
    /// `|`): a line with a pipe whose visible scalars are all `-` or `:` is a separator (a line of only
    /// pipes and spaces too); otherwise 1–4 digits (ASCII or full-width) and, apart from them, only dashes
    /// with a dash at both ends, or 第 first and only 第/页/共/`/` with a 页. One pass, no allocation: it
    /// stops at the first scalar that none of the three shapes allows (the first ideograph of prose).
    static func isSeparatorOrPageNumber(_ s: [Unicode.Scalar]) -> Bool {
        var hasPipe = false
        var first: Unicode.Scalar?
        var last: Unicode.Scalar?
        var digits = 0
        var onlyDashOrColon = true
        var restDashes = true
        var restPageWords = true
        var restHasPage = false
        for c in s {
            if c == "|" {
                hasPipe = true
                continue
            }
            if separates(c) { continue }
            if first == nil { first = c }
            last = c
            if c != "-" && c != ":" { onlyDashOrColon = false }
            if isDigit(c) {
                digits += 1
                continue
            }
            if !isDash(c) { restDashes = false }
            if !isPageWord(c) { restPageWords = false } else if c == "页" { restHasPage = true }
            if !onlyDashOrColon && !restDashes && !restPageWords { return false }
        }
        guard let first, let last else { return !s.isEmpty && hasPipe }
        if hasPipe, onlyDashOrColon { return true }
        guard digits > 0, digits <= 4 else { return false }
        if isDash(first), isDash(last), restDashes { return true }
        return first == "第" && restHasPage && restPageWords
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("０"..."９").contains(c) }

    private static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "—" || c == "－" || c == "–" }

    private static func isPageWord(_ c: Unicode.Scalar) -> Bool { c == "第" || c == "页" || c == "共" || c == "/" }
}
