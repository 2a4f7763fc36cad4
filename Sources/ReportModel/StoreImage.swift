import Synchronization

/// The column store's image, kept beside the parse cache and mapped at a warm start: one block of
/// bytes per field, each with the checksum it was written with. A block is checked against its checksum
/// the first time it is read, not at start (`block(_:)`), so a start reads nothing but the header; a
/// block that fails its check is never returned, and `damaged` is called once (the file is removed, so
/// the next load rebuilds it). The layout of a block is the column store's (`ColumnImage`).
public final class StoreImage: Sendable {
    public struct Block: Sendable, Hashable {
        public var offset: Int
        public var length: Int
        public var checksum: UInt64

        public init(offset: Int, length: Int, checksum: UInt64) {
            self.offset = offset
            self.length = length
            self.checksum = checksum
        }
    }

    /// Rows (reports) in every block.
    public let rowCount: Int
    private let blocks: [Int: Block]
    /// The mapped file: its base address and size, kept alive by `owner`.
    nonisolated(unsafe) private let base: UnsafeRawPointer
    private let size: Int
    private let owner: any Sendable
    private let checksum: @Sendable (UnsafeRawBufferPointer) -> UInt64
    private let damaged: @Sendable () -> Void
    /// Fields whose block passed (true) or failed (false) its check.
    private let checked = Mutex<[Int: Bool]>([:])

    /// An image of `rowCount` rows whose `blocks` lie in the `size` bytes at `base` (kept mapped by
    /// `owner`); blocks outside them are dropped.
    public init(rowCount: Int, blocks: [Int: Block], base: UnsafeRawPointer, size: Int, owner: any Sendable,
                checksum: @escaping @Sendable (UnsafeRawBufferPointer) -> UInt64, damaged: @escaping @Sendable () -> Void) {
        self.rowCount = rowCount
        self.blocks = blocks.filter { $0.value.offset >= 0 && $0.value.length >= 0 && $0.value.offset <= size - $0.value.length }
        self.base = base
        self.size = size
        self.owner = owner
        self.checksum = checksum
        self.damaged = damaged
    }

    /// The bytes of `field`'s block, checked against its checksum on first read; nil when there is no
    /// such block or it is damaged.
    public func block(_ field: Int) -> UnsafeRawBufferPointer? {
        guard let block = blocks[field] else { return nil }
        let bytes = UnsafeRawBufferPointer(start: base + block.offset, count: block.length)
        let good = checked.withLock { checked in
            if let known = checked[field] { return known }
            let good = checksum(bytes) == block.checksum
            checked[field] = good
            return good
        }
        if !good { reportDamage() }
        return good ? bytes : nil
    }

    /// Tells the owner once that the image must not be used again.
    public func reportDamage() {
        let first = checked.withLock { checked in
            defer { checked[-1] = false }
            return checked[-1] == nil
        }
        if first { damaged() }
    }
}

/// Where a load's column store image is written, a field's block at a time (`ColumnImage.write`).
public protocol StoreImageSink: AnyObject {
    /// Appends `field`'s block.
    func append(field: Int, _ bytes: UnsafeRawBufferPointer)
    /// Puts the image in place; false when it could not be written (nothing is left behind).
    func finish() -> Bool
}
