/// Typed access to the cells of one result column, without making a `Value` per cell: the byte
/// renderers read integers, decimals and bools as they are and a text as its UTF-8 bytes where the
/// column keeps them.
///
/// A column the engine built (`SelectedValues`) hands over its typed arrays and the rows the query
/// kept, so a cell is read in place through those rows; any other `ResultValues` is read through
/// `value(at:)` (`kind == .values`), which boxes, and gives the same cells.
public struct ResultCells: @unchecked Sendable {
    /// What the arrays hold. `values` means: read `fallback`.
    public enum Kind: Sendable { case integer, decimal, text, bool, values }

    public let kind: Kind
    public let count: Int
    @usableFromInline let integers: [Int]
    @usableFromInline let decimals: [Double]
    @usableFromInline let texts: [String]
    @usableFromInline let bools: [Bool]
    @usableFromInline let valid: [Bool]
    /// The array index of cell k: `rows[k]`, or `offset + k` when `rows` is nil.
    @usableFromInline let rows: [Int]?
    @usableFromInline let offset: Int
    /// A text column held as UTF-8 bytes in memory (the report texts), per array index: where each
    /// text lies and its length, kept alive by `owners`; empty for a column of strings.
    @usableFromInline let textAddresses: [UInt]
    @usableFromInline let textCounts: [Int]
    @usableFromInline let inBytes: Bool
    private let owners: [AnyObject]
    /// The values read through `value(at:)` (`.values`), boxed so `CellPointers` can refer to them.
    @usableFromInline let fallbackBox: ValuesBox?
    @usableFromInline var fallback: (any ResultValues)? { fallbackBox?.values }

    /// Cells of `kind` from the arrays of that kind (the others empty), `valid` per array index.
    public init(kind: Kind, count: Int, integers: [Int] = [], decimals: [Double] = [], texts: [String] = [],
                bools: [Bool] = [], valid: [Bool], rows: [Int]?, offset: Int = 0) {
        self.kind = kind
        self.count = count
        self.integers = integers
        self.decimals = decimals
        self.texts = texts
        self.bools = bools
        self.valid = valid
        self.rows = rows
        self.offset = offset
        fallbackBox = nil
        textAddresses = []
        textCounts = []
        inBytes = false
        owners = []
    }

    /// A text column of UTF-8 bytes in memory: text i at `addresses[i]`, `counts[i]` bytes long (valid
    /// UTF-8, as a `String` made them), kept alive by `owners` as long as these cells are.
    public init(count: Int, textAddresses addresses: [UInt], counts: [Int], valid: [Bool], rows: [Int]?, offset: Int = 0,
                owners: [AnyObject]) {
        kind = .text
        self.count = count
        integers = []
        decimals = []
        texts = []
        bools = []
        self.valid = valid
        self.rows = rows
        self.offset = offset
        fallbackBox = nil
        textAddresses = addresses
        textCounts = counts
        inBytes = true
        self.owners = owners
    }

    /// Cells read through `values.value(at:)`.
    public init(values: any ResultValues) {
        kind = .values
        count = values.count
        integers = []
        decimals = []
        texts = []
        bools = []
        valid = []
        rows = nil
        offset = 0
        fallbackBox = ValuesBox(values)
        textAddresses = []
        textCounts = []
        inBytes = false
        owners = []
    }

    @inlinable @inline(__always)
    func index(_ k: Int) -> Int {
        if let rows { return rows[k] }
        return offset + k
    }

    /// Whether cell k is null (for `.values`, whether its value is).
    @inlinable @inline(__always)
    public func isNull(_ k: Int) -> Bool {
        kind == .values ? fallback!.value(at: k).isNull : !valid[index(k)]
    }

    /// Cell k of an integer column (not null).
    @inlinable @inline(__always)
    public func integer(_ k: Int) -> Int { integers[index(k)] }

    /// Cell k of a decimal column (not null).
    @inlinable @inline(__always)
    public func decimal(_ k: Int) -> Double { decimals[index(k)] }

    /// Cell k of a bool column (not null).
    @inlinable @inline(__always)
    public func bool(_ k: Int) -> Bool { bools[index(k)] }

    /// Cell k of a text column (not null).
    @inlinable @inline(__always)
    public func text(_ k: Int) -> String {
        guard inBytes else { return texts[index(k)] }
        let i = index(k)
        return String(decoding: UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: textAddresses[i]), count: textCounts[i]),
                      as: UTF8.self)
    }

    /// Cell k as a value (for `.values`, and for renderers that need one).
    public func value(_ k: Int) -> Value {
        switch kind {
        case .values: return fallback!.value(at: k)
        case _ where isNull(k): return .null
        case .integer: return .integer(integer(k))
        case .decimal: return .decimal(decimal(k))
        case .text: return .text(text(k))
        case .bool: return .bool(bool(k))
        }
    }
}

extension ResultValues {
    /// Read through `value(at:)`; the engine's columns give their arrays instead.
    public var cells: ResultCells { ResultCells(values: self) }
}

extension ResultSet {
    /// Typed access to column `index`'s cells.
    public func cells(_ index: Int) -> ResultCells { values[index].cells }
}
