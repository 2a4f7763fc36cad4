import ReportModel

/// The prose of a report as the panel check `similarity.prev` compares it: the sentences of its sections
/// (the lines of sections 一 … 六 that hold a full stop `。` or at least `proseLetters` letters; the whole
/// text's lines when no section was found),
/// with digits, spaces and punctuation dropped, cut into shingles of `width` characters and hashed into a
/// `ProseSignature`.
///
/// Why these choices: the tables' labels and figures never hold a `。` and are short, so they stay out, and the
/// template's fixed wording (the same in every report) does not make two fresh reports alike; digits are
/// dropped so that "2022年" and "2023年" do not differ; the characters run on across lines, so a text
/// reflowed by another export gives the same shingles.
enum ProseShingles {
    static let width = 4

    /// A line without a full stop is still prose when it holds this many letters (a paragraph broken
    /// over lines by a PDF export); only a few of the template's longest labels hold as many, the same in every report.
    static let proseLetters = 16

    static func signature(of report: ReportText) -> ProseSignature {
        var signature = ProseSignature()
        // The last `width` letters, oldest first from `next` on (a ring: no shifting per letter).
        var window = [UInt32](repeating: 0, count: width)
        var next = 0
        var seen = 0
        var letters: [UInt32] = []
        var scalars: [Unicode.Scalar] = []
        for line in proseLines(report) {
            letters.removeAll(keepingCapacity: true)
            scalars.removeAll(keepingCapacity: true)
            ScalarDecoding.append(line.text, to: &scalars)
            var fullStop = false
            for scalar in scalars {
                if scalar.value == 0x3002 { fullStop = true } else if isProseCharacter(scalar) { letters.append(scalar.value) }
            }
            guard fullStop || letters.count >= proseLetters else { continue }
            for value in letters {
                window[next] = value
                next = next + 1 == width ? 0 : next + 1
                seen += 1
                if seen >= width { signature.add(hash: hash(window, from: next)) }
            }
        }
        return signature
    }

    /// The lines of the sections found, or every line when there is none.
    private static func proseLines(_ report: ReportText) -> [SourceLine] {
        let ranges = report.sections.ranges.compactMap { $0 }
        guard !ranges.isEmpty else { return report.lines }
        return ranges.flatMap { report.lines[$0] }
    }

    /// A letter or ideograph: not a digit (ASCII or full-width), a space or punctuation. Chinese numerals
    /// (一 二 三) are words here: only the digits that years and counts are written in are dropped.
    static func isProseCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if (0x4E00...0x9FFF).contains(value) { return true }
        if (0xFF10...0xFF19).contains(value) { return false }
        // The commonest punctuation of a report (，、：；（）《》“” and the ideographic space): no letters.
        switch value {
        case 0xFF0C, 0x3001, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0x300A, 0x300B, 0x201C, 0x201D, 0x3000: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// SplitMix64's finaliser over the window's scalars, oldest first (from `start` round the ring).
    static func hash(_ window: [UInt32], from start: Int = 0) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        var i = start < window.count || window.isEmpty ? start : start % window.count
        for _ in 0..<window.count {
            h = (h ^ UInt64(window[i])) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i = i + 1 == window.count ? 0 : i + 1
        }
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}
