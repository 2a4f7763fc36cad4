/// The whitespace rules every reader applies to a line of text before it becomes canonical text.
///
/// - Invisible characters (zero-width space, BOM, soft hyphen) are dropped.
/// - A run of whitespace holding a source line break between two East Asian (wide) characters is
///   removed — a line wrapped inside a Chinese sentence is not a word gap ("政府信息\n公开" → "政府信息公开").
/// - Any other run of whitespace (spaces, tabs, line breaks, no-break spaces …) becomes one space,
///   except a run made only of ideographic spaces U+3000 inside a line, which is kept as printed.
/// - Both ends are trimmed of all whitespace, U+3000 included ("　0" → "0").
enum TextNormalization {
    /// One line, normalized as described above. Built as UTF-8 bytes, in time linear in the line:
    /// `String.UnicodeScalarView.append(contentsOf:)` copied the whole output at each whitespace run,
    /// which made a 160,000-number line of a web page take 3.3 s (issue 12 item 3).
    static func line<S: StringProtocol>(_ raw: S) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var run: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        for scalar in raw.unicodeScalars {
            if isInvisible(scalar) { continue }
            if isWhitespace(scalar) {
                run.append(scalar)
                continue
            }
            if !run.isEmpty, let previous {
                for kept in replacement(for: run, between: previous, and: scalar) { append(kept, to: &out) }
            }
            run.removeAll(keepingCapacity: true)
            append(scalar, to: &out)
            previous = scalar
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII { return bytes.append(UInt8(scalar.value)) }
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// The lines of one table cell joined into one cell text: without a space between two wide
    /// characters (a label wrapped inside the cell), with one space otherwise.
    static func joinCellLines(_ lines: [String]) -> String {
        var result = ""
        for line in lines where !line.isEmpty {
            if let last = result.unicodeScalars.last, let first = line.unicodeScalars.first,
               !(isWide(last) && isWide(first)) {
                result += " "
            }
            result += line
        }
        return result
    }

    /// East Asian wide characters: CJK ideographs, kana, hangul, CJK and full-width punctuation.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200B || scalar.value == 0xFEFF || scalar.value == 0xAD
    }

    private static func replacement(
        for run: [Unicode.Scalar], between previous: Unicode.Scalar, and next: Unicode.Scalar
    ) -> [Unicode.Scalar] {
        if run.allSatisfy({ $0.value == 0x3000 }) { return run }
        let breaksLine = run.contains { $0 == "\n" || $0 == "\r" }
        if breaksLine && isWide(previous) && isWide(next) { return [] }
        return [" "]
    }
}
