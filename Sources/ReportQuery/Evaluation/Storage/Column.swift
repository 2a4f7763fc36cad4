import ReportModel

/// Typed values with a validity flag per row (`valid[i] == false` means null; the value there is a
/// placeholder). Used for the column store, view results and the vectors of evaluation.
struct Column<Element: Sendable>: Sendable {
    var values: [Element]
    var valid: [Bool]

    var count: Int { values.count }

    init(values: [Element], valid: [Bool]) {
        self.values = values
        self.valid = valid
    }

    init(repeating value: Element, valid: Bool, count: Int) {
        values = Array(repeating: value, count: count)
        self.valid = Array(repeating: valid, count: count)
    }

    /// The rows of a selection, in its order.
    func gather(_ rows: RowSelection) -> Column {
        switch rows {
        case .range(let range):
            if range.count == values.count { return self }
            return Column(values: Array(values[range]), valid: Array(valid[range]))
        case .indices(let indices):
            return Column(values: Column.gather(values, indices), valid: Column.gather(valid, indices))
        }
    }

    static func gather<T>(_ source: [T], _ indices: [Int]) -> [T] {
        source.withUnsafeBufferPointer { source in
            indices.withUnsafeBufferPointer { indices in
                Array(unsafeUninitializedCapacity: indices.count) { buffer, count in
                    for (k, i) in indices.enumerated() { (buffer.baseAddress! + k).initialize(to: source[i]) }
                    count = indices.count
                }
            }
        }
    }

    /// Builds a column of `count` rows from a function giving each row's value or nil for null.
    static func build<E: Error>(count: Int, placeholder: Element, _ value: (Int) throws(E) -> Element?) throws(E) -> Column {
        var values = [Element](repeating: placeholder, count: count)
        var valid = [Bool](repeating: false, count: count)
        for i in 0..<count {
            if let v = try value(i) {
                values[i] = v
                valid[i] = true
            }
        }
        return Column(values: values, valid: valid)
    }
}
