/// A line of web text: a report saved as the text of its web page, often all on one line, the table rows
/// glued to their labels and their cells glued to each other ("一、本年新收政府信息公开申请数量1000001二、上年
/// 结转…"). Cuts the folded line into the rows a flowed text would have: the text before each run of figures
/// is the row's label, the run its one glued cell; the text is also cut after each sentence (。) and around
/// section headings, so that the locator sees headings, headers and rows as it does in other layouts.
///
/// A run is digits, 无 next to digits (or after a table 二 label) and decimal points between digits. It is a
/// row's figures only when it follows a label (an ideograph or ")") and is followed by the next label, an
/// opening parenthesis or the end of the line, not by a unit ("151条", "2022年"). A digit before "."/"、"/")"
/// that ends a run is the next label's numbering ("00000002.其他法律…" is 0000000, then "2.其他法律…").
enum GluedLine {
    /// The rows of a line holding glued table rows, or nil for any other line: it must hold two rows of
    /// tables 二–四 (a label with a run), or one whose line ends without space-separated figures.
    static func rows(_ raw: [Unicode.Scalar], line: Int, index: Int) -> [GridRow]? {
        guard raw.contains(where: isDigitLike) else { return nil }
        var folded: [Unicode.Scalar] = []
        let image = LabelText.fold(raw[...], into: &folded)
        let segments = segment(folded)
        // Only a label followed by a run can make the line a table's (`keyed` below): prose whose
        // figures all carry units has none, and is not cut into rows at all.
        guard segments.contains(where: { $0.run != nil }) else { return nil }
        var rows: [GridRow] = []
        var keyed = 0
        for (label, run) in segments {
            let pieces = GluedTextCuts.pieces(folded, label)
            for (n, piece) in pieces.enumerated() {
                var row = GridRow(line: line, index: index)
                row.label = Array(folded[piece])
                if n == pieces.count - 1, let run {
                    row.cells = [GridCell(kind: .glued(run), line: line)]
                    if isTableRow(row.label) { keyed += 1 }
                }
                if !row.isEmpty { rows.append(row) }
            }
        }
        guard keyed >= 2 || (keyed == 1 && !endsWithFigure(raw)) else { return nil }
        if image, !rows.isEmpty { rows[0].hasImage = true }
        return rows
    }

    /// The label ranges of the folded line, each with the run that follows it (nil for the text at the end).
    static func segment(_ f: [Unicode.Scalar]) -> [(label: Range<Int>, run: GluedRun?)] {
        var segments: [(label: Range<Int>, run: GluedRun?)] = []
        var start = 0
        var i = 0
        while i < f.count {
            guard startsRun(f, at: i, labelStart: start) else {
                i += 1
                continue
            }
            var run: [Unicode.Scalar] = []
            var j = i
            while j < f.count {
                let s = f[j]
                if isDigit(s) || (s == GluedRun.zeroWord && !startsLabel(f, at: j)) {
                    run.append(s)
                } else if s == ".", j > i, isDigit(f[j - 1]), j + 1 < f.count, isDigit(f[j + 1]) {
                    run.append(s)
                } else {
                    break
                }
                j += 1
            }
            var end = j
            if end < f.count, numbering.contains(f[end]), isDigit(f[end - 1]) {
                end -= 1
                run.removeLast()
            }
            if !run.isEmpty, i > 0, precedesRun(f[i - 1]), end == f.count || followsRun(f[end]) {
                segments.append((start..<i, GluedRun(run)))
                start = end
            }
            i = max(j, i + 1)
        }
        segments.append((start..<f.count, nil))
        return segments
    }

    private static let numbering: Set<Unicode.Scalar> = [".", "、", ")"]

    /// Counting words after a figure in a sentence: "151条", "2022年", "3件", "50%".
    private static let units: Set<Unicode.Scalar> = Set("件条元年月日个人次项万%‰余多份家天名篇期场批户位号届季周时分秒亿千百倍岁类种处起例宗页册张台套辆".unicodeScalars)

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    private static func isDigitLike(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value >= 0xFF10 && s.value <= 0xFF19) || s == GluedRun.zeroWord
    }

    private static func isIdeograph(_ s: Unicode.Scalar) -> Bool { s.value >= 0x4E00 && s.value <= 0x9FFF }

    /// 无 opening 无法提供 or 无正当理由 is a label's first word, not a zero.
    private static func startsLabel(_ f: [Unicode.Scalar], at i: Int) -> Bool {
        i + 1 < f.count && (f[i + 1] == "法" || f[i + 1] == "正")
    }

    /// A digit, or 无 next to another figure or right after a table 二 label ("行政许可无").
    private static func startsRun(_ f: [Unicode.Scalar], at i: Int, labelStart: Int) -> Bool {
        if isDigit(f[i]) { return true }
        guard f[i] == GluedRun.zeroWord, !startsLabel(f, at: i) else { return false }
        if i + 1 < f.count, isDigit(f[i + 1]) || f[i + 1] == GluedRun.zeroWord { return true }
        // Table 二's keys end the label and are short: its last scalars decide.
        return TableRowKeys.proactive.match(Array(f[max(labelStart, i - 16)..<i])) != nil
    }

    private static func precedesRun(_ s: Unicode.Scalar) -> Bool {
        (isIdeograph(s) && s != "第") || s == ")"
    }

    private static func followsRun(_ s: Unicode.Scalar) -> Bool {
        (isIdeograph(s) && !units.contains(s)) || s == "(" || isDigit(s)
    }

    /// A label of tables 二 or 三, or table 四's column headers.
    private static func isTableRow(_ label: [Unicode.Scalar]) -> Bool {
        TableRowKeys.requests.match(label) != nil || TableRowKeys.proactive.match(label) != nil
            || TableHeadings.isReviewHeader(label)
    }

    /// The line ends with a space-separated figure: a flowed row ("（一）予以公开 1 0 0"), read as such.
    private static func endsWithFigure(_ raw: [Unicode.Scalar]) -> Bool {
        var end = raw.count
        while end > 0, LabelText.isSpace(raw[end - 1]) || raw[end - 1] == "\r" { end -= 1 }
        var start = end
        while start > 0, !LabelText.isSpace(raw[start - 1]) { start -= 1 }
        guard start < end else { return false }
        var folded: [Unicode.Scalar] = []
        LabelText.fold(raw[start..<end], into: &folded)
        return GridCell.classify(folded[...]) != .text
    }
}
