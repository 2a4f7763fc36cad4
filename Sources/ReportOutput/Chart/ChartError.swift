/// Why a result cannot be drawn as a bar chart.
public enum ChartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No column holds numbers, so there is nothing to measure bars by.
    case noNumericColumn
    /// An explicit column index (0-based) outside the result's columns.
    case columnOutOfRange(index: Int, columnCount: Int)
    /// The explicit value column is not numeric.
    case notNumeric(column: String)

    public var description: String {
        switch self {
        case .noNumericColumn:
            return "cannot chart: the result has no numeric column"
        case .columnOutOfRange(let index, let count):
            return "cannot chart: there is no column \(index) (columns are numbered from 0; the result has \(count))"
        case .notNumeric(let column):
            return "cannot chart: column '\(column)' is not numeric"
        }
    }
}
