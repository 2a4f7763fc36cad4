/// "Did you mean …?": the closest candidate by edit distance (insertions, deletions, substitutions
/// and transpositions of adjacent characters), if it is close enough to be a likely typo.
public enum Suggestions {
    /// The best candidate within the allowed distance; ties go to the earlier candidate.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let source = Array(word.lowercased().unicodeScalars)
        guard !source.isEmpty else { return nil }
        let limit = allowedDistance(for: source.count)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let target = Array(candidate.lowercased().unicodeScalars)
            guard abs(target.count - source.count) <= limit else { continue }
            let d = distance(source, target, limit: best.map { min($0.distance - 1, limit) } ?? limit)
            guard let d, d <= limit else { continue }
            if best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.name
    }

    /// Short words allow one edit, longer ones up to three.
    static func allowedDistance(for length: Int) -> Int {
        switch length {
        case ...1: return 0
        case ...4: return 1
        case ...8: return 2
        default: return 3
        }
    }

    /// Optimal-string-alignment distance, or nil once it must exceed `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard limit >= 0 else { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                row[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, row) = (previous, row, previousPrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
