import ReportModel

/// Table 三 read as a sequence (`TableStream`): each row label found by its words (`LabelSegments`,
/// `TableRowKeys.requests`, else `FuzzyLabel`), and the figures printed after it or between its pieces
/// taken as its cells when there are exactly seven (the template's count). Labels printed as a column
/// before their figures — k labels without figures, then 7k figures — take them in order; fewer figures
/// than that after such labels are no row's (they may be any of the labels' own).
struct StreamRequestRows {
    struct Cells: Sendable, Equatable {
        /// In `ApplicantColumn.printed` order; null for a blank placeholder (-, /).
        var values: [Value]
        var lines: [Int]
    }

    private(set) var rows: [RequestRow: Cells] = [:]
    /// Why a row whose label was found has no cells.
    private(set) var problems: [RequestRow: String] = [:]
    /// Figures printed on the group rows （三）–（六） of a 2021 table (their subtotals).
    private(set) var subtotals: [RequestRow: Cells] = [:]
    private(set) var template: TableTemplate?
    /// Rows whose label was found.
    private(set) var labelled: Set<RequestRow> = []
    /// The numbers printed after each row's label (blanks left out, an unreadable figure as -1), in order:
    /// what a row read row by row must agree with.
    private(set) var numbers: [RequestRow: [Int]] = [:]
    /// How many figures each data row's label had after it (or around its pieces).
    private(set) var counts: [RequestRow: Int] = [:]

    static let width = ApplicantColumn.printed.count
    static let fuzzy = FuzzyLabel<RequestRow>(RequestRow.allCases.filter { $0 != .received }.map { ($0, $0.label) })
    static let groups: [RequestRow] = [.denied, .unavailable, .notProcessed, .otherHandling]

    static func numbers(_ figures: [TableStream.Figure]) -> [Int] {
        figures.compactMap { figure in
            switch figure.kind {
            case .blank: return nil
            case .number(let n): return n.count ?? -1
            default: return -1
            }
        }
    }

    init(_ stream: TableStream) {
        let text = stream.text
        let cut = LabelSegments(text)
        let segments = cut.segments
        var named: [RequestRow?] = segments.map { segment in
            let label = Array(text[segment.range])
            if let row = TableRowKeys.requests.match(label) { return row }
            guard let mark = segment.mark else { return nil }
            return Self.fuzzy.match(mark: mark, body: text[(segment.range.lowerBound + segment.markLength)..<segment.range.upperBound])
        }
        // A row named twice: neither is trusted.
        var seen: [RequestRow: Int] = [:]
        for row in named.compactMap({ $0 }) { seen[row, default: 0] += 1 }
        for (i, row) in named.enumerated() {
            guard let row, seen[row]! > 1 else { continue }
            problems[row] = "its label is printed twice"
            named[i] = nil
        }
        labelled = Set(named.compactMap { $0 })
        template = labelled.contains(where: RequestRow.otherHandling.children.contains) ? .y2021
            : (labelled.contains(.otherHandling) ? .y2019 : nil)
        let dataRows = Set(template == .y2019 ? RequestTableReader.singleOtherHandling : RequestRow.printed)

        var figures = Array(repeating: [TableStream.Figure](), count: segments.count)
        for figure in stream.figures {
            if let i = cut.index(ofFigureAt: figure.offset) { figures[i].append(figure) }
        }
        // Labels in a column before their figures: k empty data rows, then 7k figures on the next.
        var waiting: [Int] = []
        var ambiguous: [RequestRow: String] = [:]
        for (i, row) in named.enumerated() {
            guard let row, dataRows.contains(row) else {
                if !figures[i].isEmpty { waiting.removeAll() }
                continue
            }
            if figures[i].isEmpty {
                waiting.append(i)
                continue
            }
            if !waiting.isEmpty, figures[i].count == Self.width * (waiting.count + 1) {
                let all = figures[i]
                for (k, j) in (waiting + [i]).enumerated() {
                    figures[j] = Array(all[(k * Self.width)..<((k + 1) * Self.width)])
                }
            } else if let j = waiting.last, let before = named[j] {
                // Fewer rows of figures than labels: they may be any of the labels' own.
                ambiguous[row] = "its figures follow the label of \(before.label), which has none: whose they are is not known"
            }
            waiting.removeAll()
        }
        for (i, row) in named.enumerated() {
            guard let row else { continue }
            let isData = dataRows.contains(row)
            guard isData || (template == .y2021 && Self.groups.contains(row)) else { continue }
            let printed = figures[i]
            if isData {
                counts[row] = printed.count
                numbers[row] = Self.numbers(printed)
            }
            if printed.isEmpty, !isData { continue }
            guard printed.count == Self.width else {
                if isData { problems[row] = "\(printed.count) figures after its label where \(Self.width) were expected" }
                continue
            }
            var cells = Cells(values: [], lines: [])
            var unreadable: String?
            for figure in printed {
                switch CellReading.count(GridCell(kind: figure.kind, line: figure.line)) {
                case .value(let v): cells.values.append(v)
                case .blank: cells.values.append(.null)
                case .unreadable(let raw), .outOfRange(let raw): unreadable = unreadable ?? raw
                }
                cells.lines.append(figure.line)
            }
            if let unreadable {
                if isData { problems[row] = "'\(unreadable)' is not a number" }
            } else if let reason = ambiguous[row] {
                problems[row] = reason
            } else if isData {
                rows[row] = cells
            } else {
                subtotals[row] = cells
            }
        }
    }
}
