/// What reading one table gave: its status when it was found as text, and the template it showed.
struct TableReading: Sendable {
    var status: TableStatus?
    var template: TableTemplate?
    var templateLine = 0
    var line = 0
}
