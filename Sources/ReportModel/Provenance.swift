/// Where a value came from: a table cell, a sentence of the narrative, or a derivation from other values.
public enum Origin: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case table
    case narrative
    case derived

    public var description: String { rawValue }
}

/// The line of the report's text (1-based; 0 when there is no single line, as for derived values)
/// and the kind of source. The file is the record's `file` field.
///
/// A record keeps one per field, so it is stored in 8 bytes with its optional: the line as a 32-bit
/// number (far beyond the lines of the largest file gongkai reads).
public struct Provenance: Sendable, Hashable {
    private var storedLine: Int32
    public var origin: Origin

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public init(line: Int, origin: Origin) {
        self.storedLine = Int32(clamping: line)
        self.origin = origin
    }
}
