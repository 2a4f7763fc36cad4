import ReportModel

/// One printed cell of a synthetic table: its text, and for a figure the field it fills and the value
/// a reader must get from it (null for a blank cell).
struct SynthCell: Sendable {
    var text: String
    var field: FieldID?
    var value: Value

    static func header(_ text: String) -> SynthCell { SynthCell(text: text, field: nil, value: .null) }

    var isBlank: Bool { text.isEmpty }
}
