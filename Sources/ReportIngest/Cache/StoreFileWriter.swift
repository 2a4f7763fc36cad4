import Foundation
import ReportModel

/// Writes the column store's image (`StoreFile`): the header's place, each block as it comes (at a
/// multiple of 8), the directory, then the header in place; under a temporary name renamed over the
/// old image when complete, so a reader (or a process killed mid-write) leaves the old image or the
/// new one, never half of one.
final class StoreFileWriter: StoreImageSink {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    private var header: StoreFile.Header
    private let skipped: [StoreFile.Skipped]
    private var directory = ByteWriter()
    private var blocks = 0
    /// Bytes written so far (the header's place first).
    private var offset = 0
    private var failed = false

    /// Opens the temporary file, or nil when it cannot be written.
    init?(path: String, header: StoreFile.Header, skipped: [StoreFile.Skipped]) {
        self.path = path
        self.header = header
        self.skipped = skipped
        temporary = path + ".tmp.\(getpid())"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        failed = !write([UInt8](repeating: 0, count: StoreFile.headerSize))
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    func append(field: Int, _ bytes: UnsafeRawBufferPointer) {
        guard !failed else { return }
        directory.varint(field)
        directory.varint(offset)
        directory.varint(bytes.count)
        directory.word(XXHash64.hash(bytes))
        blocks += 1
        let padding = (8 - bytes.count % 8) % 8
        failed = !write(bytes) || !write([UInt8](repeating: 0, count: padding))
    }

    func finish() -> Bool {
        var tail = ByteWriter()
        tail.varint(blocks)
        tail.bytes += directory.bytes
        tail.varint(skipped.count)
        for skip in skipped {
            tail.varint(skip.index)
            tail.string(skip.diagnostic.file)
            tail.string(skip.diagnostic.message)
        }
        header.directoryOffset = offset
        header.directoryLength = tail.bytes.count
        header.directoryChecksum = tail.bytes.withUnsafeBytes { XXHash64.hash($0) }
        let written = !failed && write(tail.bytes)
            && header.encoded().withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) == $0.count }
        close(descriptor)
        descriptor = -1
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private func write(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { write($0) } }

    private func write(_ raw: UnsafeRawBufferPointer) -> Bool {
        guard CacheWriter.writeAll(descriptor, raw) else { return false }
        offset += raw.count
        return true
    }
}
