import Foundation

/// A zip archive held in memory, read without trusting a byte of it: every offset and length of the
/// end-of-central-directory record, the central directory and the local headers is checked against
/// the bytes actually there before it is used, and anything out of place is a `ZipFailure`, never a
/// trap. Zip64 records are followed; encrypted entries and methods other than stored (0) and deflate
/// (8) are refused when read (`ZipInflater`). This is the only code that reads a .docx's zip.
struct ZipArchive {
    struct Entry: Equatable {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    static let endRecordSize = 22
    static let maximumCommentLength = 0xFFFF

    init(_ data: Data) throws(ZipFailure) {
        bytes = [UInt8](data)
        let end = try Self.endOfCentralDirectory(in: bytes)
        var position = end.directoryOffset
        let directoryEnd = end.directoryOffset + end.directorySize
        while entries.count < end.entryCount {
            guard position + 46 <= directoryEnd, bytes.readUInt32(at: position) == 0x0201_4B50 else {
                throw .damaged("the central directory is damaged")
            }
            let nameLength = Int(bytes.readUInt16(at: position + 28))
            let extraLength = Int(bytes.readUInt16(at: position + 30))
            let commentLength = Int(bytes.readUInt16(at: position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd else { throw .damaged("the central directory is damaged") }
            let nameStart = position + 46
            var entry = Entry(
                name: String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self),
                method: bytes.readUInt16(at: position + 10), flags: bytes.readUInt16(at: position + 8),
                crc32: bytes.readUInt32(at: position + 16),
                compressedSize: Int(bytes.readUInt32(at: position + 20)),
                uncompressedSize: Int(bytes.readUInt32(at: position + 24)),
                localHeaderOffset: Int(bytes.readUInt32(at: position + 42)))
            try Self.applyZip64(bytes[(nameStart + nameLength)..<(nameStart + nameLength + extraLength)], to: &entry)
            entries.append(entry)
            position = next
        }
    }

    func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// Where the entry's compressed bytes are, after checking its local header.
    func dataRange(of entry: Entry) throws(ZipFailure) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header >= 0, header <= bytes.count - 30, bytes.readUInt32(at: header) == 0x0403_4B50 else {
            throw .damaged("the local header of \(entry.name) is missing")
        }
        let start = header + 30 + Int(bytes.readUInt16(at: header + 26)) + Int(bytes.readUInt16(at: header + 28))
        guard entry.compressedSize >= 0, start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .damaged("\(entry.name) runs past the end of the file (truncated)")
        }
        return start..<(start + entry.compressedSize)
    }

    private struct EndRecord {
        var entryCount: Int
        var directorySize: Int
        var directoryOffset: Int
    }

    /// The end-of-central-directory record (the last one whose comment fits the file), with its
    /// zip64 counterpart when the 32-bit fields say so; the directory must lie inside the file.
    private static func endOfCentralDirectory(in bytes: [UInt8]) throws(ZipFailure) -> EndRecord {
        guard bytes.count >= endRecordSize else { throw .damaged("the file is too short to be a zip archive") }
        let lowest = max(0, bytes.count - endRecordSize - maximumCommentLength)
        var position = bytes.count - endRecordSize
        while position >= lowest {
            if bytes.readUInt32(at: position) == 0x0605_4B50,
               position + endRecordSize + Int(bytes.readUInt16(at: position + 20)) <= bytes.count {
                break
            }
            position -= 1
        }
        guard position >= lowest else { throw .damaged("no zip central directory (not a zip archive, or truncated)") }
        var record = EndRecord(entryCount: Int(bytes.readUInt16(at: position + 10)),
                               directorySize: Int(bytes.readUInt32(at: position + 12)),
                               directoryOffset: Int(bytes.readUInt32(at: position + 16)))
        var directoryLimit = position
        if record.entryCount == 0xFFFF || record.directorySize == 0xFFFF_FFFF || record.directoryOffset == 0xFFFF_FFFF,
           position >= 20 + 56, bytes.readUInt32(at: position - 20) == 0x0706_4B50 {
            let zip64 = bytes.readUInt64(at: position - 12)
            guard zip64 <= UInt64(position - 20 - 56), bytes.readUInt32(at: Int(zip64)) == 0x0606_4B50 else {
                throw .damaged("the zip64 end record is damaged")
            }
            let at = Int(zip64)
            let fields = [bytes.readUInt64(at: at + 32), bytes.readUInt64(at: at + 40), bytes.readUInt64(at: at + 48)]
            guard fields.allSatisfy({ $0 <= UInt64(bytes.count) }) else { throw .damaged("the zip64 end record is damaged") }
            record = EndRecord(entryCount: Int(fields[0]), directorySize: Int(fields[1]), directoryOffset: Int(fields[2]))
            directoryLimit = at
        }
        guard record.directoryOffset <= directoryLimit, record.directorySize <= directoryLimit - record.directoryOffset else {
            throw .damaged("the central directory points past the end of the file (truncated)")
        }
        // Each entry takes at least 46 bytes of the directory: a larger count is a lie.
        guard record.entryCount <= record.directorySize / 46 else { throw .damaged("the central directory is damaged") }
        return record
    }

    /// Replaces the 32-bit sizes and offset marked 0xFFFFFFFF with those of the zip64 extra field.
    private static func applyZip64(_ extra: ArraySlice<UInt8>, to entry: inout Entry) throws(ZipFailure) {
        let marker = 0xFFFF_FFFF
        guard entry.uncompressedSize == marker || entry.compressedSize == marker || entry.localHeaderOffset == marker else {
            return
        }
        var position = extra.startIndex
        while position + 4 <= extra.endIndex {
            let id = extra.readUInt16(at: position)
            let size = Int(extra.readUInt16(at: position + 2))
            let body = position + 4
            guard body + size <= extra.endIndex else { break }
            if id == 0x0001 {
                var field = body
                func next() throws(ZipFailure) -> Int {
                    guard field + 8 <= body + size else { throw .damaged("the zip64 field of \(entry.name) is damaged") }
                    let value = extra.readUInt64(at: field)
                    field += 8
                    guard value <= UInt64(Int32.max) else { throw .damaged("\(entry.name) is too large") }
                    return Int(value)
                }
                if entry.uncompressedSize == marker { entry.uncompressedSize = try next() }
                if entry.compressedSize == marker { entry.compressedSize = try next() }
                if entry.localHeaderOffset == marker { entry.localHeaderOffset = try next() }
                return
            }
            position = body + size
        }
        throw .damaged("the zip64 field of \(entry.name) is missing")
    }
}

/// What is wrong with a zip archive or one of its entries.
enum ZipFailure: Error, Equatable {
    case damaged(String)
    /// The entry inflates to more than the limit given (bytes).
    case tooLarge(limit: Int)
    /// The consumer of the inflated bytes stopped the reading.
    case stopped
}

extension Collection where Element == UInt8, Index == Int {
    /// Little-endian integers at `offset`; the caller has checked that the bytes are there.
    fileprivate func readUInt16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    fileprivate func readUInt32(at offset: Int) -> UInt32 {
        UInt32(readUInt16(at: offset)) | UInt32(readUInt16(at: offset + 2)) << 16
    }

    fileprivate func readUInt64(at offset: Int) -> UInt64 {
        UInt64(readUInt32(at: offset)) | UInt64(readUInt32(at: offset + 4)) << 32
    }
}
