import ReportModel

/// Everything a correct parser must get from one synthetic report: the tables (`TableOracle`), the
/// template, the figures stated in words and the report's identity.
struct SynthExpectations {
    private(set) var values: [FieldID: Value]
    private(set) var narrativeFields: Set<FieldID> = []
    private(set) var identityFields: Set<FieldID> = []
    /// The figures the tables print, cell by cell.
    private(set) var printed: [FieldID: Value] = [:]
    private(set) var gluedRows = GluedRowCounts()
    private let catalog = FieldCatalog.standard

    init(tables: SynthReportTables, agency: SyntheticAgency, year: Int, figures: NarrativeWriter.Figures,
         citesTemplate2019: Bool, flowed: Bool, glued: Bool) {
        let oracle = TableOracle(proactive: tables.proactive, requests: tables.requests, review: tables.review,
                                 requestRows: tables.figures.rows, flowed: flowed, glued: glued)
        values = oracle.values
        gluedRows = oracle.glued
        for case .text(let table) in [tables.proactive, tables.requests, tables.review] {
            for row in table.rows where !row.isHeader {
                for cell in row.cells where !cell.isBlank { if let field = cell.field { printed[field] = cell.value } }
            }
        }
        if Self.tablesShowTemplate(tables) {
            values[catalog.id("template")] = .text(tables.template2019 ? "2019" : "2021")
        } else {
            narrative("template", .text(citesTemplate2019 ? "2019" : "2021"))
        }
        narrative("proactive.total", .integer(figures.proactiveTotal))
        narrative("processing_fee", .decimal(Double(figures.processingFee)))
        narrative("proposals.npc", .integer(figures.npc))
        narrative("proposals.cppcc", .integer(figures.cppcc))
        // Stated apart, the two add up to the combined count (fields.md: proposals.total).
        narrative("proposals.total", .integer(figures.npc + figures.cppcc))
        if let new = figures.requestsNew { narrative("requests.new.total", .integer(new)) }
        identity("agency", agency.name)
        identity("agency_printed", agency.name)
        identity("dept", agency.dept)
        identity("province", agency.province)
        identity("city", agency.city)
        identity("county", agency.county)
        identity("level", agency.level)
        identity("year", nil, .integer(year))
        identity("published", nil)
        values.merge(Self.dates(year: year, published: figures.published)) { $1 }
    }

    /// The fields a report's year and signing date (`month`/`day` of the next year) decide: `year`,
    /// `published`, `check.timely` and `days_late`. Every synthetic body is a department (`PlaceList`,
    /// `PanelPlaces`): due by 31 January of the next year, and published in January, February or March.
    static func dates(year: Int, published: (month: Int, day: Int)) -> [FieldID: Value] {
        let catalog = FieldCatalog.standard
        let (month, day) = published
        let februaryDays = (year + 1) % 4 == 0 && ((year + 1) % 100 != 0 || (year + 1) % 400 == 0) ? 29 : 28
        let late = month == 1 ? 0 : (month == 2 ? day : februaryDays + day)
        return [catalog.id("year"): .integer(year),
                catalog.id("published"): .text("\(year + 1)-0\(month)-\(day < 10 ? "0" : "")\(day)"),
                catalog.id("check.timely"): .bool(late == 0), catalog.id("days_late"): .integer(late)]
    }

    /// Table 二 printed as text shows the template by its headings; else table 三 by its （六） rows.
    private static func tablesShowTemplate(_ tables: SynthReportTables) -> Bool {
        if case .text(let t) = tables.proactive, t.rows.contains(where: { !$0.isHeader && !$0.isAllBlank }) {
            return true
        }
        guard case .text(let t) = tables.requests else { return false }
        let catalog = FieldCatalog.standard
        let family = Set(([RequestRow.otherHandling] + RequestRow.otherHandling.children).flatMap { row in
            ApplicantColumn.printed.map { catalog.requests(row, $0) }
        })
        return t.rows.contains { row in
            !row.isHeader && !row.isAllBlank && row.cells.contains { $0.field.map(family.contains) == true }
        }
    }

    private mutating func narrative(_ name: String, _ value: Value) {
        let id = catalog.id(name)
        values[id] = value
        narrativeFields.insert(id)
    }

    private mutating func identity(_ name: String, _ text: String?, _ value: Value? = nil) {
        let id = catalog.id(name)
        identityFields.insert(id)
        if let value = value ?? text.map(Value.text) { values[id] = value }
    }
}
