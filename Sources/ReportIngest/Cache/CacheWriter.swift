import Foundation

/// Writes a cache file as one stream: a placeholder header, the texts as they come (while the entries'
/// data goes to an unlinked temporary file), then the data copied after the texts, the index, and the
/// real header in place. The file is written under a temporary name and renamed over the old one when
/// complete, so a reader sees either the old cache or the new one, never half of one.
struct CacheWriter {
    private let path: String
    private let temporary: String
    private let descriptor: Int32
    /// The unlinked file that gathers the entries' data until the texts are all written.
    private let dataDescriptor: Int32
    private var buffer = ByteWriter(capacity: CacheWriter.bufferSize)
    private var data = ByteWriter(capacity: CacheWriter.bufferSize)
    private var index = ByteWriter()
    private var textOffset = CacheFile.headerSize
    private var dataLength = 0
    private var count = 0
    private var failed = false
    private static let bufferSize = 1 << 22

    /// Opens the temporary files (creating the directory), or nil when they cannot be written.
    init?(path: String) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        temporary = path + ".tmp.\(getpid())"
        descriptor = open(temporary, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        let dataPath = temporary + ".data"
        dataDescriptor = open(dataPath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        unlink(dataPath)
        guard dataDescriptor >= 0 else {
            close(descriptor)
            unlink(temporary)
            return nil
        }
        buffer.bytes += [UInt8](repeating: 0, count: CacheFile.headerSize)
    }

    /// Appends one entry: its encoded outcome (`data`), its deferred text (`text`, empty when none), and
    /// what the index says of it.
    mutating func append(_ data: UnsafeRawBufferPointer, text: UnsafeRawBufferPointer, root: Int, file: String,
                         stamp: FileStamp, contentHash: UInt64) {
        let entry = CacheEntry(root: root, file: file, stamp: stamp, contentHash: contentHash, offset: dataLength,
                               length: data.count, checksum: XXHash64.hash(data), textOffset: textOffset,
                               textLength: text.count)
        CacheFile.encode(entry, into: &index)
        buffer.raw(text)
        textOffset += text.count
        self.data.raw(data)
        dataLength += data.count
        count += 1
        if buffer.bytes.count >= CacheWriter.bufferSize { flushTexts() }
        if self.data.bytes.count >= CacheWriter.bufferSize { flushData() }
    }

    private mutating func flushTexts() {
        if !failed && !CacheWriter.writeAll(descriptor, buffer.bytes) { failed = true }
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    private mutating func flushData() {
        if !failed && !CacheWriter.writeAll(dataDescriptor, data.bytes) { failed = true }
        data.bytes.removeAll(keepingCapacity: true)
    }

    /// Writes the data, the index and the header and puts the file in place; the index checksum, or nil
    /// (and nothing left behind) when a write failed.
    mutating func finish(fingerprint: UInt64, scanTime: Int64) -> UInt64? {
        flushTexts()
        flushData()
        if !failed && !copyData() { failed = true }
        var prelude = ByteWriter(capacity: 8)
        prelude.word(UInt64(textOffset))
        let indexBytes = prelude.bytes + index.bytes
        let header = CacheFile.Header(fingerprint: fingerprint, scanTime: scanTime, entryCount: count,
                                      indexOffset: textOffset + dataLength, indexLength: indexBytes.count,
                                      indexChecksum: XXHash64.hash(indexBytes))
        let written = !failed && CacheWriter.writeAll(descriptor, indexBytes)
            && header.encoded().withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) == $0.count }
        close(descriptor)
        close(dataDescriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return nil
        }
        return header.indexChecksum
    }

    /// Appends the gathered data to the cache file, a megabyte at a time.
    private func copyData() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        return chunk.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < dataLength {
                let n = pread(dataDescriptor, buffer.baseAddress, min(buffer.count, dataLength - offset), off_t(offset))
                if n < 0 && errno == EINTR { continue }
                guard n > 0, CacheWriter.writeAll(descriptor, UnsafeRawBufferPointer(rebasing: buffer[..<n])) else { return false }
                offset += n
            }
            return true
        }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }

    /// Writes all of `raw` to `descriptor` (retrying short and interrupted writes); false on failure.
    static func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
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
