/// A text value that is a run of another text field's UTF-8 bytes (a section of the report's text).
@usableFromInline
struct TextPiece: Sendable, Hashable {
    var source: Int32
    var start: Int32
    var count: Int32

    @usableFromInline
    init(source: Int, utf8: Range<Int>) {
        self.source = Int32(source)
        self.start = Int32(utf8.lowerBound)
        self.count = Int32(utf8.count)
    }

    var utf8: Range<Int> { Int(start)..<Int(start) + Int(count) }
}

/// A record's fields, packed: per field a 4-byte payload, a tag byte and the provenance line; texts,
/// pieces and 8-byte numbers in side arrays that the payload indexes.
///
/// The tag's low 3 bits are the kind (`Kind`), bits 3–4 the origin (0 none, then table, narrative,
/// derived). A payload is an integer that fits in 32 bits, a boolean as 0/1, an index into `wide`
/// (decimals, larger integers), `texts` or `pieces`, or the number of a text held by `deferred`. Most figures are small integers, so a record's
/// slots take 9 bytes per field.
@usableFromInline
struct RecordStorage: Sendable {
    @usableFromInline enum Kind: UInt8 { case null = 0, integer, decimal, text, bool, piece, wideInteger, deferred }

    @usableFromInline var bits: [UInt32]
    @usableFromInline var tags: [UInt8]
    @usableFromInline var lines: [Int32]
    @usableFromInline var wide: [UInt64] = []
    @usableFromInline var texts: [String] = []
    @usableFromInline var pieces: [TextPiece] = []
    /// Where the `deferred` texts are read from (the parse cache's texts of this load, or the
    /// `TextStore` of a load that parsed the files).
    @usableFromInline var deferred: (any DeferredTexts)?

    @usableFromInline
    init(count: Int) {
        bits = Array(repeating: 0, count: count)
        tags = Array(repeating: 0, count: count)
        lines = Array(repeating: 0, count: count)
    }

    @inlinable var count: Int { tags.count }

    @inlinable func kind(_ field: Int) -> UInt8 { tags[field] & 7 }

    /// Sets a field. A text or 8-byte number it held before stays behind in its side array (fields are
    /// rarely set twice; the parse cache restores through `RecordRestorer`).
    @usableFromInline
    mutating func set(_ field: Int, _ value: Value, _ provenance: Provenance?) {
        let (kind, payload) = RecordStorage.pack(value, wide: &wide, texts: &texts)
        bits[field] = payload
        tag(field, kind, provenance)
    }

    /// A value's kind and payload, appending to the side arrays what does not fit in the payload.
    @inlinable
    static func pack(_ value: Value, wide: inout [UInt64], texts: inout [String]) -> (Kind, UInt32) {
        switch value {
        case .null: return (.null, 0)
        case .integer(let v):
            if let small = Int32(exactly: v) { return (.integer, UInt32(bitPattern: small)) }
            wide.append(UInt64(bitPattern: Int64(v)))
            return (.wideInteger, UInt32(wide.count - 1))
        case .decimal(let v):
            wide.append(v.bitPattern)
            return (.decimal, UInt32(wide.count - 1))
        case .bool(let v): return (.bool, v ? 1 : 0)
        case .text(let v):
            texts.append(v)
            return (.text, UInt32(texts.count - 1))
        }
    }

    mutating func setPiece(_ field: Int, _ piece: TextPiece, _ provenance: Provenance?) {
        pieces.append(piece)
        bits[field] = UInt32(pieces.count - 1)
        tag(field, .piece, provenance)
    }

    @usableFromInline
    mutating func tag(_ field: Int, _ kind: Kind, _ provenance: Provenance?) {
        tags[field] = RecordStorage.tag(kind, provenance)
        lines[field] = provenance.map { Int32(clamping: $0.line) } ?? 0
    }

    /// A slot's tag byte: the kind in the low 3 bits, the origin in bits 3–4 (0 when there is none).
    @inlinable
    static func tag(_ kind: Kind, _ provenance: Provenance?) -> UInt8 {
        switch provenance?.origin {
        case nil: return kind.rawValue
        case .table?: return kind.rawValue | 1 << 3
        case .narrative?: return kind.rawValue | 2 << 3
        case .derived?: return kind.rawValue | 3 << 3
        }
    }

    func provenance(_ field: Int) -> Provenance? {
        let line = Int(lines[field])
        switch tags[field] >> 3 {
        case 1: return Provenance(line: line, origin: .table)
        case 2: return Provenance(line: line, origin: .narrative)
        case 3: return Provenance(line: line, origin: .derived)
        default: return nil
        }
    }

    func value(_ field: Int) -> Value {
        switch Kind(rawValue: kind(field)) {
        case .integer, .wideInteger: return integer(field).map(Value.integer) ?? .null
        case .decimal: return .decimal(Double(bitPattern: wide[Int(bits[field])]))
        case .bool: return .bool(bits[field] != 0)
        case .text, .piece, .deferred: return text(field).map(Value.text) ?? .null
        case .null, nil: return .null
        }
    }

