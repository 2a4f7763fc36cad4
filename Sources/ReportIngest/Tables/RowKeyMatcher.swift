/// Finds which row a label names, by the distinctive words of each row ("国家秘密", "逾期不补正").
///
/// A label is the folded text of the row's cells, often with fragments before it (a group label
/// "(三)不予公开", a broken row prefix "三、本年度办", a column header). The key that ends last in the
/// label wins, so fragments before the row's own words never decide. Keys marked `atEnd` ("其他", "总计")
/// count only at the very end of the label, so "…不计其他情形)" never reads as the row "3.其他".
struct RowKeyMatcher<Row: Sendable>: Sendable {
    private struct Key: Sendable {
        let text: [Unicode.Scalar]
        let row: Row
        let atEnd: Bool
    }

    /// Keys by their last scalar, longest first.
    private let byLastScalar: [Unicode.Scalar: [Key]]
    /// A bit for each key's last scalar (by its value modulo 4096): a label scalar whose bit is clear ends
    /// no key, so the dictionary is asked only where one may end (most scalars of a label end none).
    private let mayEndKey: [UInt64]

    init(_ keys: [(String, Row, atEnd: Bool)]) {
        var table: [Unicode.Scalar: [Key]] = [:]
        for (text, row, atEnd) in keys {
            let folded = LabelText.folded(text)
            table[folded[folded.count - 1], default: []].append(Key(text: folded, row: row, atEnd: atEnd))
        }
        byLastScalar = table.mapValues { $0.sorted { $0.text.count > $1.text.count } }
        var bits = [UInt64](repeating: 0, count: 64)
        for last in table.keys { bits[Int(last.value >> 6 & 63)] |= 1 << UInt64(last.value & 63) }
        mayEndKey = bits
    }

    private func mayEnd(_ s: Unicode.Scalar) -> Bool { mayEndKey[Int(s.value >> 6 & 63)] >> UInt64(s.value & 63) & 1 != 0 }

    /// The row whose key ends last in `label`, or nil.
    func match(_ label: [Unicode.Scalar]) -> Row? { matchKey(label[...])?.row }

    /// The row whose key ends last in `label`, and where that key starts.
    func matchKey(_ label: ArraySlice<Unicode.Scalar>) -> (row: Row, start: Int)? {
        var end = label.endIndex
        while end > label.startIndex, Self.isTrailingPunctuation(label[end - 1]) { end -= 1 }
        var e = label.endIndex
        while e > label.startIndex {
            if mayEnd(label[e - 1]), let keys = byLastScalar[label[e - 1]] {
                for key in keys where (!key.atEnd || e == end) && e - label.startIndex >= key.text.count {
                    if LabelText.starts(label, at: e - key.text.count, with: key.text) { return (key.row, e - key.text.count) }
                }
            }
            e -= 1
        }
        return nil
    }

    /// `：`, `。`, `;`, `,`, `.` (folded) after a label's last word.
    private static func isTrailingPunctuation(_ s: Unicode.Scalar) -> Bool {
        s == ":" || s == "。" || s == ";" || s == "," || s == "."
    }

    /// The row named before the words that name the label's row (`matchKey`), when it is another row
    /// for which `counts` holds: a label put together from pieces that holds two rows' labels (a PDF
    /// that printed several labels, then their figures) does not say which of them its figures are.
    func earlierRow(_ label: [Unicode.Scalar], where counts: (Row) -> Bool) -> Row? {
        guard let last = matchKey(label[...]), let earlier = matchKey(label[..<last.start]) else { return nil }
        return counts(earlier.row) ? earlier.row : nil
    }
}
