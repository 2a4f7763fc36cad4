import Dispatch
import Foundation
import ReportModel

/// Lists the regular files below a directory with their stamps: `readdir` for the names, then `fstatat`
/// for each accepted file, on all cores (FileManager's enumerator built objects and an attribute
/// dictionary per entry, which dominated collecting a 100,000-file corpus). Hidden files and folders (a
/// name starting with ".") are skipped; symbolic links to files are followed, links to folders are not
/// (no cycles). What cannot be listed or is not a regular file is reported, never skipped silently:
/// a folder that cannot be opened, an accepted name that is a FIFO, a device, a socket or a folder, a
/// broken link, a cycle of links, a link to a folder (not followed).
enum DirectoryWalker {
    struct Entry: Sendable {
        var relative: String
        var stamp: FileStamp
        /// Reached through a symbolic link (so possibly a file also reached by another path).
        var isLink: Bool
    }

    /// Every file below `root` whose relative path `accept`s, sorted by relative path (`sort`), and the
    /// problems met (named by their path relative to `root`); nil when `root` cannot be opened as a
    /// directory (`errno` says why).
    static func files(under root: String, accept: (String) -> Bool) -> (entries: [Entry], problems: [LoadDiagnostic])? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        // Stamps are taken relative to the folder: the kernel walks only the relative path, and no
        // absolute path is built per file (a third of collecting 100,000 files was path lookup).
        let folder = dup(descriptor)
        defer { if folder >= 0 { close(folder) } }
        var names: [(relative: String, isLink: Bool)] = []
        var problems: [LoadDiagnostic] = []
        walk(descriptor, prefix: "", accept: accept, into: &names, problems: &problems)
        let list = sorted(names)
        let base = root.hasSuffix("/") ? root : root + "/"
        let stamps = ParallelStamps(count: list.count)
        list.withUnsafeBufferPointer { buffer in
            // Read only, by every task, while `list` is alive (the loop returns before this closure does).
            nonisolated(unsafe) let names = buffer
            ParallelLoop.run((names.count + 1023) / 1024, parallel: names.count > 4096) { block in
                for index in block * 1024..<min(names.count, block * 1024 + 1024) {
                    stamps.set(index, folder >= 0
                        ? FileStamp.ofRegularFile(names[index].relative, in: folder, isLink: names[index].isLink)
                        : FileStamp.ofRegularFile(base + names[index].relative, isLink: names[index].isLink))
                }
            }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(list.count)
        for (index, name) in list.enumerated() {
            switch stamps[index] {
            case .success(let stamp): entries.append(Entry(relative: name.relative, stamp: stamp, isLink: name.isLink))
            case .failure(let problem): problems.append(LoadDiagnostic(file: name.relative, message: problem.message))
            }
        }
        return (entries, problems)
    }

    /// Takes ownership of `descriptor` (closed when done).
    private static func walk(_ descriptor: Int32, prefix: String, accept: (String) -> Bool,
                             into names: inout [(relative: String, isLink: Bool)], problems: inout [LoadDiagnostic]) {
        guard let directory = fdopendir(descriptor) else {
            problems.append(LoadDiagnostic(file: prefix, message: "cannot list the folder: \(FileProblem.reason(errno))"))
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        var subdirectories: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            var isLink = entry.pointee.d_type == UInt8(DT_LNK)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
                isLink = (info.st_mode & S_IFMT) == S_IFLNK
            }
            if isDirectory {
                subdirectories.append(name)
                continue
            }
            let relative = prefix.isEmpty ? name : prefix + name
            if accept(relative) {
                names.append((relative, isLink))
            } else if isLink, let problem = linkProblem(dirfd(directory), name) {
                problems.append(LoadDiagnostic(file: relative, message: problem, severity: .warning))
            }
        }
        for name in subdirectories {
            let child = openat(dirfd(directory), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
            if child >= 0 {
                walk(child, prefix: prefix + name + "/", accept: accept, into: &names, problems: &problems)
            } else {
                problems.append(LoadDiagnostic(file: prefix + name + "/", message: "cannot open the folder: \(FileProblem.reason(errno))"))
            }
        }
    }

    /// Why a link whose name no reader takes is worth a message: it points to a folder (not followed,
    /// so its reports are not loaded) or is a cycle. Nil for a link to any other file.
    private static func linkProblem(_ directory: Int32, _ name: String) -> String? {
        var info = stat()
        if fstatat(directory, name, &info, 0) != 0 {
            return errno == ELOOP ? FileProblem.unreachable(ELOOP) : nil
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "a symbolic link to a folder; not followed (load the folder itself to read it)"
    }

    /// Sorted by relative path, comparing UTF-8 bytes (code points, as text sorts in queries): by the
    /// leading 16 bytes as two big-endian integers, then by the whole path on a tie. String's `<`
    /// (Unicode-aware) took most of the time of collecting 100,000 files.
    static func sorted(_ names: [(relative: String, isLink: Bool)]) -> [(relative: String, isLink: Bool)] {
        var keys = names.indices.map { index -> (UInt64, UInt64, Int) in
            var first: UInt64 = 0, second: UInt64 = 0
            for (k, byte) in names[index].relative.utf8.prefix(16).enumerated() {
                if k < 8 { first |= UInt64(byte) << (56 - 8 * k) } else { second |= UInt64(byte) << (56 - 8 * (k - 8)) }
            }
            return (first, second, index)
        }
        keys.sort { a, b in
            if a.0 != b.0 { return a.0 < b.0 }
            if a.1 != b.1 { return a.1 < b.1 }
            return names[a.2].relative.utf8.lexicographicallyPrecedes(names[b.2].relative.utf8)
        }
        return keys.map { names[$0.2] }
    }
}

/// One stamp (or problem) per file, each index filled once from some thread (no lock: no two threads
/// write the same slot), read when all are done (`concurrentPerform` returns after every task).
private final class ParallelStamps: @unchecked Sendable {
    private let stamps: UnsafeMutableBufferPointer<Result<FileStamp, FileStamp.Problem>>

    init(count: Int) {
        stamps = .allocate(capacity: count)
        stamps.initialize(repeating: .failure(FileStamp.Problem(message: "not listed")))
    }

    deinit {
        stamps.deinitialize()
        stamps.deallocate()
    }

    func set(_ index: Int, _ stamp: Result<FileStamp, FileStamp.Problem>) { stamps[index] = stamp }

    subscript(index: Int) -> Result<FileStamp, FileStamp.Problem> { stamps[index] }
}
