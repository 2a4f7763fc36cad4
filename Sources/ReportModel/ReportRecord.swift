/// One report: a value and a provenance for every field of the catalog, plus what the extraction noticed.
///
/// A corpus holds a record per report, so a record is stored compactly (`RecordStorage`): per field a
/// 4-byte payload, a tag byte (kind and origin) and a 32-bit line, under 3 KB for the 306 fields instead
/// of 10 KB of `Value`s and `Provenance`s; texts and 8-byte numbers apart; and the sections `text.s1` … `text.s6` as
/// byte ranges of `text` (`TextPiece`), so the report's text is held once.
public struct ReportRecord: Sendable {
    @usableFromInline var storage: RecordStorage
    /// What the extraction noticed, in order; `finalizeWarnings()` copies them into the `warnings` field.
    public var warningList: [String] = []
    /// The MinHash of the report's prose, for the panel check `similarity.prev`; nil when not computed.
    public var proseSignature: ProseSignature?

    public init(catalog: FieldCatalog = .standard) {
        storage = RecordStorage(count: catalog.count)
    }

    /// The number of field slots (the catalog's size).
    @inlinable public var fieldCount: Int { storage.count }

    public subscript(id: FieldID) -> Value {
        get { storage.value(id.rawValue) }
    }

    /// Convenience for tests and tools; resolves names and aliases through the standard catalog.
    public subscript(name: String) -> Value {
        guard let id = FieldCatalog.standard.lookup(name), id.rawValue < storage.count else { return .null }
        return storage.value(id.rawValue)
    }

    /// Every field's value, in catalog order (materialises the sections: for tools and tests, not hot paths).
    public var values: [Value] { (0..<storage.count).map(storage.value) }
    /// Every field's provenance, in catalog order.
    public var provenance: [Provenance?] { (0..<storage.count).map(storage.provenance) }

    public func source(of id: FieldID) -> Provenance? { storage.provenance(id.rawValue) }

    /// Sets a value and where it came from. A null clears the provenance.
    public mutating func set(_ id: FieldID, _ value: Value, line: Int, origin: Origin) {
        storage.set(id.rawValue, value, value.isNull ? nil : Provenance(line: line, origin: origin))
    }

    /// Sets a value and a provenance as they are, a null with a provenance included.
    @inlinable
    public mutating func restore(_ field: Int, _ value: Value, _ provenance: Provenance?) {
        storage.set(field, value, provenance)
    }

    /// Sets a text field to the UTF-8 bytes `utf8` of the text field `source`, without copying them.
    /// The range must lie on character boundaries of the source's current text.
    public mutating func set(_ id: FieldID, pieceOf source: FieldID, utf8: Range<Int>, line: Int, origin: Origin) {
        storage.setPiece(id.rawValue, TextPiece(source: source.rawValue, utf8: utf8), Provenance(line: line, origin: origin))
    }

    /// The piece of another text field that a field holds, if it holds one.
    public func piece(_ id: FieldID) -> (source: FieldID, utf8: Range<Int>)? {
        storage.piece(id.rawValue).map { (FieldID(Int($0.source)), $0.utf8) }
    }

    // MARK: Typed reads without building a `Value`, for the column store.

    /// The field's integer, when it holds one.
    @inlinable public func integer(_ field: Int) -> Int? { storage.integer(field) }
    /// The field's number (an integer converted exactly, or a decimal).
    @inlinable public func number(_ field: Int) -> Double? { storage.number(field) }
    /// The field's boolean, when it holds one.
    @inlinable public func bool(_ field: Int) -> Bool? { storage.bool(field) }
    /// The packed slots of the number and boolean fields, read without copying the record: payloads,
    /// tags and 8-byte numbers; decode one with `RecordSlot`.
    @inlinable
    public func withSlots<R>(
        _ body: (_ bits: UnsafeBufferPointer<UInt32>, _ tags: UnsafeBufferPointer<UInt8>, _ wide: UnsafeBufferPointer<UInt64>) -> R
    ) -> R {
        storage.bits.withUnsafeBufferPointer { bits in
            storage.tags.withUnsafeBufferPointer { tags in storage.wide.withUnsafeBufferPointer { wide in body(bits, tags, wide) } }
        }
    }

    /// The field's text (a piece is copied out of its source).
    public func text(_ field: Int) -> String? { storage.text(field) }

    /// The UTF-8 length of a text the field holds itself, not as a piece of another field's (known
    /// without reading a text the record left in the parse cache); nil for a piece or a non-text.
    public func ownTextUTF8Count(_ field: Int) -> Int? { storage.ownTextUTF8Count(field) }

    /// Moves the field's text into `store` (see `TextStore`): the record refers to it there instead of
    /// holding it. Values are unchanged: the field and its sections read as before.
    public mutating func moveText(_ id: FieldID, into store: TextStore) {
        storage.moveText(id.rawValue, into: store)
    }

    /// The bytes of the field's text when the record refers to it in memory (a `TextStore`), with
    /// that store, which must be kept alive while the bytes are used; nil otherwise.
    public func textInMemory(_ field: Int) -> (bytes: UnsafeBufferPointer<UInt8>, source: any DeferredTexts)? {
        storage.textInMemory(field)
    }

    /// Copies the bytes of a text the field holds itself into `destination`, which holds exactly
    /// `ownTextUTF8Count(field)` bytes. A text left in the parse cache is read, not kept. False when
    /// the text cannot be read exactly, or is a piece or not a text.
    public func copyOwnText(_ field: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        storage.copyOwnText(field, to: destination)
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

extension ReportRecord: Equatable {
    /// Records are equal when every field's value and provenance and the warnings are (a piece equals
    /// the same text stored whole).
    public static func == (a: ReportRecord, b: ReportRecord) -> Bool {
        a.warningList == b.warningList && a.proseSignature == b.proseSignature && a.values == b.values && a.provenance == b.provenance
    }
}
