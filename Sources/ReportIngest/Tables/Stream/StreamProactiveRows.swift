import ReportModel

/// Table 二 read as a sequence (`TableStream`): its row labels carry no numbering, so the label text is
/// cut before each row's key word (规章, 规范性文件, 行政许可 …, `TableRowKeys.proactiveWords`), and the
/// figures printed after a key, up to the next one, are that row's cells when there are exactly as many
/// as the template prints (2021: 3, 3, 1, 1, 1, 1).
struct StreamProactiveRows {
    struct Cells: Sendable, Equatable {
        var kinds: [GridCell.Kind]
        var lines: [Int]
    }

    private(set) var rows: [ProactiveRow: Cells] = [:]
    private(set) var problems: [ProactiveRow: String] = [:]
    /// The numbers printed after each row's label (blanks left out, an unreadable figure as -1), in order:
    /// what a row read row by row must agree with.
    private(set) var numbers: [ProactiveRow: [Int]] = [:]
    /// How many figures each row's label had after it.
    private(set) var counts: [ProactiveRow: Int] = [:]

    init(_ stream: TableStream, widths: (ProactiveRow) -> Int) {
        let text = stream.text
        var cuts: [(at: Int, row: ProactiveRow)] = []
        var i = 0
        while i < text.count {
            if let (row, length) = TableRowKeys.proactiveWord(text, at: i) {
                cuts.append((i, row))
                i += length
            } else {
                i += 1
            }
        }
        var count: [ProactiveRow: Int] = [:]
        for cut in cuts { count[cut.row, default: 0] += 1 }
        var figures = Array(repeating: [TableStream.Figure](), count: cuts.count)
        for figure in stream.figures {
            // The last cut before the figure.
            var lower = 0
            var upper = cuts.count
            while lower < upper {
                let mid = (lower + upper) / 2
                if cuts[mid].at < figure.offset { lower = mid + 1 } else { upper = mid }
            }
            if lower > 0 { figures[lower - 1].append(figure) }
        }
        for (k, cut) in cuts.enumerated() {
            let row = cut.row
            guard count[row] == 1 else {
                problems[row] = "its label is printed \(count[row]!) times"
                continue
            }
            let width = widths(row)
            guard width > 0 else { continue }
            counts[row] = figures[k].count
            numbers[row] = StreamRequestRows.numbers(figures[k])
            guard figures[k].count == width else {
                problems[row] = "\(figures[k].count) figures after its label where \(width) were expected"
                continue
            }
            rows[row] = Cells(kinds: figures[k].map(\.kind), lines: figures[k].map(\.line))
        }
    }
}
