/// The date signed at the end of a report (落款): a short line among the last lines that ends with a date,
/// alone or after the agency's name. Dates inside sentences ("统计期限自…至2022年12月31日止。") are not it.
enum SigningDate {
    static let lastLines = 12
    static let maxCharacters = 40
    static let punctuation = Phrase.words("，", "。", "；", "：", ",", ";")

    static func find(_ report: ReportText) -> (date: CalendarDate, line: Int)? {
        var looked = 0
        for index in report.lineRanges.indices.reversed() {
            if looked == lastLines { break }
            var range = report.lineRanges[index]
            if range.count > HeadingLine.maxBytes {
                // Web text: the whole report on one line, the signature after its last sentence.
                guard let tail = lastSentenceTail(report.bytes, range) else {
                    looked += 1
                    continue
                }
                range = tail
            }
            let cleaned = PlaceholderMarkup.stripped(report.bytes, Bytes.trimmed(report.bytes, range))
            let line = Bytes.trimmed(cleaned, 0..<cleaned.count)
            if line.isEmpty { continue }
            looked += 1
            guard Bytes.characterCount(cleaned, line) <= maxCharacters,
                  !Bytes.containsAny(punctuation, in: cleaned, line) else { continue }
            var i = line.lowerBound
            while i < line.upperBound {
                if let (date, end) = CalendarDate.parse(cleaned, at: i, limit: line.upperBound),
                   Bytes.skipSpaces(cleaned, from: end, limit: line.upperBound) == line.upperBound {
                    return (date, index + 1)
                }
                i = Bytes.forward(cleaned, from: i, characters: 1, limit: line.upperBound)
            }
        }
        return nil
    }

    /// The text after the last sentence mark of a long line, when it is short (a signature glued to the
    /// last paragraph: "…其他事项无。济南市济阳区工业和信息化局2023年1月19日").
    private static func lastSentenceTail(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let from = max(range.lowerBound, range.upperBound - HeadingLine.maxBytes)
        let ends = punctuation.compactMap { mark in Bytes.findLast(mark, in: bytes, from..<range.upperBound).map { $0 + mark.count } }
        guard let start = ends.max(), range.upperBound - start <= HeadingLine.maxBytes else { return nil }
        return start..<range.upperBound
    }
}
