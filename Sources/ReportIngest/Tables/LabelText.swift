/// Table text folded into one comparable form: whitespace, quotes (“” "" 「」 ‘’), Markdown `*` and
/// `<br>`, and the `[bookmark: …]` / `[image: …]` markers are dropped; full-width ASCII (digits,
/// parentheses, punctuation) becomes ASCII. "（七） 总 计" and "(七)总计" fold to the same scalars.
enum LabelText {
    /// Appends the folded form of `source` to `output`; returns true when `source` holds an `[image: …]` marker.
    @discardableResult
    static func fold(_ source: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar]) -> Bool {
        var hasImage = false
        output.reserveCapacity(output.count + source.count)
        var i = source.startIndex
        while i < source.endIndex {
            let s = source[i]
            // Most scalars of a label are ideographs, which fold to themselves.
            if s.value >= 0x4E00 && s.value <= 0x9FFF {
                output.append(s)
                i += 1
                continue
            }
            if s == "[", let marker = markerLength(source, at: i) {
                if marker.isImage { hasImage = true }
                i = marker.end
                continue
            }
            if s == "<", let end = lineBreakTagEnd(source, at: i) {
                i = end
                continue
            }
            if let folded = fold(s) { output.append(folded) }
            i += 1
        }
        return hasImage
    }

    /// The folded form of a whole string (for tests, keys and headings).
    static func folded(_ text: String) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        fold(ArraySlice(text.unicodeScalars), into: &output)
        return output
    }

    /// One scalar folded, or nil when it is dropped.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000, 0x2000...0x200B, 0xFEFF:
            return nil
        case 0x22, 0x27, 0x2A, 0x2018, 0x2019, 0x201C, 0x201D, 0x300C...0x300F, 0xFF02, 0xFF07, 0xFF0A:
            return nil
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(s.value - 0xFEE0)
        default:
            return s
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x3000, 0x2000...0x200B, 0xFEFF: return true
        default: return false
        }
    }

    private static let bookmark = Array("[bookmark:".unicodeScalars)
    private static let image = Array("[image:".unicodeScalars)

    /// `[bookmark: …]` or `[image: …]` starting at `i`: where it ends (after `]`).
    static func markerLength(_ source: ArraySlice<Unicode.Scalar>, at i: Int) -> (end: Int, isImage: Bool)? {
        let isImage: Bool
        if starts(source, at: i, with: image) {
            isImage = true
        } else if starts(source, at: i, with: bookmark) {
            isImage = false
        } else {
            return nil
        }
        var j = i + 1
        while j < source.endIndex, source[j] != "]" { j += 1 }
        return (min(j + 1, source.endIndex), isImage)
    }

    /// `<br>`, `<br/>` or `<br />` starting at `i`: where it ends.
    private static func lineBreakTagEnd(_ source: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
        guard source.endIndex - i >= 4 else { return nil }
        guard source[i + 1] == "b" || source[i + 1] == "B", source[i + 2] == "r" || source[i + 2] == "R" else { return nil }
        var j = i + 3
        while j < source.endIndex, source[j] == " " || source[j] == "/" { j += 1 }
        guard j < source.endIndex, source[j] == ">" else { return nil }
        return j + 1
    }

    static func starts(_ source: ArraySlice<Unicode.Scalar>, at i: Int, with prefix: [Unicode.Scalar]) -> Bool {
        guard source.endIndex - i >= prefix.count else { return false }
        for k in 0..<prefix.count where source[i + k] != prefix[k] { return false }
        return true
    }
}

/// Substring tests on folded scalars (labels are short; no allocation).
extension Array where Element == Unicode.Scalar {
    func contains(_ key: [Unicode.Scalar]) -> Bool { lastEnd(of: key) != nil }

    func hasSuffix(_ key: [Unicode.Scalar]) -> Bool {
        guard count >= key.count else { return false }
        return LabelText.starts(self[...], at: count - key.count, with: key)
    }

    /// The end offset of the last occurrence of `key`, or nil.
    func lastEnd(of key: [Unicode.Scalar]) -> Int? {
        guard !key.isEmpty, count >= key.count else { return nil }
        var start = count - key.count
        while start >= 0 {
            if self[start] == key[0], LabelText.starts(self[...], at: start, with: key) { return start + key.count }
            start -= 1
        }
        return nil
    }

    /// Drops trailing punctuation that does not change a label (`：`, `。`, `:`), for end-anchored keys.
    var trimmingTrailingPunctuation: ArraySlice<Unicode.Scalar> {
        var end = count
        while end > 0, [":", "。", ";", ",", "."].contains(self[end - 1]) { end -= 1 }
        return self[0..<end]
    }

    var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self)
        return String(s)
    }
}
