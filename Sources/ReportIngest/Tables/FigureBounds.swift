import ReportModel

/// What a figure of a report can hold — the one rule for every table cell and every figure stated in
/// words, applied before a value is stored:
///
/// - a count (documents, requests, cases, proposals: 件 / 条 / 个) is an integer 0 … 999,999,999;
/// - an amount (table 二's fees in 万元, the processing fee in 元) is a finite decimal 0 … 999,999,999.
///
/// The largest figures real reports state are in the hundreds of thousands (a province's proactive
/// disclosures) and the largest amounts in the millions (a province's fees in 万元 — all of China's
/// administrative fees are about 4 × 10⁷ 万元), so a billion is far past any true figure while every
/// sum of a table still fits a 64-bit integer exactly. A figure outside is a misreading — cells run
/// together, a damaged file, `99999999999999999999.5` read as 1e+20 — and is null, with a warning.
enum FigureBounds {
    static let maximumCount = 999_999_999
    static let maximumAmount = 999_999_999.0
    /// The range, for warnings.
    static let range = "0 … 999,999,999"

    /// Whether `value` can be a figure of a report (text, booleans and null are not figures: true).
    static func holds(_ value: Value) -> Bool {
        switch value {
        case .integer(let v): (0...maximumCount).contains(v)
        case .decimal(let v): v.isFinite && v >= 0 && v <= maximumAmount
        case .null, .text, .bool: true
        }
    }

    /// Why `printed` is not stored, for the record's warnings.
    static func warning(_ printed: String) -> String {
        "'\(printed)' is outside what a figure can be (\(range)); left null"
    }
}
