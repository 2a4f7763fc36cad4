/// Figures printed without separators, as web pages saved as text print a table row ("1000001" for the
/// seven cells 1 0 0 0 0 0 1, "713000074" for 71 3 0 0 0 0 74): ASCII digits, a decimal point between
/// digits, and 无 (a zero cell whose bounds are known). Spaces inside the run are dropped: in such text
/// they are not reliable cell bounds. Where the cells end is decided by `GluedSplits`.
struct GluedRun: Sendable, Equatable {
    /// The run's scalars: "0"…"9", "." and "无".
    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    init(_ text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    static let zeroWord: Unicode.Scalar = "无"

    /// The most cells the run could hold (each digit and each 无 one cell).
    var maxCells: Int { scalars.reduce(0) { $0 + ($1 == "." ? 0 : 1) } }

    /// The run as printed (without the spaces), for warnings.
    var text: String { scalars.string }
}
