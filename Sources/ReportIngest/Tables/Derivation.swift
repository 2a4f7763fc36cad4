import ReportModel

/// Computes the derived fields (group rows, `org`, `received`, `litigation`, rates) and the checks
/// (`check.*`) from the values already in a record. A derived value is null when a value it needs is null.
enum Derivation {
    static func apply(to record: inout ReportRecord) {
        // Implemented on the ingest-tables branch.
    }
}
