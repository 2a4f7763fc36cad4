import ReportModel

/// One generated report: its text, a file name, the layout it was printed in, and every value a correct
/// parser must get from it.
///
/// `expected` holds the values of the full pipeline (tables, narrative, identity, derived fields and
/// checks) for every field the report determines; a field not in it is expected to be null. The fields
/// read from words rather than tables are listed in `narrativeFields`, the report's identity in
/// `identityFields`, so that a test of one stage can leave the others out.
public struct SyntheticReport: Sendable {
    public let text: String
    /// "000042_1f3a…c9.txt": a running number and a hash, like the real corpus (".html" for `Layout.html`).
    public let fileName: String
    public let layout: Layout
    /// For `partial` and `template2019`: the text layout the tables are printed in; else `layout`.
    public let tableLayout: Layout
    public let agency: SyntheticAgency
    public let year: Int
    public let expected: [FieldID: Value]
    /// Fields stated in words: proactive.total, processing_fee, proposals.*, requests.new where the
    /// tables are images, and template where no table shows it.
    public let narrativeFields: Set<FieldID>
    /// agency, dept, province, city, county, level, year, published.
    public let identityFields: Set<FieldID>
    /// One figure was changed so that at least one check fails.
    public let isInconsistent: Bool
    /// The figures the tables print, cell by cell (blank cells and tables not printed as text left out): what
    /// the text says, which a reader may leave null where it cannot tell (glued web text) but never contradict.
    public let printed: [FieldID: Value]
    /// For glued web text: how its table rows read.
    public let gluedRows: GluedRowCounts
    /// Table 三's 结转下年度继续办理 per applicant column (six), as generated — what a panel's next year carries in.
    public internal(set) var carriedOut: [Int] = []
    /// A panel report (`PanelGenerator`) whose paragraphs copy its body's report for the year before, when
    /// there is one (false for every report outside a panel).
    public internal(set) var copiesProse = false
    /// The signing date's month and day (of the year after `year`).
    var signed = (month: 1, day: 1)

    public init(
        text: String, fileName: String, layout: Layout, tableLayout: Layout, agency: SyntheticAgency, year: Int,
        expected: [FieldID: Value], narrativeFields: Set<FieldID>, identityFields: Set<FieldID>, isInconsistent: Bool,
        printed: [FieldID: Value] = [:], gluedRows: GluedRowCounts = GluedRowCounts()
    ) {
        self.text = text
        self.fileName = fileName
        self.layout = layout
        self.tableLayout = tableLayout
        self.agency = agency
        self.year = year
        self.expected = expected
        self.narrativeFields = narrativeFields
        self.identityFields = identityFields
        self.isInconsistent = isInconsistent
        self.printed = printed
        self.gluedRows = gluedRows
    }

    /// The expected value of a field (null when the report does not state it).
    public func expectedValue(_ id: FieldID) -> Value { expected[id] ?? .null }

    /// The expected value of a field by canonical name or alias (null for unknown names).
    public subscript(name: String) -> Value {
        guard let id = FieldCatalog.standard.lookup(name) else { return .null }
        return expectedValue(id)
    }

    /// What the table extraction and derivation alone must give: `expected` without the narrative and
    /// identity fields.
    public func expectedFromTables(_ id: FieldID) -> Value {
        narrativeFields.contains(id) || identityFields.contains(id) ? .null : expectedValue(id)
    }
}
