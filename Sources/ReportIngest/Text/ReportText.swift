/// A decoded report ready for the readers: the LF-normalised text, its UTF-8 bytes, its numbered lines
/// and their byte ranges, the sections 一 … 六, and the running text (`FlowText`). Built once per report;
/// every step is linear in the size of the text.
struct ReportText: Sendable {
    let text: String
    let bytes: [UInt8]
    /// The byte range of each line (LF excluded), by 0-based index.
    let lineRanges: [Range<Int>]
    let lines: [SourceLine]
    let sections: Sections
    let flow: FlowText

    init(_ text: String) {
        let text = LineBreaks.normalize(text)
        let bytes = Array(text.utf8)
        let ranges = LineBreaks.ranges(of: bytes)
        self.text = text
        self.bytes = bytes
        self.lineRanges = ranges
        self.lines = ranges.enumerated().map { SourceLine(number: $0 + 1, text: ValidUTF8.string(bytes, $1)) }
        self.sections = SectionSplitter.split(bytes, lines: ranges)
        self.flow = FlowText(bytes, lines: ranges)
    }

    /// The line indices before the first section heading (title, preamble); all lines when there is none.
    var preamble: Range<Int> {
        0..<(sections.ranges.compactMap { $0?.lowerBound }.first ?? lineRanges.count)
    }

    /// The flow range of section `n`, or nil when the report has no such section.
    func flowRange(ofSection n: Int) -> Range<Int>? {
        sections[n].map { flow.range(ofLines: $0) }
    }

    /// Section `n`'s flow range, or the whole text when the section was not found.
    func flowScope(_ n: Int) -> Range<Int> { flowRange(ofSection: n) ?? flow.all }

    /// The byte range in `bytes` of the body of section `n` (the lines after its heading), without the
    /// spaces and blank lines at its ends; nil when absent. It starts and ends on character boundaries,
    /// so the record keeps it as a piece of the text.
    func bodyRange(ofSection n: Int) -> Range<Int>? {
        guard let range = sections[n] else { return nil }
        guard range.count > 1 else { return lineRanges[range.lowerBound].upperBound..<lineRanges[range.lowerBound].upperBound }
        var start = lineRanges[range.lowerBound + 1].lowerBound
        var end = lineRanges[range.upperBound - 1].upperBound
        while start < end {
            let width = bytes[start] == 0x0A || bytes[start] == 0x0D ? 1 : Bytes.spaceWidth(bytes, at: start, limit: end)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let previous = Bytes.back(bytes, from: end, characters: 1, floor: start)
            let isSpace = bytes[previous] == 0x0A || bytes[previous] == 0x0D
                || Bytes.spaceWidth(bytes, at: previous, limit: end) == end - previous
            if !isSpace { break }
            end = previous
        }
        return start..<end
    }

    /// The number of sections found.
    var sectionCount: Int { sections.ranges.compactMap { $0 }.count }
}
