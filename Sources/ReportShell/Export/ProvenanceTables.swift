import ReportModel
import ReportOutput

/// The tables that carry provenance into a SQLite export of reports: `sources` (`id`, `field`,
/// `file`, `line`, `origin`) — for every row of the result with an `id` of a loaded report and every
/// column that is a field of the catalog (by name or alias) holding that report's own value, where
/// the value was read: the same file and line as `source()` (line null for a derived value) — and
/// `warnings` (`id`, `message`), what loading noticed about each of those reports. A column whose
/// value differs from the report's (an expression given a field's name) has no sources row: a
/// provenance is never claimed for a value it did not produce. A result without `id` has neither.
///
/// Both are streamed (`ExportBatches`): the rows of `batchRows` result rows at a time, so memory stays
/// bounded however many reports and fields there are (a generated report has ~250 sources rows, so
/// `export reports` of 100,000 is ~25 million, which held as values took 10.4 GB).
enum ProvenanceTables {
    /// Result rows whose provenance rows make one batch: 16 reports, ~4,000 rows, about a megabyte.
    static let batchRows = 16

    static func tables(for result: ResultSet, records: [ReportRecord], catalog: FieldCatalog = .standard) -> [ExportTable] {
        guard let idColumn = result.columns.firstIndex(where: { $0.name == "id" }) else { return [] }
        var byID: [String: Int] = [:]
        for (index, record) in records.enumerated() { byID[record.id] = index }
        let reports = ReportRows(result: result, idColumn: idColumn, byID: byID, records: records)
        let fields = result.columns.map { catalog.lookup($0.name) }
        let text = { (name: String) in ResultColumn(name: name, type: .text) }
        let sourceColumns = [text("id"), text("field"), text("file"), ResultColumn(name: "line", type: .integer), text("origin")]
        let warningColumns = [text("id"), text("message")]
        return [
            ExportTable(name: "sources", columns: sourceColumns, batches: ExportBatches { emit in
                reports.forEachBatch(columns: sourceColumns, emit: emit) { row, id, record in
                    fields.enumerated().compactMap { column, field -> [Value]? in
                        guard let field, !record[field].isNull, record[field] == result[row, column],
                              let provenance = record.source(of: field) else { return nil }
                        return [.text(id), .text(result.columns[column].name), .text(record.file),
                                provenance.line > 0 ? .integer(provenance.line) : .null, .text(provenance.origin.rawValue)]
                    }
                }
            }),
            ExportTable(name: "warnings", columns: warningColumns, batches: ExportBatches { emit in
                var warned: Set<String> = []
                reports.forEachBatch(columns: warningColumns, emit: emit) { _, id, record in
                    guard warned.insert(id).inserted else { return [] }
                    return record.warningList.map { [.text(id), .text($0)] }
                }
            }),
        ]
    }
}

/// The result's rows that are loaded reports (by `id`), walked `ProvenanceTables.batchRows` at a time.
private struct ReportRows: Sendable {
    let result: ResultSet
    let idColumn: Int
    let byID: [String: Int]
    let records: [ReportRecord]

    /// Calls `emit` with the rows `rows` gives for each result row of a report, a batch at a time.
    func forEachBatch(columns: [ResultColumn], emit: (ResultSet) -> Bool,
                      rows: (_ row: Int, _ id: String, _ record: ReportRecord) -> [[Value]]) {
        var start = 0
        while start < result.rowCount {
            let end = min(result.rowCount, start + ProvenanceTables.batchRows)
            var batch: [[Value]] = []
            for row in start..<end {
                guard case .text(let id) = result[row, idColumn], let index = byID[id] else { continue }
                batch += rows(row, id, records[index])
            }
            if !batch.isEmpty, !emit(ResultSet(columns: columns, rows: batch)) { return }
            start = end
        }
    }
}
