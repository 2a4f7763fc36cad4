import Foundation

/// Writes a cache file as one stream: a placeholder header, the entries' data as they come, the index,
/// then the real header in place. The file is written under a temporary name and renamed over the old
/// one when complete, so a reader sees either the old cache or the new one, never half of one.
struct CacheWriter {
    private let path: String
    private let temporary: String
    private let descriptor: Int32
    private var buffer = ByteWriter(capacity: 1 << 22)
    private var index = ByteWriter()
    private var offset = CacheFile.headerSize
    private var count = 0
    private var failed = false

    /// Opens the temporary file (creating the directory), or nil when it cannot be written.
    init?(path: String) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary = path + ".tmp.\(getpid())"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        buffer.bytes += [UInt8](repeating: 0, count: CacheFile.headerSize)
    }

    /// Appends one entry: its encoded outcome (`data`), and what the index says of it.
    mutating func append(_ data: UnsafeRawBufferPointer, root: Int, file: String, stamp: FileStamp, contentHash: UInt64) {
        let entry = CacheEntry(root: root, file: file, stamp: stamp, contentHash: contentHash, offset: offset,
                               length: data.count, checksum: XXHash64.hash(data))
        CacheFile.encode(entry, into: &index)
        buffer.raw(data)
        offset += data.count
        count += 1
        if buffer.bytes.count >= 1 << 22 { flush() }
    }

    private mutating func flush() {
        if !failed && !CacheWriter.writeAll(descriptor, buffer.bytes) { failed = true }
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    /// Writes the index and the header and puts the file in place; false (and nothing left behind)
    /// when a write failed.
    mutating func finish(fingerprint: UInt64, scanTime: Int64) -> Bool {
        flush()
        let header = CacheFile.Header(fingerprint: fingerprint, scanTime: scanTime, entryCount: count,
                                      indexOffset: offset, indexLength: index.bytes.count,
                                      indexChecksum: XXHash64.hash(index.bytes))
        let written = !failed && CacheWriter.writeAll(descriptor, index.bytes)
            && header.encoded().withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) == $0.count }
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(descriptor, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }
}
