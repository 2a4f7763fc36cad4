/// A decoded report ready for the readers: the LF-normalised text, its UTF-8 bytes, its numbered lines
/// and their byte ranges, the sections 一 … 六, and the running text (`FlowText`). Built once per report;
/// every step is linear in the size of the text.
///
/// The readers see the text after `ScriptFolding` (traditional → simplified, pinyin glosses dropped):
/// `bytes`, `lineRanges`, `lines`, `sections`, `flow`. `text` is the text as decoded, which the record
/// keeps; `sourceBytes` and `sourceLineRanges` are its bytes and lines (the same lines, by number).
struct ReportText: Sendable {
    let text: String
    let bytes: [UInt8]
    /// The byte range of each line (LF excluded), by 0-based index.
    let lineRanges: [Range<Int>]
    let lines: [SourceLine]
    let sections: Sections
    let flow: FlowText
    let sourceBytes: [UInt8]
    let sourceLineRanges: [Range<Int>]
    /// Gives names back in the report's own characters; nil when nothing was folded.
    let restorer: ScriptFolding.Restorer?

    init(_ text: String) {
        let text = LineBreaks.normalize(text)
        let source = Array(text.utf8)
        let sourceRanges = LineBreaks.ranges(of: source)
        var folded = ScriptFolding.fold(source)
        var ranges = sourceRanges
        if let lines = folded.map({ LineBreaks.ranges(of: $0.bytes) }) {
            // Folding keeps every line break; were it ever not so, the report is read unfolded.
            if lines.count == sourceRanges.count { ranges = lines } else { folded = nil }
        }
        let bytes = folded?.bytes ?? source
        self.text = text
        self.sourceBytes = source
        self.sourceLineRanges = sourceRanges
        self.restorer = folded?.restorer
        self.bytes = bytes
        self.lineRanges = ranges
        self.lines = ranges.enumerated().map { SourceLine(number: $0 + 1, text: ValidUTF8.string(bytes, $1)) }
        self.sections = SectionSplitter.split(bytes, lines: ranges)
        self.flow = FlowText(bytes, lines: ranges)
    }

    /// `name`, read from the folded text, in the report's own characters (itself when nothing was
    /// folded); nil when it cannot be given back with certainty (`ScriptFolding.Restorer`).
    func printed(_ name: String) -> String? {
        guard let restorer else { return name }
        return restorer.restore(name)
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

    /// The byte range in `sourceBytes` (the text as decoded) of the body of section `n` (the lines after its heading), without the
    /// spaces and blank lines at its ends; nil when absent. It starts and ends on character boundaries,
    /// so the record keeps it as a piece of the text.
    func bodyRange(ofSection n: Int) -> Range<Int>? {
        guard let range = sections[n] else { return nil }
        let bytes = sourceBytes
        let lineRanges = sourceLineRanges
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
