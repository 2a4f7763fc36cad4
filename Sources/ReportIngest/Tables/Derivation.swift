import ReportModel

/// Computes the derived fields (group rows, `org`, `received`, `litigation`, rates) and the checks
/// (`check.*`) from the values already in a record. A derived value is null when a value it needs is null;
/// derived values have origin `derived` and line 0. Sums that do not add up are reported by the checks
/// (false, with a warning), never corrected.
enum Derivation {
    static func apply(to record: inout ReportRecord) {
        var fields = DerivedFields(record: record)
        fields.sumGroupRows()
        fields.sumReceived()
        fields.sumOrganisations()
        fields.sumLitigation()
        fields.rates()
        record = fields.record
        ConsistencyChecks.apply(to: &record)
    }
}
