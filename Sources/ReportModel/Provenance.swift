/// Where a value came from: a table cell, a sentence of the narrative, or a derivation from other values.
public enum Origin: String, Sendable, Hashable, CaseIterable {
    case table
    case narrative
    case derived
}

/// The line of the report's text (1-based; 0 when there is no single line, as for derived values)
/// and the kind of source. The file is the record's `file` field.
public struct Provenance: Sendable, Hashable {
    public var line: Int
    public var origin: Origin

    public init(line: Int, origin: Origin) {
        self.line = line
        self.origin = origin
    }
}
