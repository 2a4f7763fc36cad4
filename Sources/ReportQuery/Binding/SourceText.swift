/// The text of the statement being bound, for slices in messages and result column names.
struct SourceText: Sendable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func slice(_ range: SourceRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The span as typed with runs of whitespace (and comments) between tokens made one space, for
    /// result column names: `count( * )` stays as written apart from spacing.
    func normalized(_ range: SourceRange) -> String {
        let text = slice(range)
        guard let tokens = try? Lexer.tokenize(text) else { return text }
        var result = ""
        var previousEnd: Int?
        let bytes = Array(text.utf8)
        for token in tokens where !token.isEnd {
            if let previousEnd, token.range.start > previousEnd { result += " " }
            result += String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self)
            previousEnd = token.range.end
        }
        return result
    }
}
