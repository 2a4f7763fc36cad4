import Foundation

/// A cache file mapped read-only into memory: entries are decoded straight from the page cache, with no
/// copy and one system call for the whole file. Decoded stretches are handed back to the kernel
/// (`release`), so the mapping does not add the file's size to the peak memory of a load. The file is
/// only ever replaced by a rename, never rewritten in place, so the mapped bytes cannot change under us.
final class CacheMapping: @unchecked Sendable {
    let base: UnsafeRawPointer
    let size: Int
    /// The file, kept open while mapped (`CachedTexts` reads the texts through a duplicate).
    let descriptor: Int32
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// `MADV_POPULATE_READ` (Linux 5.14), which the Glibc module does not export.
    private static let populateRead: Int32 = 22

    /// Maps the file, or nil when it does not exist or cannot be mapped; `advice` says how it will be read.
    init?(path: String, advice: Int32 = MADV_SEQUENTIAL) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size >= CacheFile.headerSize else {
            close(descriptor)
            return nil
        }
        size = Int(info.st_size)
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        base = UnsafeRawPointer(mapped)
        madvise(mapped, size, advice)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
        close(descriptor)
    }

    /// The bytes at `range`, which the caller has checked lie inside the file.
    func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// Maps the pages of `range` in one call before they are read (`MADV_POPULATE_READ`, Linux 5.14):
    /// a page fault per 64 KB of the file cost more than reading the bytes. Ignored where unsupported.
    func prefault(_ range: Range<Int>) {
        let page = CacheMapping.pageSize
        let start = range.lowerBound / page * page
        let end = min(size, (range.upperBound + page - 1) / page * page)
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, CacheMapping.populateRead)
    }

    /// Drops the whole pages inside `range` from memory (they are read again if touched).
    func release(_ range: Range<Int>) {
        let page = CacheMapping.pageSize
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    /// Header and index of the mapped file, checked against `fingerprint` and the file's size.
    func index(fingerprint: UInt64) -> Result<(CacheFile.Header, [CacheEntry]), CacheProblem> {
        let header: CacheFile.Header
        switch CacheFile.Header.decode(bytes(0..<CacheFile.headerSize), fingerprint: fingerprint) {
        case .failure(let problem): return .failure(problem)
        case .success(let decoded): header = decoded
        }
        guard header.indexOffset >= CacheFile.headerSize, header.indexLength >= 0,
              header.indexOffset + header.indexLength == size else {
            return .failure(.damaged("size does not match the header"))
        }
        do {
            let entries = try CacheFile.decodeIndex(bytes(header.indexOffset..<size), header: header)
            return .success((header, entries))
        } catch {
            return .failure(.damaged(error.reason))
        }
    }
}
