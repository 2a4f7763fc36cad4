/// A text column as codes into its distinct values (dictionary encoding), built once with the store.
/// Text work then runs on the distinct values: a predicate on a text field is evaluated once per
/// distinct value, grouping and sorting use integer codes and ranks, and no row's `String` is touched.
struct TextDictionary: Sendable {
    /// Per row: the index of its value in `values`, or -1 for null.
    let codes: [Int32]
    /// The distinct values in order of first appearance.
    let values: [String]
    /// The distinct values and a final null row (index `values.count`), as a one-column table with
    /// their bytes laid out: an expression over the field evaluates on it once for every possible value.
    let table: Table
    var layout: UTF8Layout { table.layouts[0]! }

    /// Encodes a column.
    init(_ column: Column<String>) {
        var index: [TextKey: Int32] = [:]
        var values: [String] = []
        var codes = [Int32](repeating: -1, count: column.count)
        for i in 0..<column.count where column.valid[i] {
            let key = TextKey(column.values[i])
            if let code = index[key] {
                codes[i] = code
            } else {
                let code = Int32(values.count)
                index[key] = code
                values.append(column.values[i])
                codes[i] = code
            }
        }
        self.init(codes: codes, values: values)
    }

    /// A dictionary from its codes and values (the column store's image): `codes` are -1 or indices of `values`.
    init(codes: [Int32], values: [String]) {
        self.codes = codes
        self.values = values
        var valid = [Bool](repeating: true, count: values.count + 1)
        valid[values.count] = false
        let texts = values + [""]
        table = Table(columns: [.text(Column(values: texts, valid: valid))], rowCount: texts.count,
                      layouts: [0: UTF8Layout(texts)])
    }

    /// Each distinct value's position in text order (`TextOrder`).
    func ranks() -> [Int32] {
        let order = layout.withTexts { text in
            (0..<values.count).sorted { TextOrder.compare(text($0), text($1)) < 0 }
        }
        var ranks = [Int32](repeating: 0, count: values.count)
        for (rank, code) in order.enumerated() { ranks[code] = Int32(rank) }
        return ranks
    }
}
