import ReportModel

/// How the data formats (CSV, TSV, JSON) write a value: exactly, never rounded.
enum DataText {
    /// Integers in full, decimals as their shortest round-tripping text (`Value.format(decimal:)`),
    /// bools as `true`/`false`, text as is; nil for null and for a non-finite decimal (written as null,
    /// never as `nan`/`inf`).
    static func plain(_ value: Value) -> String? {
        switch value {
        case .null: return nil
        case .decimal(let number): return number.isFinite ? Value.format(decimal: number) : nil
        default: return value.description
        }
    }
}
