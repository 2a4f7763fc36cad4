import ReportModel

/// The one rule that decides, for table 三, whether printed figures are kept or left null (issue 14).
///
/// - A row is **certain** when the layout leaves no doubt: its row-by-row reading (`RequestTableReader`)
///   and its sequence reading (`StreamRequestRows`) give the same cells, or the row-by-row reading took
///   its label and figures from one printed row (not from pieces).
/// - A row is **uncertain** when only one reading found it and it came from pieces: a label put
///   together from fragments, or figures the sequence reading alone placed, or a row of figures without
///   a label that only the template's order of rows places (`OrderedRequestRows`).
/// - When two readings give different cells, the row is null (`RequestReconciler` warns with both).
/// - An uncertain row whose six applicant columns do not add up to its 总计 is null, with a warning
///   giving the sum.
/// - An uncertain row in a column sum that fails — 一 + 二 = （七）总计 + 四, （七）总计 = the outcome rows,
///   a printed group subtotal = its items — is null, with a warning giving the sum, when the rest of the
///   table satisfies its sums (every sum without an uncertain row holds). When the rest does not, the
///   report itself prints inconsistent figures: they are kept, and `check.*` reports them.
/// - A certain row is kept whatever the sums say: the report printed it so, and `check.*` reports it.
enum SumGuard {
    /// One sum of the template over cells of the record: `left` = `right`.
    struct Sum {
        var name: String
        var left: [(RequestRow, ApplicantColumn)]
        var right: [(RequestRow, ApplicantColumn)]
        /// A printed subtotal stands on the left instead of cells.
        var printed: Int?
        /// One row's applicant columns = its 总计.
        var isRowSum = false
    }

    /// The uncertain rows to leave null, each with the failing sum that decides it. A row's own sum
    /// (applicants = 总计) decides alone; a column sum decides only when every sum without an uncertain
    /// row holds — else the report itself prints inconsistent figures, which are kept.
    static func rowsToNull(
        uncertain: Set<RequestRow>, template: TableTemplate?, subtotals: [RequestRow: [Value]], record: ReportRecord
    ) -> [(row: RequestRow, reason: String)] {
        guard !uncertain.isEmpty else { return [] }
        var out: [RequestRow: String] = [:]
        var failing: [(Sum, Int, Int)] = []
        var consistent = true
        for sum in sums(template: template, subtotals: subtotals) {
            guard let left = total(sum.left, record).map({ $0 + (sum.printed ?? 0) }),
                  let right = total(sum.right, record), left != right else { continue }
            let terms = sum.left + sum.right
            if !terms.contains(where: { uncertain.contains($0.0) }) {
                consistent = false
            } else if sum.isRowSum, let row = terms.first?.0 {
                out[row] = out[row] ?? "\(sum.name) fails (\(left) ≠ \(right))"
            } else {
                failing.append((sum, left, right))
            }
        }
        if consistent {
            for (sum, left, right) in failing {
                for (row, _) in sum.left + sum.right where uncertain.contains(row) && out[row] == nil {
                    out[row] = "\(sum.name) fails (\(left) ≠ \(right))"
                }
            }
        }
        return RequestRow.allCases.compactMap { row in out[row].map { (row, $0) } }
    }

    private static let catalog = FieldCatalog.standard

    private static func total(_ cells: [(RequestRow, ApplicantColumn)], _ record: ReportRecord) -> Int? {
        var sum = 0
        for (row, column) in cells {
            guard let v = record[catalog.requests(row, column)].intValue else { return nil }
            sum += v
        }
        return sum
    }

    static func sums(template: TableTemplate?, subtotals: [RequestRow: [Value]]) -> [Sum] {
        let single = template == .y2019
        let outcomes = single ? RequestTableReader.singleOtherHandling.filter { ![.new, .carriedIn, .processed, .carriedOut].contains($0) }
            : RequestRow.outcomes
        let rows = single ? RequestTableReader.singleOtherHandling : RequestRow.printed
        var sums: [Sum] = []
        for column in ApplicantColumn.printed {
            sums.append(Sum(name: "一+二=三(七)+四 in column \(column.name)", left: [(.new, column), (.carriedIn, column)],
                            right: [(.processed, column), (.carriedOut, column)]))
            sums.append(Sum(name: "(七)总计 = the outcome rows in column \(column.name)", left: [(.processed, column)],
                            right: outcomes.map { ($0, column) }))
            for (group, printed) in subtotals {
                guard let i = ApplicantColumn.printed.firstIndex(of: column), let value = printed[i].intValue else { continue }
                sums.append(Sum(name: "\(group.label) = its items in column \(column.name)", left: [], right: group.children.map { ($0, column) },
                                printed: value))
            }
        }
        for row in rows {
            sums.append(Sum(name: "the applicant columns = 总计 in row \(row.label)",
                            left: ApplicantColumn.applicants.map { (row, $0) }, right: [(row, .total)], isRowSum: true))
        }
        return sums
    }
}
