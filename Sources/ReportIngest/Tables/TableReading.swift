import ReportModel

/// How a table appears in a report (`tables.*`).
enum TableStatus: String, Sendable {
    case text, partial, image, absent
}

/// What reading one table gave: its status when it was found as text, and the template it showed.
struct TableReading: Sendable {
    var status: TableStatus?
    var template: TableTemplate?
    var templateLine = 0
    var line = 0
}

/// One cell read as a count or an amount.
enum CellReading {
    case value(Value)
    case blank
    case unreadable(String)

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
        case .number(let n): return convert(n).map(CellReading.value) ?? .unreadable(n.text)
        }
    }
}

extension CellNumber {
    var text: String {
        switch self {
        case .integer(let v): return String(v)
        case .decimal(let v): return String(v)
        }
    }
}

/// Writes a table's `tables.*` status and the warnings that go with it.
enum TableStatusWriter {
    static func write(
        _ table: TableKind, reading: TableReading, found: LocatedTables, into record: inout ReportRecord
    ) {
        let status: TableStatus
        var line = reading.line
        if let read = reading.status {
            status = read
        } else if let imageLine = found.imageLine[table] {
            status = .image
            line = imageLine
            record.warn("\(table.title) is an image; its figures are null")
        } else {
            status = .absent
            record.warn("\(table.title) is absent; its figures are null")
        }
        record.set(FieldCatalog.standard.id(table.statusField), .text(status.rawValue), line: line, origin: .table)
    }

    /// "a, b, c" for a warning, or "only x, y printed" when most rows are missing.
    static func describeMissing(_ missing: [String], printed: [String]) -> String {
        if missing.count <= 5 || printed.isEmpty { return "missing " + missing.joined(separator: ", ") }
        return "only " + printed.joined(separator: ", ") + " printed (\(missing.count) rows missing)"
    }
}

/// Reads one located row: fits its cells to the template's width and parses each; nil (and a warning)
/// when the row cannot be read with confidence — then none of its cells is set.
enum RowReader {
    /// - Parameters:
    ///   - name: "table 三 row （一）予以公开", for warnings.
    ///   - parse: reads cell `i`; nil skips a column the model does not keep.
    /// - Returns: the column index, value and line of every cell read; blank cells are counted in `blanks`.
    static func read(
        _ matched: MatchedRow, width: Int, dataColumn: Int?, name: String, blanks: inout Int,
        record: inout ReportRecord, parse: (Int, GridCell) -> CellReading?
    ) -> [(column: Int, value: Value, line: Int)]? {
        guard let cells = GridRow.fit(matched.cells, to: width, dataColumn: dataColumn) else {
            if GridRow.fittings(matched.cells, to: width).isEmpty {
                let count = GridRow.trimmed(matched.cells).count
                record.warn("\(name) (line \(matched.line)): \(count) cells instead of \(width); left null")
            } else {
                record.warn("\(name) (line \(matched.line)): blank cells at both ends, their columns are uncertain; left null")
            }
            return nil
        }
        var values: [(column: Int, value: Value, line: Int)] = []
        var rowBlanks = 0
        for (i, cell) in cells.enumerated() {
            switch parse(i, cell) {
            case .value(let v)?: values.append((i, v, cell.line))
            case .blank?: rowBlanks += 1
            case .unreadable(let raw)?:
                record.warn("\(name) (line \(cell.line)): '\(raw)' is not a number; left null")
                return nil
            case nil: continue
            }
        }
        blanks += rowBlanks
        return values
    }

    static func warnBlanks(_ blanks: Int, table: TableKind, record: inout ReportRecord) {
        if blanks > 0 { record.warn("\(table.title): \(blanks) blank cell\(blanks == 1 ? "" : "s") read as null") }
    }
}
