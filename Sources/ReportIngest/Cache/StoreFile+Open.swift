import Foundation
import ReportModel

extension StoreFile {
    /// An image opened for a load: the mapped blocks and what the directory says of the skipped files.
    struct Opened {
        var header: Header
        var image: StoreImage
        var skipped: [Skipped]
    }

    /// A file that gave no record (its index in the load's file list, and why).
    struct Skipped: Sendable {
        var index: Int
        var diagnostic: LoadDiagnostic
    }

    /// Maps the image at `path` when it was written for `expected` (fingerprint, key, cache index
    /// checksum) and adds up; nil otherwise (a damaged image is removed). Reads the header and the
    /// directory only: the blocks are checked when first read.
    static func open(_ path: String, expected: Header) -> Opened? {
        guard let mapping = CacheMapping(path: path, advice: MADV_RANDOM) else { return nil }
        guard mapping.size >= headerSize, let header = Header.decode(mapping.bytes(0..<headerSize)),
              header.fingerprint == expected.fingerprint, header.key == expected.key,
              header.cacheIndexChecksum == expected.cacheIndexChecksum else { return nil }
        guard header.directoryOffset >= headerSize, header.directoryOffset + header.directoryLength == mapping.size,
              let (blocks, skipped) = directory(mapping.bytes(header.directoryOffset..<mapping.size), header: header) else {
            unlink(path)
            return nil
        }
        let image = StoreImage(rowCount: header.rowCount, blocks: blocks, base: mapping.base, size: header.directoryOffset,
                               owner: mapping, checksum: { XXHash64.hash($0) }, damaged: { unlink(path) })
        return Opened(header: header, image: image, skipped: skipped)
    }

    /// The blocks and skip diagnostics of a directory, or nil when it is damaged.
    private static func directory(_ bytes: UnsafeRawBufferPointer, header: Header) -> ([Int: StoreImage.Block], [Skipped])? {
        guard XXHash64.hash(bytes) == header.directoryChecksum else { return nil }
        var reader = ByteReader(bytes)
        do throws(CacheDamage) {
            let count = try reader.count(limit: 1 << 16)
            var blocks: [Int: StoreImage.Block] = [:]
            for _ in 0..<count {
                let field = try reader.count(limit: 1 << 16)
                let offset = try reader.count(limit: header.directoryOffset), length = try reader.count(limit: header.directoryOffset)
                let checksum = try reader.word()
                guard offset >= headerSize, offset <= header.directoryOffset - length else { return nil }
                blocks[field] = StoreImage.Block(offset: offset, length: length, checksum: checksum)
            }
            let skippedCount = try reader.count(limit: 1 << 32)
            var skipped: [Skipped] = []
            for _ in 0..<skippedCount {
                let index = try reader.count(limit: 1 << 32)
                skipped.append(Skipped(index: index, diagnostic: LoadDiagnostic(file: try reader.string(), message: try reader.string())))
            }
            guard reader.isAtEnd else { return nil }
            return (blocks, skipped)
        } catch {
            return nil
        }
    }
}
