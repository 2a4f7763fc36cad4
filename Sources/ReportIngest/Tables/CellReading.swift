import ReportModel

/// One cell read as a count or an amount, within `FigureBounds`.
enum CellReading {
    case value(Value)
    case blank
    case unreadable(String)
    /// A number outside what a figure can be (`FigureBounds`), as printed.
    case outOfRange(String)

    /// A count (件): a non-negative integer; "3.0" is 3; 0.5 or -1 is unreadable.
    static func count(_ cell: GridCell) -> CellReading {
        read(cell) { $0.count.map(Value.integer) }
    }

    /// An amount (万元): a non-negative decimal.
    static func amount(_ cell: GridCell) -> CellReading {
        read(cell) { $0.amount.map(Value.decimal) }
    }

    private static func read(_ cell: GridCell, as convert: (CellNumber) -> Value?) -> CellReading {
        switch cell.kind {
        case .blank: return .blank
        case .text: return .unreadable("text")
        case .unreadable(let raw): return .unreadable(raw)
        case .glued(let run): return .unreadable(run.text)
        case .number(let n):
            guard let value = convert(n) else { return .unreadable(n.text) }
            return FigureBounds.holds(value) ? .value(value) : .outOfRange(n.text)
        }
    }
}
