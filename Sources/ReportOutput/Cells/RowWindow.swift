import ReportModel

/// The rows a human format shows (`RenderOptions.maxRows`) and the lines it ends with: how many rows
/// were left out and how to see them, then the row-count footer when `RenderOptions.footer` is on.
struct RowWindow {
    private let result: ResultSet
    let total: Int
    /// How many rows are shown: the first `shownCount`.
    let shownCount: Int

    init(_ result: ResultSet, options: RenderOptions) {
        self.result = result
        total = result.rowCount
        shownCount = options.maxRows > 0 ? min(total, options.maxRows) : total
    }

    /// The shown rows' values (made on each call; the byte renderers read cells instead).
    var shown: ArraySlice<[Value]> { (0..<shownCount).map(result.row)[...] }

    var omitted: Int { total - shownCount }

    /// `… 1,234 more rows not shown (HINT)`, nil when every row is shown.
    func elisionLine(options: RenderOptions) -> String? {
        guard omitted > 0 else { return nil }
        let noun = omitted == 1 ? "row" : "rows"
        return "… \(RowWindow.grouped(omitted)) more \(noun) not shown (\(options.elisionHint))"
    }

    /// `(1 row)`, `(1,234 rows)` — the total, shown or not; nil when the footer is off.
    func footerLine(options: RenderOptions) -> String? {
        guard options.footer else { return nil }
        return RenderOptions.footer(rows: total)
    }

    /// The trailing lines (elision, footer), each ending in a newline.
    func trailer(options: RenderOptions) -> String {
        [elisionLine(options: options), footerLine(options: options)].compactMap { $0 }.map { $0 + "\n" }.joined()
    }

    /// A count with thousands separators: 1234567 → `1,234,567`.
    static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return count < 0 ? "-" + out : out
    }
}
