/// One text field's values as bytes in memory (null where `valid` is false): each row's address and
/// length, in a `TextArena` or a `TextStore`, which `owners` keep alive. Read in place by text tests;
/// a `String` is made only for the rows a query outputs or computes with.
struct TextSpans: ByteTexts {
    let addresses: [UInt]
    let counts: [Int]
    let valid: [Bool]
    let owners: [any AnyObject & Sendable]

    var count: Int { valid.count }

    /// Calls `body` with a function giving row i's bytes; `body` runs inside one access of the arrays.
    func withTexts<R>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try addresses.withUnsafeBufferPointer { addresses in
            try counts.withUnsafeBufferPointer { counts in
                try body { i in UnsafeBufferPointer(start: UnsafePointer(bitPattern: addresses[i]), count: counts[i]) }
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
