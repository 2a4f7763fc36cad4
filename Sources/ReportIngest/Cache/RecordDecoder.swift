import ReportModel

/// Decodes what `RecordEncoder` wrote. Every index, length and range is checked against the entry and
/// the catalog, and text must be valid UTF-8 — unless `verified`: the entry's checksum has matched, so
/// its bytes are the ones the encoder wrote from Swift strings (see `ByteReader.string`). A damaged
/// entry throws, it never yields a wrong record.
enum RecordDecoder {
    static func decode(_ bytes: UnsafeRawBufferPointer, verified: Bool = false, catalog: FieldCatalog = .standard) throws(CacheDamage) -> CorpusLoader.Outcome {
        var reader = ByteReader(bytes)
        let outcome: CorpusLoader.Outcome
        switch try reader.byte() {
        case RecordEncoder.recordEntry:
            outcome = .record(try record(&reader, checked: !verified, catalog: catalog))
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

    private static func record(_ reader: inout ByteReader, checked: Bool, catalog: FieldCatalog) throws(CacheDamage) -> ReportRecord {
        var record = try ReportRecord(catalog: catalog) { (restorer) throws(CacheDamage) in
            try fields(&reader, checked: checked, into: &restorer)
        }
        let warnings = try reader.count(limit: reader.end)
        for _ in 0..<warnings { record.warningList.append(try reader.string(checked: checked)) }
        return record
    }

    /// Reads the stored fields (in increasing field order) into the record.
    private static func fields(_ reader: inout ByteReader, checked: Bool, into record: inout RecordRestorer) throws(CacheDamage) {
        let count = record.count
        let present = try reader.count(limit: count)
        var field = -1
        /// Where the texts' bytes start in the entry, for the pieces that refer to them.
        var sources: [(field: Int, start: Int, count: Int)] = []
        for _ in 0..<present {
            field += 1 + (try reader.count(limit: count))
            guard field < count else { throw CacheDamage("field index out of range") }
            let tag = try reader.byte()
            let origin: Provenance?
            switch tag >> 3 {
            case 0: origin = nil
            case 1: origin = Provenance(line: try reader.signed(), origin: .table)
            case 2: origin = Provenance(line: try reader.signed(), origin: .narrative)
            case 3: origin = Provenance(line: try reader.signed(), origin: .derived)
            default: throw CacheDamage("bad origin")
            }
            let value: Value
            switch tag & 7 {
            case RecordEncoder.Kind.null.rawValue: value = .null
            case RecordEncoder.Kind.integer.rawValue: value = .integer(try reader.signed())
            case RecordEncoder.Kind.decimal.rawValue: value = .decimal(Double(bitPattern: try reader.word()))
            case RecordEncoder.Kind.falseValue.rawValue: value = .bool(false)
            case RecordEncoder.Kind.trueValue.rawValue: value = .bool(true)
            case RecordEncoder.Kind.text.rawValue:
                let length = try reader.count()
                let start = reader.offset
                value = .text(try ByteReader.string(try reader.bytes(length), checked: checked))
                sources.append((field, start, length))
            case RecordEncoder.Kind.textRange.rawValue:
                let sourceField = try reader.count(limit: count)
                let start = try reader.count()
                let length = try reader.count()
                guard let source = sources.last(where: { $0.field == sourceField }),
                      start <= source.count, length <= source.count - start else {
                    throw CacheDamage("bad text range")
                }
                // A piece of valid UTF-8 is valid when it starts and ends on a character boundary.
                let end = start + length
                guard start == source.count || !isContinuation(reader.base, source.start + start),
                      end == source.count || !isContinuation(reader.base, source.start + end) else {
                    throw CacheDamage("text range cuts a character")
                }
                record.restorePiece(field, of: sourceField, utf8: start..<end, origin)
                continue
            default:
                throw CacheDamage("bad value kind")
            }
            record.restore(field, value, origin)
        }
    }

    private static func isContinuation(_ base: UnsafeRawPointer, _ offset: Int) -> Bool {
        base.load(fromByteOffset: offset, as: UInt8.self) & 0xC0 == 0x80
    }
}
