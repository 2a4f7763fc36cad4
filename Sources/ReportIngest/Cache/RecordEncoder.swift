import Foundation
import ReportModel

/// Encodes one load outcome (a record, or the diagnostic of a skipped file) as a cache entry.
///
/// A record is written as its packed slots (`PackedSlots`), raw, so that reading it back is a copy
/// and a check rather than a decode per field: the field count; the tag bytes, payloads and lines;
/// the 8-byte numbers; the texts (each a varint length and UTF-8); the pieces (the sections
/// `text.s1` … `text.s6` are byte ranges of `text`, so the report's text is stored once). Then the
/// deferred text's length and XXH64 (or a 0 byte when there is none), and the warnings.
///
/// The report's text (the field `text`) is not in the entry: it is written apart (`text`, the cache
/// file's texts region), its slot becomes a deferred one and its place among the texts an empty
/// string, so that a warm load need not read it. A record just parsed holds its text in the load's
/// `TextStore` (a deferred text in memory); one that holds it itself is written the same way.
enum RecordEncoder {
    static let recordEntry: UInt8 = 0
    static let skippedEntry: UInt8 = 1

    /// The field whose text is deferred.
    static let deferredField = FieldCatalog.standard.id("text").rawValue

    /// Encodes an outcome into `writer`, and its deferred text (if any) into `text`.
    static func encode(_ outcome: CorpusLoader.Outcome, into writer: inout ByteWriter, text: inout ByteWriter) {
        switch outcome {
        case .record(let record):
            writer.byte(recordEntry)
            record.withPackedSlots { encode($0, into: &writer, text: &text) }
            writer.varint(record.warningList.count)
            for warning in record.warningList { writer.string(warning) }
            encode(record.proseSignature, into: &writer)
        case .skipped(let diagnostic):
            writer.byte(skippedEntry)
            writer.string(diagnostic.file)
            writer.string(diagnostic.message)
            writer.byte(diagnostic.severity == .skipped ? 0 : 1)
        }
    }

    /// The prose signature: a 0 byte when there is none, else 1, the shingle count and the bins (2 bytes each).
    private static func encode(_ signature: ProseSignature?, into writer: inout ByteWriter) {
        guard let signature else { return writer.byte(0) }
        writer.byte(1)
        writer.varint(signature.shingleCount)
        signature.bins.withUnsafeBytes { writer.raw($0) }
    }

    private static func encode(_ slots: PackedSlots, into writer: inout ByteWriter, text: inout ByteWriter) {
        let count = slots.tags.count
        var tags = Array(slots.tags)
        var bits = Array(slots.bits)
        var texts = slots.texts
        var deferred: (length: Int, hash: UInt64)?
        let field = deferredField
        func write(_ utf8: UnsafeBufferPointer<UInt8>) {
            deferred = (utf8.count, XXHash64.hash(UnsafeRawBufferPointer(utf8)))
            text.raw(UnsafeRawBufferPointer(utf8))
            tags[field] = tags[field] & ~PackedSlots.kindMask | PackedSlots.deferredKind
            bits[field] = 0
        }
        if field < count && tags[field] & PackedSlots.kindMask == PackedSlots.textKind {
            let held = Int(bits[field])
            var value = texts[held]
            texts[held] = ""
            value.withUTF8(write)
        } else if field < count && tags[field] & PackedSlots.kindMask == PackedSlots.deferredKind, let source = slots.deferred {
            if let bytes = source.bytesInMemory(Int(bits[field])) {
                write(bytes)
            } else if var value = source.text(Int(bits[field])) {
                value.withUTF8(write)
            }
        }
        writer.varint(count)
        tags.withUnsafeBytes { writer.raw($0) }
        bits.withUnsafeBytes { writer.raw($0) }
        writer.raw(UnsafeRawBufferPointer(slots.lines))
        writer.varint(slots.wide.count)
        writer.raw(UnsafeRawBufferPointer(slots.wide))
        writer.varint(texts.count)
        for value in texts { writer.string(value) }
        writer.varint(slots.pieces.count / PackedSlots.pieceSize)
        writer.raw(slots.pieces)
        if let deferred {
            writer.byte(1)
            writer.varint(deferred.length)
            writer.word(deferred.hash)
        } else {
            writer.byte(0)
        }
    }
}
