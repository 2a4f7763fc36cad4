/// Bars of Unicode block characters. Positive bars grow rightwards in eighths of a column
/// (`█` and `▏▎▍▌▋▊▉`); negative bars grow leftwards from the axis in halves (`█` and `▐`, the only
/// right-anchored block that is not a sliver).
enum BarGlyphs {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A left-anchored bar `eighths`/8 columns long; its display width is `eighths` / 8 rounded up.
    static func rightward(eighths count: Int) -> String {
        let bar = String(repeating: "█", count: count / 8)
        return count % 8 == 0 ? bar : bar + String(eighths[count % 8 - 1])
    }

    /// A right-anchored bar `halves`/2 columns long; its display width is `halves` / 2 rounded up.
    static func leftward(halves count: Int) -> String {
        (count % 2 == 1 ? "▐" : "") + String(repeating: "█", count: count / 2)
    }
}
