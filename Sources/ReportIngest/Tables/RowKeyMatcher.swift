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

    init(_ keys: [(String, Row, atEnd: Bool)]) {
        var table: [Unicode.Scalar: [Key]] = [:]
        for (text, row, atEnd) in keys {
            let folded = LabelText.folded(text)
            table[folded[folded.count - 1], default: []].append(Key(text: folded, row: row, atEnd: atEnd))
        }
        byLastScalar = table.mapValues { $0.sorted { $0.text.count > $1.text.count } }
    }

    /// The row whose key ends last in `label`, or nil.
    func match(_ label: [Unicode.Scalar]) -> Row? {
        let end = label.trimmingTrailingPunctuation.count
        var e = label.count
        while e > 0 {
            if let keys = byLastScalar[label[e - 1]] {
                for key in keys where (!key.atEnd || e == end) && e >= key.text.count {
                    if LabelText.starts(label[...], at: e - key.text.count, with: key.text) { return key.row }
                }
            }
            e -= 1
        }
        return nil
    }
}
