import ReportModel

/// How the human formats (table, line, markdown, chart) show the cells of one column: numbers right,
/// everything else left; null as `RenderOptions.nullText`; bools as `true`/`false`; decimals with the
/// same number of fraction digits down the column (the fewest that show every shown value to
/// `RenderOptions.decimalPlaces`), so their points line up.
struct ColumnFormat {
    let alignment: TextAlignment
    /// Fraction digits for the column's decimals; nil shows the round-tripping text.
    let decimalPlaces: Int?

    init(column: ResultColumn, values: some Sequence<Value>, options: RenderOptions) {
        self.init(type: column.type ?? values.lazy.compactMap(\.type).first,
                  decimals: values.lazy.compactMap { if case .decimal(let number) = $0 { number } else { nil } },
                  options: options)
    }

    /// The format of a column's first `rows` cells, read typed (a `Value` only for `.values` cells).
    init(column: ResultColumn, cells: ResultCells, rows: Int, options: RenderOptions) {
        guard cells.kind != .values else {
            self.init(column: column, values: (0..<rows).lazy.map(cells.value), options: options)
            return
        }
        let present = (0..<rows).lazy.filter { !cells.isNull($0) }
        let kinds: [ResultCells.Kind: FieldType] = [.integer: .integer, .decimal: .decimal, .text: .text, .bool: .bool]
        self.init(type: column.type ?? (present.first == nil ? nil : kinds[cells.kind]),
                  decimals: cells.kind == .decimal ? Array(present.map(cells.decimal)) : [], options: options)
    }

    /// Numbers right; decimals to the fewest places (at most `decimalPlaces`) that show each of `decimals`.
    private init(type: FieldType?, decimals: some Sequence<Double>, options: RenderOptions) {
        alignment = type?.isNumeric == true ? .right : .left
        if let maxPlaces = options.decimalPlaces {
            var places = 0
            for number in decimals {
                places = max(places, DecimalText.placesNeeded(number, maxPlaces: maxPlaces))
            }
            decimalPlaces = places
        } else {
            decimalPlaces = nil
        }
    }

    /// The plain text of one cell (control characters are left for the caller to escape).
    func text(_ value: Value, options: RenderOptions) -> String {
        switch value {
        case .null: return options.nullText
        case .decimal(let number):
            guard number.isFinite else { return String(number) }
            guard let places = decimalPlaces else { return Value.format(decimal: number) }
            return DecimalText.fixed(number, places: places) ?? String(number)
        default: return value.description
        }
    }

    /// One format per column of `result`, measured over `rows` (the rows that will be shown).
    static func formats(for result: ResultSet, rows: ArraySlice<[Value]>, options: RenderOptions) -> [ColumnFormat] {
        result.columns.indices.map { index in
            ColumnFormat(
                column: result.columns[index],
                values: rows.lazy.map { index < $0.count ? $0[index] : .null },
                options: options
            )
        }
    }
}
