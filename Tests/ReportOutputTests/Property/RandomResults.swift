import ReportModel

/// Random results for the property tests: columns of every type, nulls, texts with what every format
/// must quote or escape (quotes, separators, CR/LF, tabs, backslashes, C0 controls, DEL, leading and
/// trailing spaces, the empty string), Chinese, emoji, combining marks, and wide or awkward decimals
/// (1e300, 5e-324, −0, NaN, ±∞, integral values past 1e15). Each result comes twice: as rows of
/// values, and as typed cells read through kept rows (`TypedColumn`), as the engine gives them.
struct RandomResults {
    var generator: SplitMix

    static let pieces = [
        "a", "b", "北京市", "人民政府", "😀", "👨‍👩‍👧", "e\u{301}", ",", ";", "\"", "'", "\n", "\r", "\r\n", "\t",
        "\\", " ", "|", "\u{0}", "\u{1}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}",
        "<br>", "::", "null", "0", "-", "１２", "ｱ", "\u{FEFF}", "ﾊﾞ", "🇨🇳", "❤️", "①", "𠀀", "\u{3099}", "ᄀ\u{1161}", "\u{303F}",
    ]
    static let decimals: [Double] = [
        0.5, 2.0 / 3.0, -0.0, 0, 1e300, -1e300, .leastNonzeroMagnitude, 1e15, 1e16, 123456789012345680, -2.5, 0.1 + 0.2,
        .nan, .infinity, -.infinity, 999_999_999.5,
    ]
    static let integers = [0, 1, -1, 42, 2023, Int.max, Int.min, 999_999_999, -1_000_000]

    mutating func int(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

    mutating func text() -> String {
        (0..<int(6)).map { _ in RandomResults.pieces[int(RandomResults.pieces.count)] }.joined()
    }

    mutating func value(_ type: FieldType) -> Value {
        if int(4) == 0 { return .null }
        switch type {
        case .integer: return int(3) == 0 ? .integer(RandomResults.integers[int(RandomResults.integers.count)])
            : .integer(Int(truncatingIfNeeded: generator.next()) >> int(60))
        case .decimal: return .decimal(int(3) == 0 ? RandomResults.decimals[int(RandomResults.decimals.count)]
            : Double(Int(truncatingIfNeeded: generator.next()) >> 20) / 1000)
        case .text: return .text(text())
        case .bool: return .bool(int(2) == 0)
        }
    }

    /// A result of up to 5 columns and 12 rows, as rows and as typed columns.
    mutating func next() -> (rows: ResultSet, typed: ResultSet) {
        let types = (0..<int(6)).map { _ in FieldType.allCases[int(FieldType.allCases.count)] }
        let columns = types.map { ResultColumn(name: int(3) == 0 ? text() : "c", type: int(5) == 0 ? nil : $0) }
        let rows = (0..<int(13)).map { _ in types.map { value($0) } }
        let typed = types.indices.map { k in TypedColumn(types[k], rows.map { $0[k] }, padding: int(3), shuffled: int(2) == 0) }
        return (ResultSet(columns: columns, rows: rows), ResultSet(columns: columns, values: typed, rowCount: rows.count))
    }
}

/// A column kept as typed arrays with extra rows around, read through kept rows (`indices`) or from
/// an offset — what `ResultCells` gives the renderers for an engine's column.
struct TypedColumn: ResultValues {
    let type: FieldType
    let values: [Value]
    let cellsOfColumn: ResultCells

    init(_ type: FieldType, _ values: [Value], padding: Int, shuffled: Bool) {
        self.type = type
        self.values = values
        // Stored at shuffled places among `padding` junk rows on each side.
        let stored = values.count + 2 * padding
        var places = Array(padding..<(padding + values.count))
        if shuffled { places.reverse() }
        var all = [Value](repeating: .text("junk"), count: stored)
        for (k, place) in places.enumerated() { all[place] = values[k] }
        let valid = all.map { !$0.isNull }
        let rows: [Int]? = shuffled ? places : nil
        switch type {
        case .integer:
            cellsOfColumn = ResultCells(kind: .integer, count: values.count, integers: all.map { $0.intValue ?? 7 },
                                        valid: valid, rows: rows, offset: padding)
        case .decimal:
            cellsOfColumn = ResultCells(kind: .decimal, count: values.count, decimals: all.map { $0.doubleValue ?? 7 },
                                        valid: valid, rows: rows, offset: padding)
        case .text:
            cellsOfColumn = ResultCells(kind: .text, count: values.count, texts: all.map { $0.textValue ?? "junk" },
                                        valid: valid, rows: rows, offset: padding)
        case .bool:
            cellsOfColumn = ResultCells(kind: .bool, count: values.count, bools: all.map { $0.boolValue ?? true },
                                        valid: valid, rows: rows, offset: padding)
        }
    }

    var count: Int { values.count }
    func value(at row: Int) -> Value { values[row] }
    var cells: ResultCells { cellsOfColumn }
}

/// SplitMix64: a small seeded generator, so a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
