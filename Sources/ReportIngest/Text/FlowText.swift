/// The report's lines joined back into running text, for sentences that a PDF conversion broke across
/// lines ("我局未\n\n收取信息处理费", "提案\n\n24 件"). Each line is trimmed and its converter markup removed;
/// blank lines vanish. A line continues the previous one directly, except that a hard break (LF) is kept
/// after a sentence end (。；：！？) or a short numbered heading, and before a numbered item (（二）, 3., 一是),
/// and a space separates two ASCII letters or digits so that numbers on adjacent lines never fuse.
/// Offsets map back to 1-based line numbers.
struct FlowText: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The offset where each line's text starts; one more entry than lines (the end).
    private(set) var lineStarts: [Int] = []

    static let hardBreak: UInt8 = 0x0A
    static let sentenceEnds: [[UInt8]] = ["。", "；", "：", "！", "？", ";", ":", "!", "?"].map { Array($0.utf8) }
    /// A numbered line shorter than this (characters) is a heading and ends its own sentence.
    static let headingCharacters = 30

    init(_ hay: [UInt8], lines: [Range<Int>]) {
        bytes.reserveCapacity(hay.count)
        lineStarts.reserveCapacity(lines.count + 1)
        var previousWasHeading = false
        var content: [UInt8] = []
        for range in lines {
            content.removeAll(keepingCapacity: true)
            PlaceholderMarkup.appendStripped(hay, Bytes.trimmed(hay, range), to: &content)
            let text = Bytes.trimmed(content, 0..<content.count)
            guard !text.isEmpty else {
                lineStarts.append(bytes.count)
                continue
            }
            let marker = ItemMarker.parse(content, at: text.lowerBound, limit: text.upperBound)
            if let last = bytes.last {
                if previousWasHeading || marker != nil || endsSentence() {
                    if last != FlowText.hardBreak { bytes.append(FlowText.hardBreak) }
                } else if Bytes.isASCIIAlphanumeric(last) && Bytes.isASCIIAlphanumeric(content[text.lowerBound]) {
                    bytes.append(0x20)
                }
            }
            lineStarts.append(bytes.count)
            bytes.append(contentsOf: content[text])
            previousWasHeading = marker != nil && Bytes.characterCount(content, text) <= FlowText.headingCharacters
        }
        lineStarts.append(bytes.count)
    }

    private func endsSentence() -> Bool {
        FlowText.sentenceEnds.contains { Bytes.matches($0, in: bytes, at: bytes.count - $0.count, limit: bytes.count) }
    }

    /// All of the text.
    var all: Range<Int> { 0..<bytes.count }

    /// The flow offsets of a range of line indices (0-based, half-open).
    func range(ofLines lines: Range<Int>) -> Range<Int> {
        lineStarts[lines.lowerBound]..<lineStarts[lines.upperBound]
    }

    /// The 1-based number of the line the byte at `offset` came from.
    func lineNumber(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        // The last line whose start is at or before the offset (among equal starts, the non-blank one).
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return min(low, lineStarts.count - 2) + 1
    }

    /// The text of a range, for messages and tests.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
