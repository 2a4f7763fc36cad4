/// One line of a decoded report, with its 1-based line number in the file (provenance points here).
public struct SourceLine: Sendable, Hashable {
    public let number: Int
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// Where the six sections 一 … 六 are: for each, the half-open range of indices into the line array
/// (the heading line included), or nil where the report has no such section.
public struct Sections: Sendable, Hashable {
    public var ranges: [Range<Int>?]

    public init(ranges: [Range<Int>?] = Array(repeating: nil, count: 6)) {
        self.ranges = ranges
    }

    /// Section `n` (1 … 6).
    public subscript(n: Int) -> Range<Int>? {
        get { ranges[n - 1] }
        set { ranges[n - 1] = newValue }
    }
}
