import ReportModel

/// When the narrative states a figure that a table also gives, the table value stays and a disagreement
/// becomes a warning naming both: "text and table disagree on proactive.normative.issued: text 9 (line 32),
/// table 7 (line 67)".
enum TextTableComparison {
    /// Warns when `field` holds a table value different from the text's figure; returns whether it did.
    @discardableResult
    static func check(_ field: FieldID, text: Figure, in record: inout ReportRecord) -> Bool {
        guard let source = record.source(of: field), source.origin == .table else { return false }
        let table = record[field]
        guard let tableNumber = table.doubleValue, let textNumber = text.value.doubleValue,
              tableNumber != textNumber else { return false }
        let name = FieldCatalog.standard[field].name
        record.warn("text and table disagree on \(name): text \(text.value) (line \(text.line)), "
                    + "table \(table) (line \(source.line))")
        return true
    }
}
