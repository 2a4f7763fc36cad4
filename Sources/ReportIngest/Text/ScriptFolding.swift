/// The one place where a report in traditional characters is made readable by the simplified-character
/// readers: before anything reads the text (`ReportText`), every traditional character of
/// `TraditionalCharacters` becomes its simplified form and the pinyin glosses some mirror sites insert
/// after a character (`規(guī)章`, `數(shù)據(jù)`) are dropped. Table labels, headings, identity and the gazetteer
/// lookup then all see `规章`, `数据`, `宁强县`.
///
/// - Lines are kept: a gloss never holds a line break and folding never touches one, so every value still
///   points at its original line. The record keeps the text as decoded (`ReportText.text`), not the folding.
/// - The table holds only characters that simplified text never prints (see scripts/gen-traditional.py),
///   so a simplified report is never changed; one with nothing to fold costs one scan and no copy.
/// - A gloss is `(` + 1–6 pinyin letters with at least one tone mark + `)`, right after an ideograph
///   (ASCII parentheses, as the mirrors print them); `(一)`, `(pdf)`, `(a)` are never glosses.
/// - Names read from a folded text go back to the report's own characters through `Restorer`.
enum ScriptFolding {
    /// A folded text and how to give its names back in the report's characters.
    struct Folded {
        var bytes: [UInt8]
        var restorer: Restorer
    }

    /// The folding of `bytes` (UTF-8), or nil when nothing in it folds.
    static func fold(_ bytes: [UInt8]) -> Folded? {
        let table = Table.shared
        var out: [UInt8]? = nil
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x28, let end = glossEnd(bytes, at: i), followsIdeograph(bytes, i) {
                if out == nil { out = Array(bytes[0..<i]) }
                i = end
                continue
            }
            if b >= 0xE3 && b <= 0xE9, let scalar = threeByteScalar(bytes, at: i), let simple = table.simplified(scalar) {
                if out == nil { out = Array(bytes[0..<i]) }
                appendThreeBytes(simple, to: &out!)
                i += 3
                continue
            }
            out?.append(b)
            i += 1
        }
        guard let out else { return nil }
        return Folded(bytes: out, restorer: Restorer(original: bytes, table: table))
    }

    /// The end of a pinyin gloss opening at `i` (`(` … `)`), or nil.
    static func glossEnd(_ bytes: [UInt8], at i: Int) -> Int? {
        var j = i + 1
        var letters = 0
        var toned = false
        while j < bytes.count, letters <= 6 {
            let b = bytes[j]
            if b == 0x29 { return letters > 0 && toned ? j + 1 : nil }
            if b >= 0x61 && b <= 0x7A {
                j += 1
            } else if j + 1 < bytes.count, let mark = toneMarked(b, bytes[j + 1]) {
                toned = toned || mark
                j += 2
            } else {
                return nil
            }
            letters += 1
        }
        return nil
    }

    /// Whether the two bytes are a pinyin vowel with a tone mark (true) or ü (false); nil otherwise.
    private static func toneMarked(_ lead: UInt8, _ next: UInt8) -> Bool? {
        guard next & 0xC0 == 0x80 else { return nil }
        let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(next & 0x3F)
        guard lead & 0xE0 == 0xC0, let s = Unicode.Scalar(scalar) else { return nil }
        if s == "ü" { return false }
        return "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars.contains(s) ? true : nil
    }

    private static func followsIdeograph(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i >= 3, let scalar = threeByteScalar(bytes, at: i - 3) else { return false }
        return (0x3400...0x9FFF).contains(scalar)
    }

    /// The scalar of a well-formed three-byte sequence at `i`, or nil.
    static func threeByteScalar(_ bytes: [UInt8], at i: Int) -> UInt32? {
        guard i + 2 < bytes.count, bytes[i] & 0xF0 == 0xE0, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else {
            return nil
        }
        let scalar = (UInt32(bytes[i] & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        return scalar >= 0x800 ? scalar : nil
    }

    static func appendThreeBytes(_ scalar: UInt32, to out: inout [UInt8]) {
        out.append(0xE0 | UInt8(scalar >> 12))
        out.append(0x80 | UInt8((scalar >> 6) & 0x3F))
        out.append(0x80 | UInt8(scalar & 0x3F))
    }
}
