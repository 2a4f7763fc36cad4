import ReportModel

/// The report texts (`text` and its sections `text.s1` … `text.s6`) in one UTF-8 buffer, built the
/// first time a query reads them. A search reads the bytes in place: one buffer in row order, where
/// 100,000 `String`s each cost a cold object header (a cache miss and a reference count) before the
/// first byte. A section is a byte range of its report's text, so the sections add no bytes.
///
/// A text left in the parse cache is read straight into the buffer and not kept by its record.
final class TextArena: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    let size: Int

    private init(size: Int) {
        self.size = size
        base = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 8)
    }

    deinit { base.deallocate() }

    /// The bytes `range` of the buffer.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + range.lowerBound, count: range.count)
    }

    /// Lays out `fields` (text fields of `records`) in one arena. A field holding a piece of
    /// `textField` is a range of that row's text; any other text is copied in. A text that cannot be
    /// read exactly, or a piece that does not fall on character boundaries of it, is null.
    static func build(_ records: [ReportRecord], fields: [Int], textField: Int) -> [Int: TextSpans] {
        let n = records.count
        // Sizes first, so the buffer is allocated once at its size (no copy as it grows).
        var starts = [[Int]](repeating: [Int](repeating: 0, count: n), count: fields.count)
        var counts = [[Int]](repeating: [Int](repeating: -1, count: n), count: fields.count)
        var total = 0
        for r in 0..<n {
            for (k, field) in fields.enumerated() where field < records[r].fieldCount {
                if field != textField, let piece = records[r].piece(FieldID(field)), piece.source.rawValue == textField { continue }
                let count = records[r].ownTextUTF8Count(field) ?? records[r].text(field)?.utf8.count
                if let count {
                    starts[k][r] = total
                    counts[k][r] = count
                    total += count
                }
            }
        }
        let arena = TextArena(size: total)
        let (laidOut, lengths) = (starts, counts)
        let halves = n >= 8_192 ? [0..<n / 2, n / 2..<n] : [0..<n]
        let copiedFlags = ParallelChunks.map(halves) { rows -> [[Bool]] in
            fields.indices.map { k in
                rows.map { r in
                    guard lengths[k][r] >= 0 else { return false }
                    let destination = UnsafeMutableRawBufferPointer(start: arena.base + laidOut[k][r], count: lengths[k][r])
                    if records[r].ownTextUTF8Count(fields[k]) != nil { return records[r].copyOwnText(fields[k], to: destination) }
                    return records[r].text(fields[k]).map { DeferredTextCopy.copy($0, to: destination) } ?? false
                }
            }
        }
        var spans: [Int: TextSpans] = [:]
        var valid = [[Bool]](repeating: [Bool](repeating: false, count: n), count: fields.count)
        for (h, rows) in halves.enumerated() {
            for k in fields.indices { for (i, r) in rows.enumerated() { valid[k][r] = copiedFlags[h][k][i] } }
        }
        let text = fields.firstIndex(of: textField)
        for (k, field) in fields.enumerated() {
            var ends = zip(starts[k], counts[k]).map { $0 + max($1, 0) }
            if field != textField, let text {
                for r in 0..<n where field < records[r].fieldCount && counts[k][r] < 0 {
                    guard valid[text][r], let piece = records[r].piece(FieldID(field)), piece.source.rawValue == textField else { continue }
                    let source = starts[text][r]..<starts[text][r] + counts[text][r]
                    guard let range = arena.range(piece.utf8, in: source) else { continue }
                    starts[k][r] = range.lowerBound
                    ends[r] = range.upperBound
                    valid[k][r] = true
                }
            }
            spans[field] = TextSpans(arena: arena, starts: starts[k], ends: ends, valid: valid[k])
        }
        return spans
    }

    /// `piece` (a range of a text's bytes) as a range of the buffer, when it lies inside the text
    /// `source` and on its character boundaries; else nil (a piece that cuts a character is null).
    private func range(_ piece: Range<Int>, in source: Range<Int>) -> Range<Int>? {
        guard piece.lowerBound >= 0, piece.upperBound <= source.count else { return nil }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let lower = source.lowerBound + piece.lowerBound
        let upper = source.lowerBound + piece.upperBound
        guard lower == source.upperBound || bytes[lower] & 0xC0 != 0x80,
              upper == source.upperBound || bytes[upper] & 0xC0 != 0x80 else { return nil }
        return lower..<upper
    }
}
