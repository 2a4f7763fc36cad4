import FileAccess
import Foundation
import ReportModel

/// The column store's image (`StoreImage`), kept beside the parse cache as `corpus-….store` (all
/// integers in the machine's byte order, which the byte-order mark checks):
///
/// ```
/// header, 96 bytes: "GKSTORE1", format version (u32), byte-order mark 0x01020304 (u32), fingerprint
///                   (the cache's), key (the file list, `StoreFile.key`), scan time (i64, ns), the
///                   parse cache's index checksum, row count, reports with tables as images, directory
///                   offset, directory length, directory checksum (u64 each)
/// blocks:           one per field (`ColumnImage`), each at a multiple of 8
/// directory:        block count, then per block: field, offset, length, checksum (u64 each); the
///                   diagnostics of the files skipped: count, then per one: file, message (strings)
/// ```
///
/// It is trusted only for the load it was written from: the same fingerprint (build of gongkai, readers,
/// paths), the same files with the same stamps in the same order (`key`), every file last modified well
/// before the scan that wrote it (`CachedLoad.racyWindow`), and the parse cache file it was written
/// with still in place (its index checksum), from which the records are decoded when first needed.
/// Each block is checked against its checksum when first read (`StoreImage`). Anything else — another
/// version, a size or offset that does not add up, a damaged block — and it is removed and written
/// again after the next load: never trusted. Written under a temporary name and renamed, so a reader
/// sees the old image or the new one, never half of one.
enum StoreFile {
    static let magic: [UInt8] = Array("GKSTORE1".utf8)
    static let version: UInt32 = 1
    static let headerSize = 96

    /// The image file beside the cache file at `cachePath`.
    static func path(forCache cachePath: String) -> String {
        (cachePath.hasSuffix(".cache") ? String(cachePath.dropLast(6)) : cachePath) + ".store"
    }

    /// What an image must be written for, and checked against when read.
    struct Header: Equatable {
        var fingerprint: UInt64
        var key: UInt64
        var scanTime: Int64
        var cacheIndexChecksum: UInt64
        var rowCount: Int
        var tablesAsImages: Int
        var directoryOffset = 0
        var directoryLength = 0
        var directoryChecksum: UInt64 = 0

        func encoded() -> [UInt8] {
            var writer = ByteWriter(capacity: StoreFile.headerSize)
            writer.bytes += StoreFile.magic
            writer.word(UInt64(StoreFile.version) | UInt64(CacheFile.byteOrderMark) << 32)
            for word in [fingerprint, key, UInt64(bitPattern: scanTime), cacheIndexChecksum, UInt64(rowCount),
                         UInt64(tablesAsImages), UInt64(directoryOffset), UInt64(directoryLength), directoryChecksum] {
                writer.word(word)
            }
            return writer.bytes
        }

        static func decode(_ bytes: UnsafeRawBufferPointer) -> Header? {
            var reader = ByteReader(bytes)
            do throws(CacheDamage) {
                guard Array(try reader.bytes(8)) == StoreFile.magic,
                      try reader.word() == UInt64(StoreFile.version) | UInt64(CacheFile.byteOrderMark) << 32 else { return nil }
                let fingerprint = try reader.word(), key = try reader.word(), scanTime = Int64(bitPattern: try reader.word())
                let cacheIndexChecksum = try reader.word(), rows = try reader.word(), images = try reader.word()
                let offset = try reader.word(), length = try reader.word(), checksum = try reader.word()
                guard rows < 1 << 32, images <= rows, offset < 1 << 48, length < 1 << 48 else { return nil }
                return Header(fingerprint: fingerprint, key: key, scanTime: scanTime, cacheIndexChecksum: cacheIndexChecksum,
                              rowCount: Int(rows), tablesAsImages: Int(images), directoryOffset: Int(offset),
                              directoryLength: Int(length), directoryChecksum: checksum)
            } catch {
                return nil
            }
        }
    }

    /// The file list an image is valid for: the paths as given (ids can depend on them, `ReportIDs`),
    /// the largest file size read, and each file's root, name (its bytes) and stamp, in load order; nil
    /// when a file has no stamp.
    static func key(paths: [String], files: CollectedFiles, maxFileSize: Int) -> UInt64? {
        var writer = ByteWriter(capacity: files.count * 72 + 256)
        for path in paths { writer.string(path) }
        writer.varint(maxFileSize)
        writer.varint(files.count)
        let complete = files.allSatisfy { root, file, stamp in
            guard let stamp else { return false }
            writer.word(UInt64(root))
            writer.varint(file.count)
            writer.bytes.append(contentsOf: file)
            // The four words in one append (four appends were most of the key's 4 % of a warm start).
            let words = (UInt64(stamp.size).littleEndian, UInt64(bitPattern: stamp.modified).littleEndian,
                         UInt64(bitPattern: stamp.changed).littleEndian, stamp.inode.littleEndian)
            withUnsafeBytes(of: words) { writer.raw($0) }
            return true
        }
        return complete ? writer.bytes.withUnsafeBytes { XXHash64.hash($0) } : nil
    }

    /// Whether every file was last modified safely before `scanTime` (a stamp alone is trusted only then).
    static func settled(_ files: CollectedFiles, before scanTime: Int64) -> Bool {
        let trustedBefore = scanTime - CachedLoad.racyWindow
        return files.allSatisfy { _, _, stamp in (stamp?.modified ?? .max) < trustedBefore }
    }
}
