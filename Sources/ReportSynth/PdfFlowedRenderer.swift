import Foundation

/// Layout c: text flowed out of a PDF (report 004). A row is "label n n n", or its label broken over
/// lines with the figures after the last piece or on a line of their own; a blank cell simply has no
/// figure (the row then cannot be read); "三、本年度办理结果" is broken into the first rows
/// ("三、本" / "年度办" / "（一）予以公开 …" / "（二）部分公开（…， n n …" / " 理结果 不计其他情形）");
/// a page number ("- 5 -") may fall between a label and its figures.
enum PdfFlowedRenderer {
    private struct Output {
        var lines: [String] = []
        let blankBetween: Bool

        mutating func add(_ line: String) {
            lines.append(line)
            if blankBetween { lines.append("") }
        }
    }

    static func render(_ table: SynthTable, style: SynthStyle, rng: inout SplitMix64) -> [String] {
        var out = Output(blankBetween: style.blankLinesBetween)
        var carry: String?
        for (i, row) in table.rows.enumerated() {
            if row.isHeader {
                header(row, breaking: table.width != 4, &out, &rng)
                continue
            }
            let numbers = row.cells.filter { !$0.isBlank }.map(\.text)
            let nextIsPartial = i + 1 < table.rows.count && table.rows[i + 1].label.contains("部分公开")
            for prefix in row.prefix {
                if prefix.hasPrefix("三、本年度办理结果"), nextIsPartial, rng.chance(0.6) {
                    out.add("三、本")
                    out.add("年度办")
                    carry = "理结果"
                } else {
                    broken(prefix, &rng).forEach { out.add($0) }
                }
            }
            if row.label.isEmpty {
                reviewFigures(numbers, &out, &rng)
            } else if let glued = carry, let cut = row.label.range(of: "不计其他情形") {
                out.add(String(row.label[..<cut.lowerBound]) + " " + numbers.joined(separator: " "))
                out.add(" " + glued + " " + String(row.label[cut.lowerBound...]))
                carry = nil
            } else {
                dataRow(row.label, numbers, style, &out, &rng)
            }
        }
        return out.lines
    }

    /// Header cells on one line, or one per line, some broken in two ("自然" / "人"); table 二's column
    /// headings stay whole (they name the template).
    private static func header(_ row: SynthRow, breaking: Bool, _ out: inout Output, _ rng: inout SplitMix64) {
        let texts = row.cells.map(\.text).filter { !$0.isEmpty }
        guard !texts.isEmpty else { return }
        if rng.chance(0.5) {
            out.add(texts.joined(separator: " "))
        } else {
            for text in texts { (breaking ? broken(text, &rng) : [text]).forEach { out.add($0) } }
        }
    }

    private static func broken(_ text: String, _ rng: inout SplitMix64) -> [String] {
        let characters = Array(text)
        guard characters.count >= 4, rng.chance(0.4) else { return [text] }
        let at = rng.int(2...(characters.count - 2))
        return [String(characters[..<at]), String(characters[at...])]
    }

    /// "label n n n", "part / part n n n", "label / n n n" or "part / part / n n n".
    private static func dataRow(
        _ label: String, _ numbers: [String], _ style: SynthStyle, _ out: inout Output, _ rng: inout SplitMix64
    ) {
        let figures = numbers.joined(separator: " ")
        let pieces: [String]
        if style.splitLabels, rng.chance(0.5), let (a, b) = TableRenderer.split(label, &rng) {
            pieces = [a, b]
        } else {
            pieces = [label]
        }
        if figures.isEmpty || rng.chance(0.3) {
            pieces.forEach { out.add($0) }
            if rng.chance(0.15) { out.add("- \(rng.int(2...12)) -") }
            if !figures.isEmpty { out.add(figures) }
        } else {
            pieces.dropLast().forEach { out.add($0) }
            out.add(pieces[pieces.count - 1] + " " + figures)
        }
    }

    /// Table 四: the 15 figures on one line, or on three lines of five.
    private static func reviewFigures(_ numbers: [String], _ out: inout Output, _ rng: inout SplitMix64) {
        if rng.chance(0.7) {
            out.add(numbers.joined(separator: " "))
            return
        }
        var start = 0
        while start < numbers.count {
            out.add(numbers[start..<min(start + 5, numbers.count)].joined(separator: " "))
            start += 5
        }
    }
}
