import ReportModel

/// The report texts (`text` and its sections `text.s1` … `text.s6`) as bytes in memory, in place, set
/// up the first time a query reads them. A search reads the bytes directly: where 100,000 `String`s
/// each cost a cold object header (a cache miss and a reference count) before the first byte.
///
/// A text the records keep in a `TextStore` (a load that parsed its files) is read where it is. A
/// text left in the parse cache is read with `pread` straight into one buffer (this arena), and not
/// kept by its record. Either way a text is in memory once. A section is a byte range of its
/// report's text, so the sections add no bytes.
final class TextArena: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    let size: Int

    private init(size: Int) {
        self.size = size
        base = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 8)
    }

    deinit { base.deallocate() }

    /// Lays out `fields` (text fields of `records`). A field holding a piece of `textField` is a range
    /// of that row's text; any other text is read in place or copied into the arena. A text that
    /// cannot be read exactly, or a piece that does not fall on character boundaries of it, is null.
    static func build(_ records: [ReportRecord], fields: [Int], textField: Int) -> [Int: TextSpans] {
        let n = records.count
        var layout = Layout(rows: n, fields: fields.count)
        var total = 0
        for r in 0..<n {
            for (k, field) in fields.enumerated() where field < records[r].fieldCount {
                if field != textField, let piece = records[r].piece(FieldID(field)), piece.source.rawValue == textField { continue }
                if let (bytes, source) = records[r].textInMemory(field) {
                    layout.place(k, r, address: UInt(bitPattern: bytes.baseAddress), count: bytes.count, owner: source)
                } else if let count = records[r].ownTextUTF8Count(field) ?? records[r].text(field)?.utf8.count {
                    layout.copies[k][r] = total
                    layout.counts[k][r] = count
                    total += count
                }
            }
        }
        let arena = TextArena(size: total)
        arena.copy(records, fields: fields, layout: &layout)
        let text = fields.firstIndex(of: textField)
        var spans: [Int: TextSpans] = [:]
        for (k, field) in fields.enumerated() {
            if field != textField, let text { layout.placePieces(k, of: text, records, field: FieldID(field), textField: textField) }
            spans[field] = TextSpans(addresses: layout.addresses[k], counts: layout.counts[k], valid: layout.valid[k],
                                     owners: layout.owners + [arena])
        }
        return spans
    }

    /// Copies the texts that `layout` places in the arena, the two halves of a large corpus on two threads.
    private func copy(_ records: [ReportRecord], fields: [Int], layout: inout Layout) {
        let n = records.count
        let (offsets, counts) = (layout.copies, layout.counts)
        let address = UInt(bitPattern: base)
        let halves = n >= 8_192 ? [0..<n / 2, n / 2..<n] : [0..<n]
        let copied = ParallelChunks.map(halves) { rows -> [[Int]] in
            fields.indices.map { k in
                rows.filter { r in
                    guard offsets[k][r] >= 0 else { return false }
                    let destination = UnsafeMutableRawBufferPointer(start: self.base + offsets[k][r], count: counts[k][r])
                    if records[r].copyOwnText(fields[k], to: destination) { return true }
                    // A text of the record's own that cannot be read is null; any other text is copied as a string.
                    guard records[r].ownTextUTF8Count(fields[k]) == nil else { return false }
                    return records[r].text(fields[k]).map { DeferredTextCopy.copy($0, to: destination) } ?? false
                }
            }
        }
        for half in copied {
            for k in fields.indices {
                for r in half[k] {
                    layout.addresses[k][r] = address + UInt(offsets[k][r])
                    layout.valid[k][r] = true
                }
            }
        }
    }
}

/// Where each row of each field lies while the arena is set up.
private struct Layout {
    var addresses: [[UInt]]
    var counts: [[Int]]
    var valid: [[Bool]]
    /// The arena offset of a text to copy there (-1: none).
    var copies: [[Int]]
    /// The stores whose bytes are read in place, once each.
    var owners: [any AnyObject & Sendable] = []
    private var known: Set<ObjectIdentifier> = []

    init(rows: Int, fields: Int) {
        addresses = Array(repeating: Array(repeating: 0, count: rows), count: fields)
        counts = Array(repeating: Array(repeating: 0, count: rows), count: fields)
        valid = Array(repeating: Array(repeating: false, count: rows), count: fields)
        copies = Array(repeating: Array(repeating: -1, count: rows), count: fields)
    }

    mutating func place(_ k: Int, _ r: Int, address: UInt, count: Int, owner: any DeferredTexts) {
        addresses[k][r] = address
        counts[k][r] = count
        valid[k][r] = true
        if known.insert(ObjectIdentifier(owner)).inserted { owners.append(owner) }
    }

    /// Field k's pieces of the text (field `text` in this layout): ranges of each row's text, where
    /// they lie inside it and on its character boundaries.
    mutating func placePieces(_ k: Int, of text: Int, _ records: [ReportRecord], field: FieldID, textField: Int) {
        for r in records.indices where field.rawValue < records[r].fieldCount && !valid[k][r] && valid[text][r] {
            guard let piece = records[r].piece(field), piece.source.rawValue == textField,
                  piece.utf8.lowerBound >= 0, piece.utf8.upperBound <= counts[text][r],
                  let bytes = UnsafePointer<UInt8>(bitPattern: addresses[text][r]) else { continue }
            let (lower, upper, end) = (piece.utf8.lowerBound, piece.utf8.upperBound, counts[text][r])
            guard lower == end || bytes[lower] & 0xC0 != 0x80, upper == end || bytes[upper] & 0xC0 != 0x80 else { continue }
            addresses[k][r] = addresses[text][r] + UInt(lower)
            counts[k][r] = upper - lower
            valid[k][r] = true
        }
    }
}
