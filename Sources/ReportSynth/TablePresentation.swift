/// How a table appears in a synthetic report.
enum TablePresentation: Sendable {
    case text(SynthTable)
    case image
    case absent
}
