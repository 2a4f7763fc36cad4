/// A short line read as a possible heading: its numbering marker (if any) and its words, with converter
/// markup and surrounding spaces removed. Long lines (sentences, the preamble that lists every title)
/// are never headings.
struct HeadingLine: Sendable, Hashable {
    var marker: ItemMarker?
    /// The words after the marker, markup removed, spaces trimmed.
    var content: [UInt8]

    /// Longest heading, in characters, after the marker.
    static let maxCharacters = 40
    /// Longest line looked at, in bytes (headings plus a long `[image: …]` marker).
    static let maxBytes = 400
    static let fullStop = Array("。".utf8)

    /// The heading reading of a line, or nil when the line is too long or empty to be one.
    static func parse(_ hay: [UInt8], _ range: Range<Int>) -> HeadingLine? {
        guard range.count <= maxBytes else { return nil }
        let cleaned = PlaceholderMarkup.stripped(hay, Bytes.trimmed(hay, range))
        let line = Bytes.trimmed(cleaned, 0..<cleaned.count)
        guard !line.isEmpty else { return nil }
        let marker = ItemMarker.parse(cleaned, at: line.lowerBound, limit: line.upperBound)
        // Markup between the marker and the words leaves spaces behind (trimmed before the one copy).
        let content = Array(cleaned[Bytes.trimmed(cleaned, (line.lowerBound + (marker?.length ?? 0))..<line.upperBound)])
        guard !content.isEmpty, Bytes.characterCount(content, 0..<content.count) <= maxCharacters else { return nil }
        if let stop = Bytes.find(fullStop, in: content, 0..<content.count), stop + fullStop.count < content.count {
            return nil
        }
        return HeadingLine(marker: marker, content: content)
    }

    func contains(_ word: [UInt8]) -> Bool { Bytes.contains(word, in: content, 0..<content.count) }

    func endsWith(_ word: [UInt8]) -> Bool {
        var end = content.count
        if end >= HeadingLine.fullStop.count,
           Bytes.matches(HeadingLine.fullStop, in: content, at: end - HeadingLine.fullStop.count, limit: end) {
            end -= HeadingLine.fullStop.count
        }
        return Bytes.matches(word, in: content, at: end - word.count, limit: end)
    }
}
