import Foundation
import ReportModel

/// Encodes one load outcome (a record, or the diagnostic of a skipped file) as a cache entry.
///
/// A record is its non-null fields in catalog order, each: the field index as a gap from the previous
/// one (varint), a tag byte (low 3 bits the kind of value, bits 3–4 the provenance origin), the
/// provenance line (varint, when there is an origin), then the payload — integers zigzag, decimals as
/// their 8 bytes, text as raw UTF-8 after its length. A text that is a long piece of an earlier text
/// field (the sections `text.s1` … `text.s6` are pieces of `text`) is stored as a byte range of it,
/// so the report's text is stored once. Then the warnings.
enum RecordEncoder {
    enum Kind: UInt8 {
        case null = 0, integer, decimal, text, falseValue, trueValue, textRange
    }

    static let recordEntry: UInt8 = 0
    static let skippedEntry: UInt8 = 1
    /// Texts shorter than this are stored as they are, not looked up in earlier texts.
    static let minimumRange = 64

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
        let count = min(record.values.count, record.provenance.count)
        var present = 0
        for i in 0..<count where !record.values[i].isNull || record.provenance[i] != nil { present += 1 }
        writer.varint(present)
        var previous = -1
        /// Earlier long texts (field index, UTF-8), where later texts are looked up.
        var sources: [(field: Int, bytes: [UInt8])] = []
        for i in 0..<count {
            let value = record.values[i]
            let provenance = record.provenance[i]
            if value.isNull && provenance == nil { continue }
            writer.varint(i - previous - 1)
            previous = i
            let origin: UInt8 = provenance.map { originCode($0.origin) } ?? 0
            switch value {
            case .null:
                tag(.null, origin, provenance, &writer)
            case .integer(let v):
                tag(.integer, origin, provenance, &writer)
                writer.signed(v)
            case .decimal(let v):
                tag(.decimal, origin, provenance, &writer)
                writer.word(v.bitPattern)
            case .bool(let v):
                tag(v ? .trueValue : .falseValue, origin, provenance, &writer)
            case .text(let v):
                let utf8 = Array(v.utf8)
                if utf8.count >= minimumRange, let (source, start) = find(utf8, in: sources) {
                    tag(.textRange, origin, provenance, &writer)
                    writer.varint(source)
                    writer.varint(start)
                    writer.varint(utf8.count)
                } else {
                    tag(.text, origin, provenance, &writer)
                    writer.varint(utf8.count)
                    utf8.withUnsafeBytes { writer.raw($0) }
                    if utf8.count >= minimumRange { sources.append((i, utf8)) }
                }
            }
        }
        writer.varint(record.warningList.count)
        for warning in record.warningList { writer.string(warning) }
    }

    private static func tag(_ kind: Kind, _ origin: UInt8, _ provenance: Provenance?, _ writer: inout ByteWriter) {
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

    /// The first earlier text holding `needle`, and where (a byte match of valid UTF-8 is a match of
    /// whole characters).
    private static func find(_ needle: [UInt8], in sources: [(field: Int, bytes: [UInt8])]) -> (Int, Int)? {
        for source in sources where source.bytes.count >= needle.count {
            let found: Int? = source.bytes.withUnsafeBytes { hay in
                needle.withUnsafeBytes { n in search(n, in: hay) }
            }
            if let found { return (source.field, found) }
        }
        return nil
    }

    /// memchr for the first byte, memcmp for the rest.
    static func search(_ needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer) -> Int? {
        guard let n = needle.baseAddress, let h = hay.baseAddress, !needle.isEmpty, hay.count >= needle.count else { return nil }
        let first = Int32(needle[0])
        var start = 0
        let last = hay.count - needle.count
        while start <= last {
            guard let hit = memchr(h + start, first, last - start + 1) else { return nil }
            let offset = h.distance(to: UnsafeRawPointer(hit))
            if memcmp(h + offset, n, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
