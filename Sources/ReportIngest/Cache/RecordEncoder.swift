import Foundation
import ReportModel

/// Encodes one load outcome (a record, or the diagnostic of a skipped file) as a cache entry.
///
/// A record is its non-null fields in catalog order, each: the field index as a gap from the previous
/// one (varint), a tag byte (low 3 bits the kind of value, bits 3–4 the provenance origin), the
/// provenance line (varint, when there is an origin), then the payload — integers zigzag, decimals as
/// their 8 bytes, text as raw UTF-8 after its length. A field that the record holds as a piece of an
/// earlier text field (the sections `text.s1` … `text.s6` are pieces of `text`) is stored as that field
/// and byte range, so the report's text is stored once. Then the warnings.
enum RecordEncoder {
    enum Kind: UInt8 {
        case null = 0, integer, decimal, text, falseValue, trueValue, textRange
    }

    static let recordEntry: UInt8 = 0
    static let skippedEntry: UInt8 = 1

    static func encode(_ outcome: CorpusLoader.Outcome, into writer: inout ByteWriter) {
        switch outcome {
        case .record(let record):
            writer.byte(recordEntry)
            encode(record, into: &writer)
        case .skipped(let diagnostic):
            writer.byte(skippedEntry)
            writer.string(diagnostic.file)
            writer.string(diagnostic.message)
            writer.byte(diagnostic.severity == .skipped ? 0 : 1)
        }
    }

    private static func encode(_ record: ReportRecord, into writer: inout ByteWriter) {
        let count = record.fieldCount
        var present = 0
        for i in 0..<count {
            let id = FieldID(i)
            if record.piece(id) != nil || record.source(of: id) != nil || !record[id].isNull { present += 1 }
        }
        writer.varint(present)
        var previous = -1
        for i in 0..<count {
            let id = FieldID(i)
            let provenance = record.source(of: id)
            if let piece = record.piece(id) {
                writer.varint(i - previous - 1)
                previous = i
                tag(.textRange, provenance, &writer)
                writer.varint(piece.source.rawValue)
                writer.varint(piece.utf8.lowerBound)
                writer.varint(piece.utf8.count)
                continue
            }
            let value = record[id]
            if value.isNull && provenance == nil { continue }
            writer.varint(i - previous - 1)
            previous = i
            switch value {
            case .null:
                tag(.null, provenance, &writer)
            case .integer(let v):
                tag(.integer, provenance, &writer)
                writer.signed(v)
            case .decimal(let v):
                tag(.decimal, provenance, &writer)
                writer.word(v.bitPattern)
            case .bool(let v):
                tag(v ? .trueValue : .falseValue, provenance, &writer)
            case .text(let v):
                tag(.text, provenance, &writer)
                writer.varint(v.utf8.count)
                var v = v
                v.withUTF8 { writer.raw(UnsafeRawBufferPointer($0)) }
            }
        }
        writer.varint(record.warningList.count)
        for warning in record.warningList { writer.string(warning) }
    }

    private static func tag(_ kind: Kind, _ provenance: Provenance?, _ writer: inout ByteWriter) {
        let origin: UInt8 = provenance.map { originCode($0.origin) } ?? 0
        writer.byte(kind.rawValue | origin << 3)
        if let provenance { writer.signed(provenance.line) }
    }

    static func originCode(_ origin: Origin) -> UInt8 {
        switch origin {
        case .table: return 1
        case .narrative: return 2
        case .derived: return 3
        }
    }
}
