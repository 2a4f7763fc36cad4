import Foundation

/// The layout of a cache file (all integers little-endian):
///
/// ```
/// header, 64 bytes: "GKCACHE1", format version (u32), byte-order mark 0x01020304 (u32),
///                   fingerprint (u64), scan time (i64, ns since 1970), entry count, index offset,
///                   index length, index checksum (u64 each)
/// texts:            the reports' texts (`RecordEncoder`'s deferred texts), back to back in index order
/// data:             the encoded outcomes (RecordEncoder), back to back in index order
/// index:            the data's offset (u64), then per entry: root (varint), file (string), size
///                   (varint), modification time and change time (zigzag varint, ns), inode (u64),
///                   content hash (u64), data length (varint), data checksum (u64), text length (varint)
/// ```
///
/// A warm load reads the data and the index; a text is read from the file when a query first needs
/// it (`CachedTexts`), checked against the length and hash its outcome records. The texts come first so
/// the file is written in one stream, with the data (a tenth of the size) gathered in a temporary file
/// meanwhile; the index last; the header at the end, in place. A file whose magic, version, byte order or fingerprint (the build of
/// gongkai and the corpus paths, `CacheFingerprint`) differ is stale; one whose sizes, offsets or
/// checksums do not add up is damaged. Either way it is rebuilt, never trusted.
enum CacheFile {
    static let magic: [UInt8] = Array("GKCACHE1".utf8)
    static let version: UInt32 = 3
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64

    struct Header {
        var fingerprint: UInt64
        var scanTime: Int64
        var entryCount: Int
        var indexOffset: Int
        var indexLength: Int
        var indexChecksum: UInt64

        func encoded() -> [UInt8] {
            var writer = ByteWriter(capacity: CacheFile.headerSize)
            writer.bytes += CacheFile.magic
            let words = UInt64(CacheFile.version) | UInt64(CacheFile.byteOrderMark) << 32
            writer.word(words)
            writer.word(fingerprint)
            writer.word(UInt64(bitPattern: scanTime))
            writer.word(UInt64(entryCount))
            writer.word(UInt64(indexOffset))
            writer.word(UInt64(indexLength))
            writer.word(indexChecksum)
            return writer.bytes
        }

        /// The header of `bytes` (64 of them), or why it is not one this build can use.
        static func decode(_ bytes: UnsafeRawBufferPointer, fingerprint: UInt64) -> Result<Header, CacheProblem> {
            var reader = ByteReader(bytes)
            do throws(CacheDamage) {
                guard Array(try reader.bytes(8)) == CacheFile.magic else { return .failure(.damaged("not a gongkai cache file")) }
                let words = try reader.word()
                guard UInt32(truncatingIfNeeded: words) == CacheFile.version,
                      UInt32(truncatingIfNeeded: words >> 32) == CacheFile.byteOrderMark else {
                    return .failure(.stale("another cache format"))
                }
                guard try reader.word() == fingerprint else { return .failure(.stale("written by another build of gongkai")) }
                let scanTime = Int64(bitPattern: try reader.word())
                let count = try reader.word(), offset = try reader.word(), length = try reader.word()
                let checksum = try reader.word()
                guard count < 1 << 32, offset < 1 << 48, length < 1 << 48 else { return .failure(.damaged("bad header")) }
                return .success(Header(fingerprint: fingerprint, scanTime: scanTime, entryCount: Int(count),
                                       indexOffset: Int(offset), indexLength: Int(length), indexChecksum: checksum))
            } catch {
                return .failure(.damaged(error.reason))
            }
        }
    }

    /// Encodes one entry of the index (after the data offset, which `CacheWriter` writes first).
    static func encode(_ entry: CacheEntry, into writer: inout ByteWriter) {
        writer.varint(entry.root)
        writer.string(entry.file)
        writer.varint(entry.stamp.size)
        writer.signed(Int(entry.stamp.modified))
        writer.signed(Int(entry.stamp.changed))
        writer.word(entry.stamp.inode)
        writer.word(entry.contentHash)
        writer.varint(entry.length)
        writer.word(entry.checksum)
        writer.varint(entry.textLength)
    }

    /// The entries of an index; their texts must exactly fill `headerSize` up to the data offset, and
    /// their data from there to `header.indexOffset`.
    static func decodeIndex(_ bytes: UnsafeRawBufferPointer, header: Header) throws(CacheDamage) -> [CacheEntry] {
        guard XXHash64.hash(bytes) == header.indexChecksum else { throw CacheDamage("index checksum") }
        var reader = ByteReader(bytes)
        let dataOffset = try reader.word()
        guard dataOffset >= UInt64(headerSize), dataOffset <= UInt64(header.indexOffset) else {
            throw CacheDamage("bad data offset")
        }
        var entries: [CacheEntry] = []
        entries.reserveCapacity(header.entryCount)
        var offset = Int(dataOffset)
        var textOffset = headerSize
        for _ in 0..<header.entryCount {
            let root = try reader.count()
            let file = try reader.string()
            let size = try reader.count(limit: Int.max)
            let modified = Int64(try reader.signed())
            let changed = Int64(try reader.signed())
            let inode = try reader.word()
            let contentHash = try reader.word()
            let length = try reader.count(limit: header.indexOffset)
            let checksum = try reader.word()
            let textLength = try reader.count(limit: Int(dataOffset))
            entries.append(CacheEntry(root: root, file: file, stamp: FileStamp(size: size, modified: modified, changed: changed, inode: inode),
                                      contentHash: contentHash, offset: offset, length: length, checksum: checksum,
                                      textOffset: textOffset, textLength: textLength))
            offset += length
            textOffset += textLength
            guard offset <= header.indexOffset else { throw CacheDamage("entries overrun the index") }
            guard textOffset <= Int(dataOffset) else { throw CacheDamage("texts overrun the data") }
        }
        guard reader.isAtEnd, offset == header.indexOffset, textOffset == Int(dataOffset) else {
            throw CacheDamage("index does not match the data")
        }
        return entries
    }
}

/// Why a cache file was not used.
enum CacheProblem: Error, Sendable {
    /// Written by another build or format, or for other paths: expected after an upgrade.
    case stale(String)
    /// Cannot be read as a cache file.
    case damaged(String)

    var message: String {
        switch self {
        case .stale(let reason): return "stale: \(reason)"
        case .damaged(let reason): return "damaged: \(reason)"
        }
    }
}
