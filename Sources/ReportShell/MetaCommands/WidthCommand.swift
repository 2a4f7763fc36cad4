/// `.width [N1 N2 …]` (sqlite3): the display width of each table and box column, in order — 0 is
/// automatic, N left-aligned in N columns, −N right-aligned in N; a longer cell is cut with `…`.
/// Alone it resets every column to automatic.
struct WidthCommand: MetaCommand {
    /// Wider than any terminal; a larger number is a typo, not a width.
    static let maximum = 1_000
    let name = ".width"
    let usage = ".width [N1 N2 …]"
    let summary = "table and box column widths (0 auto, -N right-aligned; alone: reset)"

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        var widths: [Int] = []
        for word in arguments {
            guard let width = Int(word), (-WidthCommand.maximum...WidthCommand.maximum).contains(width) else {
                return wrongUsage(session, "'\(word)' is not a width: a whole number from -\(WidthCommand.maximum) to \(WidthCommand.maximum)")
            }
            widths.append(width)
        }
        session.settings.columnWidths = widths
        return .success
    }
}
