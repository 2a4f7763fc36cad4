import ReportModel

/// The column sums of table 三 that can decide glued rows: per column, 一 + 二 = （七）+ 四 and
/// （七）= the sum of the outcome rows, each kept only when it involves a candidate row and every other
/// row it names has a value in that column.
struct ColumnSums {
    private struct Check {
        let column: Int
        let plus: [RequestRow]
        let minus: [RequestRow]
    }

    private var checks: [Check] = []

    init(outcomes: [RequestRow], fixed: [RequestRow: [Int?]], candidates: Set<RequestRow>) {
        let equations: [([RequestRow], [RequestRow])] = [([.new, .carriedIn], [.processed, .carriedOut]), ([.processed], outcomes)]
        for column in ApplicantColumn.printed.indices {
            for (plus, minus) in equations {
                let rows = plus + minus
                guard rows.contains(where: candidates.contains) else { continue }
                guard rows.allSatisfy({ candidates.contains($0) || fixed[$0]?[column] != nil }) else { continue }
                checks.append(Check(column: column, plus: plus, minus: minus))
            }
        }
    }

    /// Every kept sum holds with these row values.
    func hold(_ rows: [RequestRow: [Int?]]) -> Bool {
        checks.allSatisfy { check in
            func total(_ list: [RequestRow]) -> Int { list.reduce(0) { $0 + (rows[$1]?[check.column] ?? 0) } }
            return total(check.plus) == total(check.minus)
        }
    }
}
