/// Write access to a new record's slots for a decoder: the parse cache copies packed slots in
/// (`restorePacked`); `restore` and `restorePiece` set one field at a time, each at most once. Values go
/// straight into the record's buffers, with none of the per-field copy-on-write checks of
/// `ReportRecord.restore`. Only valid inside `ReportRecord.init(catalog:restoring:)`.
public struct RecordRestorer {
    @usableFromInline let bits: UnsafeMutableBufferPointer<UInt32>
    @usableFromInline let tags: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline let lines: UnsafeMutableBufferPointer<Int32>
    @usableFromInline var wide: [UInt64] = []
    @usableFromInline var texts: [String] = []
    @usableFromInline var pieces: [TextPiece] = []
    @usableFromInline var deferred: (any DeferredTexts)?

    @usableFromInline
    init(bits: UnsafeMutableBufferPointer<UInt32>, tags: UnsafeMutableBufferPointer<UInt8>, lines: UnsafeMutableBufferPointer<Int32>) {
        self.bits = bits
        self.tags = tags
        self.lines = lines
    }

    /// The number of field slots.
    @inlinable public var count: Int { tags.count }

    /// Sets field `field` (which must be below `count`) to a value and a provenance, as they are.
    @inlinable
    public mutating func restore(_ field: Int, _ value: Value, _ provenance: Provenance?) {
        precondition(field >= 0 && field < tags.count, "field index out of range")
        let (kind, payload) = RecordStorage.pack(value, wide: &wide, texts: &texts)
        bits[field] = payload
        tag(field, kind, provenance)
    }

    /// Sets field `field` to the UTF-8 bytes `utf8` of the text field `source` (see `ReportRecord.set(_:pieceOf:utf8:line:origin:)`).
    public mutating func restorePiece(_ field: Int, of source: Int, utf8: Range<Int>, _ provenance: Provenance?) {
        precondition(field >= 0 && field < tags.count, "field index out of range")
        bits[field] = UInt32(pieces.count)
        pieces.append(TextPiece(source: source, utf8: utf8))
        tag(field, .piece, provenance)
    }

    @inlinable
    mutating func tag(_ field: Int, _ kind: RecordStorage.Kind, _ provenance: Provenance?) {
        tags[field] = RecordStorage.tag(kind, provenance)
        if let provenance { lines[field] = Int32(clamping: provenance.line) }
    }
}

extension ReportRecord {
    /// A record whose fields `body` sets through a `RecordRestorer`; fields it does not set are null.
    @inlinable
    public init<E: Error>(catalog: FieldCatalog = .standard, restoring body: (inout RecordRestorer) throws(E) -> Void) throws(E) {
        var storage = RecordStorage(count: catalog.count)
        var wide: [UInt64] = []
        var texts: [String] = []
        var pieces: [TextPiece] = []
        var deferred: (any DeferredTexts)?
        try storage.bits.withUnsafeMutableBufferPointer { (bits) throws(E) in
            try storage.tags.withUnsafeMutableBufferPointer { (tags) throws(E) in
                try storage.lines.withUnsafeMutableBufferPointer { (lines) throws(E) in
                    var restorer = RecordRestorer(bits: bits, tags: tags, lines: lines)
                    try body(&restorer)
                    wide = restorer.wide
                    texts = restorer.texts
                    pieces = restorer.pieces
                    deferred = restorer.deferred
                }
            }
        }
        storage.wide = wide
        storage.texts = texts
        storage.pieces = pieces
        storage.deferred = deferred
        self.init(storage: storage)
    }

    @usableFromInline
    init(storage: RecordStorage) {
        self.storage = storage
    }
}
