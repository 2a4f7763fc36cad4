import ReportModel
import ReportOutput
import ReportQuery

/// `.chart [LABEL VALUE]`: the last result as a horizontal bar chart. Columns are named or numbered
/// from 1; without them the first text column labels the bars and the first numeric column sizes them.
struct ChartCommand: MetaCommand {
    let name = ".chart"
    let usage = ".chart [LABEL VALUE]"
    let summary = "the last result as a bar chart (columns by name or number)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        guard arguments.isEmpty || arguments.count == 2 else {
            return wrongUsage(session, "name both columns, or neither")
        }
        guard let result = session.lastResult else {
            return session.fail(QueryError("nothing to chart yet", hint: "run a query first, then .chart"))
        }
        var chart = ChartRenderer()
        if arguments.count == 2 {
            switch (column(arguments[0], in: result), column(arguments[1], in: result)) {
            case (.failure(let error), _), (_, .failure(let error)): return session.fail(error)
            case (.success(let label), .success(let value)): chart = ChartRenderer(labelColumn: label, valueColumn: value)
            }
        }
        do {
            session.print(try chart.render(result, options: session.renderOptions))
        } catch {
            return session.fail(QueryError(error.description))
        }
        return .success
    }

    /// A column by its name (any letter case) or its number from 1, as a 0-based index.
    func column(_ text: String, in result: ResultSet) -> Result<Int, QueryError> {
        let names = result.columns.map(\.name)
        if let number = Int(text) {
            guard number >= 1, number <= names.count else {
                return .failure(QueryError("there is no column \(number)", hint: "the last result has \(names.count) (numbered from 1)"))
            }
            return .success(number - 1)
        }
        if let index = names.firstIndex(of: text) ?? names.firstIndex(where: { $0.lowercased() == text.lowercased() }) {
            return .success(index)
        }
        return .failure(QueryError("the last result has no column '\(text)'",
                                   hint: "its columns: " + names.joined(separator: ", ")))
    }

    func completions(argument index: Int, prefix: String, session: Session) -> [String] {
        (session.lastResult?.columns.map(\.name) ?? []).filter { index < 2 && $0.hasPrefix(prefix) }
    }
}
