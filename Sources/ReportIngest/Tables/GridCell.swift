/// A number as a table cell prints it: an integer ("12", "无") or a decimal ("0.5").
enum CellNumber: Sendable, Equatable {
    case integer(Int)
    case decimal(Double)

    /// The value as a count: integers, and decimals without a fraction ("3.0"); nil for 0.5 or negatives.
    var count: Int? {
        switch self {
        case .integer(let v): return v >= 0 ? v : nil
        case .decimal(let v): return v >= 0 && v == v.rounded() && v < 1e15 ? Int(v) : nil
        }
    }

    /// The figure as printed, for warnings.
    var text: String {
        switch self {
        case .integer(let v): return String(v)
        case .decimal(let v): return String(v)
        }
    }

    /// The value as an amount (万元); nil for negatives.
    var amount: Double? {
        switch self {
        case .integer(let v): return v >= 0 ? Double(v) : nil
        case .decimal(let v): return v >= 0 ? v : nil
        }
    }
}

/// One cell of a table row as the extraction sees it, with the line it sits on.
struct GridCell: Sendable {
    enum Kind: Sendable, Equatable {
        /// A label or heading (folded text is kept on the row, not here).
        case text
        /// A number, or 无 (0).
        case number(CellNumber)
        /// Looks like a figure but is not one ("0件", "12万元", "2792220.8元"); `raw` keeps what it says.
        case unreadable(String)
        /// Empty, or a dash / slash placeholder: the text states no value (null, never 0).
        case blank
        /// Several figures printed without separators (web text); the table readers split it.
        case glued(GluedRun)
    }

    var kind: Kind
    var line: Int
    /// Position in a tab or pipe row (the table column), or -1 where the layout has no columns.
    var column = -1

    var isBlank: Bool { kind == .blank }
    var gluedRun: GluedRun? {
        if case .glued(let run) = kind { return run }
        return nil
    }
    var isText: Bool { kind == .text }
    var isData: Bool { !isText }

    /// Classifies folded cell text.
    static func classify(_ folded: ArraySlice<Unicode.Scalar>) -> Kind {
        if folded.isEmpty || folded.allSatisfy(isPlaceholder) { return .blank }
        if folded.count == 1, folded.first == "无" { return .number(.integer(0)) }
        return number(folded)
    }

    /// -, —, –, / and their doubled forms stand for "nothing printed".
    private static func isPlaceholder(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "/" || s == "\u{2014}" || s == "\u{2013}" || s == "\u{2015}" || s == "\u{2012}"
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// A signed integer or decimal; digits followed by a short unit make an unreadable cell;
    /// anything else (including numbered labels such as "3.其他", "1、属于…") is text.
    private static func number(_ s: ArraySlice<Unicode.Scalar>) -> Kind {
        var i = s.startIndex
        var negative = false
        if s[i] == "+" || s[i] == "-" {
            negative = s[i] == "-"
            i += 1
        }
        let digitsStart = i
        while i < s.endIndex, isDigit(s[i]) { i += 1 }
        guard i > digitsStart else { return .text }
        var fractionEnd = i
        if i < s.endIndex, s[i] == ".", i + 1 < s.endIndex, isDigit(s[i + 1]) {
            fractionEnd = i + 1
            while fractionEnd < s.endIndex, isDigit(s[fractionEnd]) { fractionEnd += 1 }
        }
        if fractionEnd == s.endIndex {
            return parsed(s[digitsStart..<fractionEnd], negative: negative, decimal: fractionEnd != i)
        }
        // A numbered label: "3.其他", "1、属于国家秘密", "2)…".
        if fractionEnd == i, [".", "、", ")", ":"].contains(s[i]) { return .text }
        let unitLength = s.endIndex - fractionEnd
        return unitLength <= 3 ? .unreadable(Array(s).string) : .text
    }

    private static func parsed(_ digits: ArraySlice<Unicode.Scalar>, negative: Bool, decimal: Bool) -> Kind {
        if decimal {
            guard let v = Double(Array(digits).string) else { return .unreadable(Array(digits).string) }
            return .number(.decimal(negative ? -v : v))
        }
        guard digits.count <= 15 else { return .unreadable(Array(digits).string) }
        var v = 0
        for d in digits { v = v * 10 + Int(d.value - 0x30) }
        return .number(.integer(negative ? -v : v))
    }
}
