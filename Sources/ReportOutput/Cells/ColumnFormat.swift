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
        let type = column.type ?? values.lazy.compactMap(\.type).first
        alignment = type?.isNumeric == true ? .right : .left
        if let maxPlaces = options.decimalPlaces {
            var places = 0
            for case .decimal(let number) in values {
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
