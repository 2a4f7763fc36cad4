import ReportModel

/// What reading one table gave: its status when it was found as text, and the template it showed.
struct TableReading: Sendable {
    var status: TableStatus?
    var template: TableTemplate?
    var templateLine = 0
    var line = 0
    /// Table 三: the rows read in full (every cell a figure or a blank).
    var requestRows: Set<RequestRow> = []
    /// Table 二: the rows read in full (or printed with no column the model keeps).
    var proactiveRows: Set<ProactiveRow> = []
}
