/// One text field's values as byte ranges of a `TextArena` (null where `valid` is false). Read in
/// place by text tests; a `String` is made only for the rows a query outputs or computes with.
struct TextSpans: ByteTexts {
    let arena: TextArena
    let starts: [Int]
    let ends: [Int]
    let valid: [Bool]

    var count: Int { valid.count }

    /// Calls `body` with a function giving row i's bytes; `body` runs inside one access of the arrays.
    func withTexts<R>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try starts.withUnsafeBufferPointer { starts in
            try ends.withUnsafeBufferPointer { ends in
                try body { i in arena.bytes(starts[i]..<ends[i]) }
            }
        }
    }

    /// The selected rows as strings.
    func gather(_ rows: RowSelection) -> Column<String> {
        var values = [String](repeating: "", count: rows.count)
        var kept = [Bool](repeating: false, count: rows.count)
        withTexts { text in
            rows.forEach { k, row in
                guard valid[row] else { return }
                values[k] = String(decoding: text(row), as: UTF8.self)
                kept[k] = true
            }
        }
        return Column(values: values, valid: kept)
    }
}
