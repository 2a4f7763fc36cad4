import Foundation

/// How a report's tables are written: the variants of format.md §8, chosen once per report.
struct SynthStyle: Sendable {
    var asciiParentheses = false
    var quotes = ("“", "”")
    var zeroAsWord = false
    var zeroAsWordEverywhere = false
    var splitLabels = false
    var spacedTotals = false
    var bookmarks = false
    var fullWidthSpaceBeforeNumbers = false
    /// Full-width digits in figures ("１２") and in row numbers ("１．属于国家秘密").
    var fullWidthDigits = false
    var blankLinesBetween = true
    var groupColumn = false

    static func random(_ rng: inout SplitMix64, layout: Layout) -> SynthStyle {
        var style = SynthStyle()
        style.asciiParentheses = rng.chance(0.25)
        style.quotes = rng.pick([("“", "”"), ("\"", "\""), ("「", "」"), ("‘", "’")])
        style.zeroAsWord = rng.chance(layout == .pdfFlowed ? 0.5 : 0.15)
        style.zeroAsWordEverywhere = style.zeroAsWord && rng.chance(0.2)
        style.splitLabels = rng.chance(0.5)
        style.spacedTotals = rng.chance(0.4)
        style.bookmarks = rng.chance(0.6)
        style.fullWidthSpaceBeforeNumbers = rng.chance(0.4)
        style.fullWidthDigits = rng.chance(0.1)
        style.blankLinesBetween = rng.chance(0.7)
        style.groupColumn = rng.chance(0.5)
        return style
    }

    /// Applies the label variants: ASCII parentheses, the quote style of 三安全一稳定, "总 计".
    func label(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "“", with: quotes.0).replacingOccurrences(of: "”", with: quotes.1)
        if spacedTotals { out = out.replacingOccurrences(of: "总计", with: "总 计") }
        if asciiParentheses {
            out = out.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ") ")
        }
        if fullWidthDigits, let first = out.unicodeScalars.first, ("1"..."9").contains(first) {
            out = Self.fullWidth(String(first)) + "．" + String(out.dropFirst(2))
        }
        return out
    }

    /// The printed text of a figure; zeros may print as 无.
    func number(_ value: Int, everywhere: Bool = false) -> String {
        if value == 0, zeroAsWord, everywhere || zeroAsWordEverywhere { return "无" }
        return fullWidthDigits ? Self.fullWidth(String(value)) : String(value)
    }

    /// ASCII digits and punctuation as their full-width forms (U+FF01 …).
    static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0)! : s
        }))
    }
}
