import ReportModel
import ReportOutput

/// The tables that carry provenance into a SQLite export of reports: `sources` (`id`, `field`,
/// `file`, `line`, `origin`) — for every row of the result with an `id` of a loaded report and every
/// column that is a field of the catalog (by name or alias) holding that report's own value, where
/// the value was read: the same file and line as `source()` (line null for a derived value) — and
/// `warnings` (`id`, `message`), what loading noticed about each of those reports. A column whose
/// value differs from the report's (an expression given a field's name) has no sources row: a
/// provenance is never claimed for a value it did not produce. A result without `id` has neither.
enum ProvenanceTables {
    static func tables(for result: ResultSet, records: [ReportRecord], catalog: FieldCatalog = .standard) -> [ExportTable] {
        guard let idColumn = result.columns.firstIndex(where: { $0.name == "id" }) else { return [] }
        var byID: [String: Int] = [:]
        for (index, record) in records.enumerated() { byID[record.id] = index }
        let fields = result.columns.map { catalog.lookup($0.name) }
        var sources: [[Value]] = []
        var warnings: [[Value]] = []
        var warned: Set<Int> = []
        for row in 0..<result.rowCount {
            guard case .text(let id) = result[row, idColumn], let index = byID[id] else { continue }
            let record = records[index]
            for (column, field) in fields.enumerated() {
                guard let field, !record[field].isNull, record[field] == result[row, column],
                      let provenance = record.source(of: field) else { continue }
                sources.append([.text(id), .text(result.columns[column].name), .text(record.file),
                                provenance.line > 0 ? .integer(provenance.line) : .null, .text(provenance.origin.rawValue)])
            }
            if warned.insert(index).inserted {
                warnings += record.warningList.map { [.text(id), .text($0)] }
            }
        }
        let text = { (name: String) in ResultColumn(name: name, type: .text) }
        return [
            ExportTable(name: "sources", result: ResultSet(
                columns: [text("id"), text("field"), text("file"), ResultColumn(name: "line", type: .integer), text("origin")],
                rows: sources)),
            ExportTable(name: "warnings", result: ResultSet(columns: [text("id"), text("message")], rows: warnings)),
        ]
    }
}