    @inlinable func integer(_ field: Int) -> Int? {
        RecordSlot.integer(bits[field], tags[field], wide)
    }

    @inlinable func number(_ field: Int) -> Double? {
        RecordSlot.number(bits[field], tags[field], wide)
    }

    @inlinable func bool(_ field: Int) -> Bool? {
        RecordSlot.bool(bits[field], tags[field])
    }

    func text(_ field: Int) -> String? {
        switch kind(field) {
        case Kind.text.rawValue: return texts[Int(bits[field])]
        case Kind.deferred.rawValue: return deferred?.text(Int(bits[field]))
        case Kind.piece.rawValue:
            let piece = pieces[Int(bits[field])]
            let sourceField = Int(piece.source)
            guard sourceField < count, kind(sourceField) == Kind.text.rawValue || kind(sourceField) == Kind.deferred.rawValue,
                  var source = text(sourceField) else { return nil }
            let range = piece.utf8
            return source.withUTF8 { utf8 -> String? in
                // A range that cuts a character is not a piece of this text: null, not a mangled text.
                guard range.upperBound <= utf8.count,
                      range.lowerBound == utf8.count || utf8[range.lowerBound] & 0xC0 != 0x80,
                      range.upperBound == utf8.count || utf8[range.upperBound] & 0xC0 != 0x80 else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
            }
        default: return nil
        }
    }

    /// The UTF-8 length of a text the field holds itself (not a piece of another field's), read
    /// without reading a deferred text.
    func ownTextUTF8Count(_ field: Int) -> Int? {
        switch kind(field) {
        case Kind.text.rawValue: return texts[Int(bits[field])].utf8.count
        case Kind.deferred.rawValue: return deferred?.utf8Count(Int(bits[field]))
        default: return nil
        }
    }

    /// Copies a text the field holds itself to `destination` (of exactly its UTF-8 length), without
    /// keeping a deferred text in memory; false when it cannot.
    func copyOwnText(_ field: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        switch kind(field) {
        case Kind.text.rawValue: return DeferredTextCopy.copy(texts[Int(bits[field])], to: destination)
        case Kind.deferred.rawValue: return deferred?.copyUTF8(Int(bits[field]), to: destination) ?? false
        default: return false
        }
    }

    /// Moves the text the field holds into `store`: the field then holds it as a deferred text (its
    /// origin and line unchanged) and the record no longer keeps the string. Nothing happens when the
    /// field holds no text of its own or the record already defers a text.
    mutating func moveText(_ field: Int, into store: TextStore) {
        guard field < count, kind(field) == Kind.text.rawValue, deferred == nil else { return }
        let index = store.append(texts[Int(bits[field])])
        texts[Int(bits[field])] = ""
        bits[field] = UInt32(index)
        tags[field] = tags[field] & ~7 | Kind.deferred.rawValue
        deferred = store
    }

    /// A deferred text's bytes when its source holds them in memory, with that source.
    func textInMemory(_ field: Int) -> (bytes: UnsafeBufferPointer<UInt8>, source: any DeferredTexts)? {
        guard kind(field) == Kind.deferred.rawValue, let deferred, let bytes = deferred.bytesInMemory(Int(bits[field])) else {
            return nil
        }
        return (bytes, deferred)
    }

    func piece(_ field: Int) -> TextPiece? {
        kind(field) == Kind.piece.rawValue ? pieces[Int(bits[field])] : nil
    }
}

/// Reads one packed slot (`ReportRecord.withSlots`): the typed reads of `ReportRecord` without a record.
public enum RecordSlot {
    @inlinable public static func integer<Wide: RandomAccessCollection<UInt64>>(_ bits: UInt32, _ tag: UInt8, _ wide: Wide) -> Int?
    where Wide.Index == Int {
        switch tag & 7 {
        case RecordStorage.Kind.integer.rawValue: return Int(Int32(bitPattern: bits))
        case RecordStorage.Kind.wideInteger.rawValue: return Int(Int64(bitPattern: wide[wide.startIndex + Int(bits)]))
        default: return nil
        }
    }

    @inlinable public static func number<Wide: RandomAccessCollection<UInt64>>(_ bits: UInt32, _ tag: UInt8, _ wide: Wide) -> Double?
    where Wide.Index == Int {
        switch tag & 7 {
        case RecordStorage.Kind.integer.rawValue: return Double(Int32(bitPattern: bits))
        case RecordStorage.Kind.wideInteger.rawValue: return Double(Int64(bitPattern: wide[wide.startIndex + Int(bits)]))
        case RecordStorage.Kind.decimal.rawValue: return Double(bitPattern: wide[wide.startIndex + Int(bits)])
        default: return nil
        }
    }

    @inlinable public static func bool(_ bits: UInt32, _ tag: UInt8) -> Bool? {
        tag & 7 == RecordStorage.Kind.bool.rawValue ? bits != 0 : nil
    }
}
