/// One report: a value and a provenance for every field of the catalog, plus what the extraction noticed.
public struct ReportRecord: Sendable {
    public var values: [Value]
    public var provenance: [Provenance?]
    /// What the extraction noticed, in order; `finalizeWarnings()` copies them into the `warnings` field.
    public var warningList: [String] = []

    public init(catalog: FieldCatalog = .standard) {
        values = Array(repeating: .null, count: catalog.count)
        provenance = Array(repeating: nil, count: catalog.count)
    }

    public subscript(id: FieldID) -> Value {
        get { values[id.rawValue] }
    }

    /// Convenience for tests and tools; resolves names and aliases through the standard catalog.
    public subscript(name: String) -> Value {
        guard let id = FieldCatalog.standard.lookup(name) else { return .null }
        return values[id.rawValue]
    }

    public func source(of id: FieldID) -> Provenance? { provenance[id.rawValue] }

    /// Sets a value and where it came from. A null clears the provenance.
    public mutating func set(_ id: FieldID, _ value: Value, line: Int, origin: Origin) {
        values[id.rawValue] = value
        provenance[id.rawValue] = value.isNull ? nil : Provenance(line: line, origin: origin)
    }

    public mutating func warn(_ message: String) {
        if !warningList.contains(message) { warningList.append(message) }
    }

    /// Writes `warningList` into the `warnings` field (`; `-separated, null when there are none).
    public mutating func finalizeWarnings(catalog: FieldCatalog = .standard) {
        let id = catalog.id("warnings")
        set(id, warningList.isEmpty ? .null : .text(warningList.joined(separator: "; ")), line: 0, origin: .derived)
    }

    /// The record's id (file name without extension), for messages.
    public var id: String { self["id"].textValue ?? "?" }
    /// The path relative to the corpus root.
    public var file: String { self["file"].textValue ?? "?" }

    /// Line `n` (1-based) of the report's text, the line a value was read from.
    public func line(_ n: Int) -> String? {
        guard n > 0, let text = self["text"].textValue else { return nil }
        var current = 1
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\n" {
                if current == n { return String(text[start..<i]) }
                current += 1
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        return current == n ? String(text[start...]) : nil
    }
}
