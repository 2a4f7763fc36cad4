import ReportModel

/// What table 三's three readings of one row decide (`RequestReconciler` applies it): the row-by-row
/// reading (`RequestTableReader`, cells already in the record), the sequence reading
/// (`StreamRequestRows`) and the rows of figures in the template's order (`OrderedRequestRows`).
///
/// - Read row by row: kept when no other reading contradicts it — certain, unless its label came from
///   pieces and the sequence reading did not confirm it. The figures around its label (the sequence
///   reading) may hold more than its own only when the ordered reading placed every row of figures of
///   the table and puts these same cells in this row (the others are other rows' figures). When another
///   reading gives other cells, the row is null — except a row read from pieces whose cells the sequence
///   and the ordered readings both contradict with the same cells: those are taken (uncertain).
/// - Not read row by row: the sequence or the ordered reading's cells are taken (uncertain); when both
///   read it and disagree, the row is null.
enum RequestRowVerdict: Equatable {
    case keep(uncertain: Bool)
    case null(note: String)
    /// Take these cells as an uncertain row; `note` when they replace the row-by-row reading.
    case take(StreamRequestRows.Cells, note: String?)
    case unread

    static func judge(
        _ row: RequestRow, printed: [Value]?, fromPieces: Bool, sequence: StreamRequestRows, ordered: OrderedRequestRows
    ) -> RequestRowVerdict {
        let streamed = sequence.rows[row]
        let placed = ordered.rows[row]
        let name = "table 三 row \(row.label)"
        guard let printed else {
            if let streamed, let placed, streamed.values != placed.values {
                return .null(note: "\(name): read as a sequence of labels and figures as \(show(streamed.values)), by the order of the rows of figures as \(show(placed.values)); left null")
            }
            return (streamed ?? placed).map { .take($0, note: nil) } ?? .unread
        }
        if fromPieces, let streamed, let placed, streamed.values == placed.values, placed.values != printed {
            return .take(placed, note: "\(name): read row by row from pieces as \(show(printed)), but as a sequence of labels and figures and by the order of the rows of figures as \(show(placed.values)); those taken")
        }
        let explained = ordered.isComplete && placed?.values == printed
        if let around = sequence.numbers[row], around != printed.compactMap(\.intValue), !explained {
            return .null(note: "\(name): read row by row as \(show(printed)), but the figures around its label are \(around.map(String.init).joined(separator: " ")); left null")
        }
        if let streamed, streamed.values != printed {
            return .null(note: "\(name): read row by row as \(show(printed)), as a sequence of labels and figures as \(show(streamed.values)); left null")
        }
        if let placed, placed.values != printed {
            return .null(note: "\(name): read row by row as \(show(printed)), by the order of the rows of figures as \(show(placed.values)); left null")
        }
        return .keep(uncertain: streamed == nil && fromPieces)
    }

    static func show(_ values: [Value]) -> String {
        values.map { $0.isNull ? "·" : "\($0)" }.joined(separator: " ")
    }
}
