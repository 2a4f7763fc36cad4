import ReportModel
import Synchronization
@testable import ReportQuery

/// A column store image held in memory (the test's stand-in for the image file): blocks appended as
/// `StoreFileWriter` appends them, then mapped as a `StoreImage`. `corrupt` flips a byte of a block.
final class MemoryImage: StoreImageSink, @unchecked Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var blocks: [Int: StoreImage.Block] = [:]
    let damage = Mutex(0)

    func append(field: Int, _ raw: UnsafeRawBufferPointer) {
        blocks[field] = StoreImage.Block(offset: bytes.count, length: raw.count, checksum: MemoryImage.checksum(raw))
        bytes += raw
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    func finish() -> Bool { true }

    func corrupt(field: Int, at offset: Int = 0) {
        bytes[blocks[field]!.offset + offset] ^= 0x5A
    }

    func truncate(field: Int, by count: Int) {
        blocks[field]!.length -= count
        blocks[field]!.checksum = bytes.withUnsafeBytes { MemoryImage.checksum(UnsafeRawBufferPointer(rebasing: $0[blocks[field]!.offset..<blocks[field]!.offset + blocks[field]!.length])) }
    }

    /// The image over a copy of the bytes, for `rows` rows.
    func image(rows: Int) -> StoreImage {
        let buffer = Buffer(bytes)
        return StoreImage(rowCount: rows, blocks: blocks, base: UnsafeRawPointer(buffer.pointer), size: bytes.count,
                          owner: buffer, checksum: MemoryImage.checksum, damaged: { [self] in damage.withLock { $0 += 1 } })
    }

    /// FNV-1a: any checksum serves the test.
    @Sendable static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in raw { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    final class Buffer: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        init(_ bytes: [UInt8]) {
            pointer = .allocate(byteCount: max(bytes.count, 1), alignment: 16)
            bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
        deinit { pointer.deallocate() }
    }
}
