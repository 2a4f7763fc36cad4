/// Finds the template row a label names when none of the row keys is in it — a misprint
/// ("2.其他法律行政止公开" for "2.其他法律行政法规禁止公开"), a dropped character or an OCR slip
/// ("(一)予以公幵"). Only rows with the same numbering mark are candidates, a candidate must share
/// most of its label's words (the longest common subsequence over the longer of the two, at least
/// `threshold`), and exactly one candidate may be that close: when two are, the label names neither.
struct FuzzyLabel<Row: Hashable & Sendable>: Sendable {
    struct Candidate: Sendable {
        var row: Row
        var mark: [Unicode.Scalar]
        var body: [Unicode.Scalar]
    }

    static var threshold: Double { 0.6 }
    /// Labels longer than this (scalars) are not compared (a segment that ran into other text).
    static var maxLength: Int { 64 }

    let candidates: [Candidate]

    /// - Parameter labels: each row with its printed label ("2.其他法律行政法规禁止公开").
    init(_ labels: [(Row, String)]) {
        candidates = labels.compactMap { row, label in
            let folded = LabelText.folded(label)
            let segments = LabelSegments(folded).segments
            guard let first = segments.first, let mark = first.mark else { return nil }
            return Candidate(row: row, mark: mark, body: Array(folded[first.markLength...]))
        }
    }

    /// The one row whose label is close to `body` under the same mark, or nil.
    func match(mark: [Unicode.Scalar], body: ArraySlice<Unicode.Scalar>) -> Row? {
        guard !body.isEmpty, body.count <= Self.maxLength else { return nil }
        var found: Row?
        for candidate in candidates where candidate.mark == mark {
            let common = Self.commonLength(body, candidate.body[...])
            let similarity = Double(common) / Double(max(body.count, candidate.body.count))
            guard similarity >= Self.threshold else { continue }
            if found != nil { return nil }
            found = candidate.row
        }
        return found
    }

    /// The length of the longest common subsequence (two rows of the table, no allocation per cell).
    static func commonLength(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int {
        let b = Array(b)
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
