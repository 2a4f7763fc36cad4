import ReportModel

/// Decodes what `RecordEncoder` wrote: the packed slots are copied into the record and checked
/// (`RecordRestorer.restorePacked`), every count and length against the entry, and text must be
/// valid UTF-8 — unless `verified`: the entry's checksum has matched, so its bytes are the ones the
/// encoder wrote from Swift strings (see `ByteReader.string`). A damaged entry throws, it never yields
/// a wrong record.
///
/// The entry's deferred text (the report's text) is either at hand (`DeferredText.bytes`: checked against
/// its length and hash and stored in the record) or left where it is (`.later`: registered with the
/// load's `CachedTexts`, read when first asked for).
enum RecordDecoder {
    enum DeferredText {
        case bytes(UnsafeRawBufferPointer)
        case later(CachedTexts, index: Int, offset: Int, length: Int)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, text: DeferredText? = nil, verified: Bool = false,
                       catalog: FieldCatalog = .standard) throws(CacheDamage) -> CorpusLoader.Outcome {
        var reader = ByteReader(bytes)
        let outcome: CorpusLoader.Outcome
        switch try reader.byte() {
        case RecordEncoder.recordEntry:
            outcome = .record(try record(&reader, text: text, checked: !verified, catalog: catalog))
        case RecordEncoder.skippedEntry:
            let file = try reader.string()
            let message = try reader.string()
            let severity: LoadDiagnostic.Severity
            switch try reader.byte() {
            case 0: severity = .skipped
            case 1: severity = .warning
            default: throw CacheDamage("bad severity")
            }
            outcome = .skipped(LoadDiagnostic(file: file, message: message, severity: severity))
        default:
            throw CacheDamage("bad entry kind")
        }
        guard reader.isAtEnd else { throw CacheDamage("trailing bytes in entry") }
        return outcome
    }

    private static func record(_ reader: inout ByteReader, text: DeferredText?, checked: Bool,
                               catalog: FieldCatalog) throws(CacheDamage) -> ReportRecord {
        var record = try ReportRecord(catalog: catalog) { (restorer) throws(CacheDamage) in
            let count = try reader.count(limit: catalog.count)
            guard count == restorer.count else { throw CacheDamage("another field count") }
            let tags = try reader.bytes(count)
            let bits = try reader.bytes(4 * count)
            let lines = try reader.bytes(4 * count)
            let wide = try reader.bytes(8 * (try reader.count(limit: reader.end / 8)))
            let textCount = try reader.count(limit: reader.end)
            var texts: [String] = []
            texts.reserveCapacity(textCount)
            for _ in 0..<textCount { texts.append(try reader.string(checked: checked)) }
            let pieces = try reader.bytes(PackedSlots.pieceSize * (try reader.count(limit: reader.end / PackedSlots.pieceSize)))
            var deferred: RecordRestorer.DeferredSlot?
            switch try reader.byte() {
            case 0: break
            case 1: deferred = try deferredSlot(&reader, text: text)
            default: throw CacheDamage("bad deferred text mark")
            }
            if let problem = restorer.restorePacked(tags: tags, bits: bits, lines: lines, wide: wide, texts: texts,
                                                    pieces: pieces, deferred: deferred) {
                throw CacheDamage(problem)
            }
        }
        let warnings = try reader.count(limit: reader.end)
        for _ in 0..<warnings { record.warningList.append(try reader.string(checked: checked)) }
        record.proseSignature = try signature(&reader)
        return record
    }

    /// What `RecordEncoder` wrote of the prose signature.
    private static func signature(_ reader: inout ByteReader) throws(CacheDamage) -> ProseSignature? {
        switch try reader.byte() {
        case 0: return nil
        case 1:
            let count = try reader.count()
            let raw = try reader.bytes(2 * ProseSignature.binCount)
            let bins = (0..<ProseSignature.binCount).map { raw.loadUnaligned(fromByteOffset: 2 * $0, as: UInt16.self) }
            guard let signature = ProseSignature(bins: bins, shingleCount: count) else { throw CacheDamage("bad prose signature") }
            return signature
        default: throw CacheDamage("bad prose signature mark")
        }
    }

    /// The deferred text's slot: registered with the load's texts, or (its bytes at hand) checked and
    /// held as the one text of its own.
    private static func deferredSlot(_ reader: inout ByteReader, text: DeferredText?) throws(CacheDamage) -> RecordRestorer.DeferredSlot {
        let length = try reader.count()
        let hash = try reader.word()
        switch text {
        case nil:
            throw CacheDamage("deferred text without its bytes")
        case .later(let store, let index, let offset, let textLength)?:
            guard textLength == length else { throw CacheDamage("deferred text length") }
            store.register(index, offset: offset, length: length, hash: hash)
            return RecordRestorer.DeferredSlot(source: store, index: index, length: length)
        case .bytes(let bytes)?:
            guard bytes.count == length, XXHash64.hash(bytes) == hash else { throw CacheDamage("deferred text does not match") }
            let value = try ByteReader.string(bytes, checked: true)
            let at = MemoryDeferredText(value)
            return RecordRestorer.DeferredSlot(source: at, index: 0, length: length)
        }
    }
}

/// One text at hand, held as a deferred text (a decode whose entry's text was given with it).
private final class MemoryDeferredText: DeferredTexts {
    let value: String
    init(_ value: String) { self.value = value }
    func text(_ index: Int) -> String? { index == 0 ? value : nil }
}
