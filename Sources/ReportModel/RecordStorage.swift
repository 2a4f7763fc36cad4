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

/// A record's fields, packed: per field the payload bits, a tag byte and the provenance line; texts and
/// pieces in side arrays that the payload indexes.
///
/// The tag's low 3 bits are the kind (`Kind`), bits 3–4 the origin (0 none, then table, narrative,
/// derived). A payload is an integer's or a decimal's bits, a boolean as 0/1, or an index into `texts`
/// or `pieces`.
@usableFromInline
struct RecordStorage: Sendable {
    @usableFromInline enum Kind: UInt8 { case null = 0, integer, decimal, text, bool, piece }

    @usableFromInline var bits: [UInt64]
    @usableFromInline var tags: [UInt8]
    @usableFromInline var lines: [Int32]
    @usableFromInline var texts: [String] = []
    @usableFromInline var pieces: [TextPiece] = []

    @usableFromInline
    init(count: Int) {
        bits = Array(repeating: 0, count: count)
        tags = Array(repeating: 0, count: count)
        lines = Array(repeating: 0, count: count)
    }

    @inlinable var count: Int { tags.count }

    @inlinable func kind(_ field: Int) -> UInt8 { tags[field] & 7 }

    @inlinable
    mutating func set(_ field: Int, _ value: Value, _ provenance: Provenance?) {
        let kind: Kind
        switch value {
        case .null: kind = .null; bits[field] = 0
        case .integer(let v): kind = .integer; bits[field] = UInt64(bitPattern: Int64(v))
        case .decimal(let v): kind = .decimal; bits[field] = v.bitPattern
        case .bool(let v): kind = .bool; bits[field] = v ? 1 : 0
        case .text(let v):
            if tags[field] & 7 == Kind.text.rawValue {
                texts[Int(bits[field])] = v
            } else {
                bits[field] = UInt64(texts.count)
                texts.append(v)
            }
            kind = .text
        }
        tag(field, kind, provenance)
    }

    mutating func setPiece(_ field: Int, _ piece: TextPiece, _ provenance: Provenance?) {
        if tags[field] & 7 == Kind.piece.rawValue {
            pieces[Int(bits[field])] = piece
        } else {
            bits[field] = UInt64(pieces.count)
            pieces.append(piece)
        }
        tag(field, .piece, provenance)
    }

    @inlinable
    mutating func tag(_ field: Int, _ kind: Kind, _ provenance: Provenance?) {
        guard let provenance else {
            tags[field] = kind.rawValue
            lines[field] = 0
            return
        }
        let origin: UInt8
        switch provenance.origin {
        case .table: origin = 1
        case .narrative: origin = 2
        case .derived: origin = 3
        }
        tags[field] = kind.rawValue | origin << 3
        lines[field] = Int32(clamping: provenance.line)
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
        case .integer: return .integer(Int(Int64(bitPattern: bits[field])))
        case .decimal: return .decimal(Double(bitPattern: bits[field]))
        case .bool: return .bool(bits[field] != 0)
        case .text, .piece: return text(field).map(Value.text) ?? .null
        case .null, nil: return .null
        }
    }

    @inlinable func integer(_ field: Int) -> Int? {
        kind(field) == Kind.integer.rawValue ? Int(Int64(bitPattern: bits[field])) : nil
    }

    @inlinable func number(_ field: Int) -> Double? {
        switch kind(field) {
        case Kind.integer.rawValue: return Double(Int64(bitPattern: bits[field]))
        case Kind.decimal.rawValue: return Double(bitPattern: bits[field])
        default: return nil
        }
    }

    @inlinable func bool(_ field: Int) -> Bool? {
        kind(field) == Kind.bool.rawValue ? bits[field] != 0 : nil
    }

    func text(_ field: Int) -> String? {
        switch kind(field) {
        case Kind.text.rawValue: return texts[Int(bits[field])]
        case Kind.piece.rawValue:
            let piece = pieces[Int(bits[field])]
            guard Int(piece.source) < count, kind(Int(piece.source)) == Kind.text.rawValue else { return nil }
            let source = texts[Int(bits[Int(piece.source)])]
            let utf8 = source.utf8
            let range = piece.utf8
            guard range.upperBound <= utf8.count else { return nil }
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return String(Substring(utf8[start..<end]))
        default: return nil
        }
    }

    func piece(_ field: Int) -> TextPiece? {
        kind(field) == Kind.piece.rawValue ? pieces[Int(bits[field])] : nil
    }
}

/// Reads one packed slot (`ReportRecord.withSlots`): the typed reads of `ReportRecord` without a record.
public enum RecordSlot {
    @inlinable public static func integer(_ bits: UInt64, _ tag: UInt8) -> Int? {
        tag & 7 == RecordStorage.Kind.integer.rawValue ? Int(Int64(bitPattern: bits)) : nil
    }

    @inlinable public static func number(_ bits: UInt64, _ tag: UInt8) -> Double? {
        switch tag & 7 {
        case RecordStorage.Kind.integer.rawValue: return Double(Int64(bitPattern: bits))
        case RecordStorage.Kind.decimal.rawValue: return Double(bitPattern: bits)
        default: return nil
        }
    }

    @inlinable public static func bool(_ bits: UInt64, _ tag: UInt8) -> Bool? {
        tag & 7 == RecordStorage.Kind.bool.rawValue ? bits != 0 : nil
    }
}
