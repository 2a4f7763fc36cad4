/// The label text of a table stream cut into the labels of its rows: a cut before every numbering mark —
/// "一、" … "十、", "(一)" … "(十)", "1." / "1、" … (a digit run not inside a number) — so that a label keeps
/// its pieces however its lines broke, and figures printed between the pieces fall inside it.
struct LabelSegments {
    struct Segment: Sendable {
        /// `text[range]` is the segment's label.
        var range: Range<Int>
        /// The numbering mark it opens with, normalised ("一、", "(一)", "1."), or nil for the text before
        /// the first mark.
        var mark: [Unicode.Scalar]?
        /// The length of the mark in the text (0 without one).
        var markLength: Int
    }

    private(set) var segments: [Segment] = []

    /// 一 … 十, the numerals of section and group marks.
    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    init(_ text: [Unicode.Scalar]) {
        var starts: [(at: Int, mark: [Unicode.Scalar], length: Int)] = []
        var i = 0
        while i < text.count {
            if let mark = Self.mark(text, at: i) {
                starts.append((i, mark.normalised, mark.length))
                i += mark.length
            } else {
                i += 1
            }
        }
        if starts.first?.at != 0 { segments.append(Segment(range: 0..<(starts.first?.at ?? text.count), mark: nil, markLength: 0)) }
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].at : text.count
            segments.append(Segment(range: start.at..<end, mark: start.mark, markLength: start.length))
        }
    }

    /// The index of the segment a figure printed at `offset` belongs to: the last one starting before it
    /// (figures after a label, or between its pieces, are its own).
    func index(ofFigureAt offset: Int) -> Int? {
        var lower = 0
        var upper = segments.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if segments[mid].range.lowerBound < offset { lower = mid + 1 } else { upper = mid }
        }
        return lower == 0 ? nil : lower - 1
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// A numbering mark at `i`, with its normalised form.
    private static func mark(_ t: [Unicode.Scalar], at i: Int) -> (normalised: [Unicode.Scalar], length: Int)? {
        let s = t[i]
        if isNumeral(s), i + 1 < t.count, t[i + 1] == "、" {
            if i > 0, isNumeral(t[i - 1]) || t[i - 1] == "第" { return nil }
            return ([s, "、"], 2)
        }
        if s == "(", i + 2 < t.count, isNumeral(t[i + 1]), t[i + 2] == ")" {
            return (["(", t[i + 1], ")"], 3)
        }
        if isDigit(s), i == 0 || (!isDigit(t[i - 1]) && t[i - 1] != ".") {
            var j = i
            while j < t.count, j - i < 2, isDigit(t[j]) { j += 1 }
            guard j < t.count, t[j] == "." || t[j] == "、", j + 1 < t.count, !isDigit(t[j + 1]) else { return nil }
            return (Array(t[i..<j]) + ["."], j + 1 - i)
        }
        return nil
    }
}
