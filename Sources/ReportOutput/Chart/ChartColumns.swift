import ReportModel

/// Which columns a chart draws: the value column, and the label column (nil: label by row number).
struct ChartColumns {
    let label: Int?
    let value: Int

    init(_ result: ResultSet, label explicitLabel: Int?, value explicitValue: Int?) throws(ChartError) {
        let columns = result.columns
        for index in [explicitLabel, explicitValue].compactMap({ $0 }) where !columns.indices.contains(index) {
            throw .columnOutOfRange(index: index, columnCount: columns.count)
        }
        let numeric = columns.indices.filter { ChartColumns.isNumeric($0, in: result) }
        if let explicitValue, !numeric.contains(explicitValue) {
            throw .notNumeric(column: columns[explicitValue].name)
        }
        let candidates = columns.indices.filter { $0 != explicitValue }
        let chosenLabel = explicitLabel
            ?? candidates.first { !numeric.contains($0) }
            ?? (columns.count >= 2 ? candidates.first : nil)
        guard let chosenValue = explicitValue ?? numeric.first(where: { $0 != chosenLabel }) else {
            throw .noNumericColumn
        }
        label = chosenLabel
        value = chosenValue
    }

    /// A numeric column by type, or — when the type is unknown — by its values: at least one number and
    /// nothing but numbers and nulls.
    static func isNumeric(_ index: Int, in result: ResultSet) -> Bool {
        if let type = result.columns[index].type { return type.isNumeric }
        let values = (0..<result.rowCount).lazy.map { result[$0, index] }.filter { !$0.isNull }
        return !values.isEmpty && values.allSatisfy { $0.doubleValue != nil }
    }
}
