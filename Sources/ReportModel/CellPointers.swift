/// One result column's cells read through plain pointers into the arrays a `ResultCells` holds: a
/// trivial value (no reference counted field), so a renderer's cell loop copies and passes it without
/// retaining or releasing anything, and two threads reading the same column do not contend on the
/// arrays' reference counts. Valid only inside `ResultCells.withPointers`.
public struct CellPointers: @unchecked Sendable {
    public let kind: ResultCells.Kind
    public let count: Int
    @usableFromInline let values: UnsafeRawPointer?
    @usableFromInline let valid: UnsafePointer<Bool>?
    /// The array index of cell k: `rows[k]`, or `offset + k` when `rows` is nil.
    @usableFromInline let rows: UnsafePointer<Int>?
    @usableFromInline let offset: Int
    @usableFromInline let fallback: Unmanaged<ValuesBox>?
    /// A text column of bytes in memory (`ResultCells(count:textAddresses:…)`): where and how long.
    @usableFromInline let textAddresses: UnsafePointer<UInt>?
    @usableFromInline let textCounts: UnsafePointer<Int>?

    @usableFromInline
    init(kind: ResultCells.Kind, count: Int, values: UnsafeRawPointer?, valid: UnsafePointer<Bool>?,
         rows: UnsafePointer<Int>?, offset: Int, fallback: Unmanaged<ValuesBox>?,
         textAddresses: UnsafePointer<UInt>? = nil, textCounts: UnsafePointer<Int>? = nil) {
        self.textAddresses = textAddresses
        self.textCounts = textCounts
        self.kind = kind
        self.count = count
        self.values = values
        self.valid = valid
        self.rows = rows
        self.offset = offset
        self.fallback = fallback
    }

    @inlinable @inline(__always)
    func index(_ k: Int) -> Int {
        if let rows { return rows[k] }
        return offset + k
    }

    /// Whether cell k is null (for `.values`, whether its value is).
    @inlinable @inline(__always)
    public func isNull(_ k: Int) -> Bool {
        kind == .values ? value(k).isNull : !valid.unsafelyUnwrapped[index(k)]
    }

    /// Cell k of an integer column (not null).
    @inlinable @inline(__always)
    public func integer(_ k: Int) -> Int { values.unsafelyUnwrapped.assumingMemoryBound(to: Int.self)[index(k)] }

    /// Cell k of a decimal column (not null).
    @inlinable @inline(__always)
    public func decimal(_ k: Int) -> Double { values.unsafelyUnwrapped.assumingMemoryBound(to: Double.self)[index(k)] }

    /// Cell k of a bool column (not null).
    @inlinable @inline(__always)
    public func bool(_ k: Int) -> Bool { values.unsafelyUnwrapped.assumingMemoryBound(to: Bool.self)[index(k)] }

    /// Cell k of a text column (not null): its UTF-8 bytes, in place.
    @inlinable @inline(__always)
    public func withText<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let textAddresses, let textCounts {
            let i = index(k)
            return body(UnsafeBufferPointer(start: UnsafePointer(bitPattern: textAddresses[i]), count: textCounts[i]))
        }
        let texts = values.unsafelyUnwrapped.assumingMemoryBound(to: String.self)
        if let done = texts[index(k)].utf8.withContiguousStorageIfAvailable(body) { return done }
        var text = texts[index(k)]
        return text.withUTF8(body)
    }

    /// Cell k of a `.values` column.
    public func value(_ k: Int) -> Value {
        fallback?.takeUnretainedValue().values.value(at: k) ?? .null
    }
}

/// A `ResultValues` behind a reference, so a `CellPointers` can name it without owning it.
public final class ValuesBox: Sendable {
    public let values: any ResultValues
    init(_ values: any ResultValues) { self.values = values }
}

extension ResultCells {
    /// Calls `body` with this column's pointers, valid for the call.
    @inlinable
    public func withPointers<R>(_ body: (CellPointers) -> R) -> R {
        valid.withUnsafeBufferPointer { valid in
            (rows ?? []).withUnsafeBufferPointer { kept in
                let make = { (values: UnsafeRawPointer?) in
                    CellPointers(kind: kind, count: count, values: values, valid: valid.baseAddress,
                                 rows: rows == nil ? nil : kept.baseAddress, offset: offset,
                                 fallback: fallbackBox.map { Unmanaged.passUnretained($0) })
                }
                switch kind {
                case .integer: return integers.withUnsafeBytes { body(make($0.baseAddress)) }
                case .decimal: return decimals.withUnsafeBytes { body(make($0.baseAddress)) }
                case .text where inBytes:
                    return textAddresses.withUnsafeBufferPointer { addresses in
                        textCounts.withUnsafeBufferPointer { counts in
                            body(CellPointers(kind: kind, count: count, values: nil, valid: valid.baseAddress,
                                              rows: rows == nil ? nil : kept.baseAddress, offset: offset, fallback: nil,
                                              textAddresses: addresses.baseAddress, textCounts: counts.baseAddress))
                        }
                    }
                case .text: return texts.withUnsafeBufferPointer { body(make(UnsafeRawPointer($0.baseAddress))) }
                case .bool: return bools.withUnsafeBytes { body(make($0.baseAddress)) }
                case .values: return body(make(nil))
                }
            }
        }
    }

    /// Calls `body` with the pointers of every column in `columns`, in order, valid for the call.
    public static func withPointers<R>(_ columns: [ResultCells], _ body: (UnsafeBufferPointer<CellPointers>) -> R) -> R {
        var pointers: [CellPointers] = []
        pointers.reserveCapacity(columns.count)
        func next(_ index: Int) -> R {
            guard index < columns.count else { return pointers.withUnsafeBufferPointer(body) }
            return columns[index].withPointers { column in
                pointers.append(column)
                return next(index + 1)
            }
        }
        return next(0)
    }
}
