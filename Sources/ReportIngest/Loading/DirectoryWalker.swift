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
    /// The files below `root` (the `root`th path given) whose relative path `accept`s (its UTF-8 bytes),
    /// sorted by those bytes, and the problems met (named by their path relative to `root`); nil when
    /// `root` cannot be opened as a directory (`errno` says why).
    static func listing(under root: String, root index: Int = 0, accept: (UnsafeBufferPointer<UInt8>) -> Bool)
        -> (listing: FolderListing, problems: [LoadDiagnostic])? {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        // Stamps are taken relative to the folder: the kernel walks only the relative path, and no
        // absolute path is built per file (a third of collecting 100,000 files was path lookup).
        let folder = dup(descriptor)
        defer { if folder >= 0 { close(folder) } }
        var names = NameArena()
        var problems: [LoadDiagnostic] = []
        walk(descriptor, prefix: [], accept: accept, into: &names, problems: &problems)
        let sorted = names.sortedOrder()
        let base = root.hasSuffix("/") ? root : root + "/"
        let stamps = ParallelStamps(count: sorted.count)
        let spans = names.spans
        names.bytes.withUnsafeBufferPointer { bytes in
            // Read only, by every task, while `names` is alive (the loop returns before this closure does).
            nonisolated(unsafe) let bytes = bytes
            ParallelLoop.run((sorted.count + 1023) / 1024, parallel: sorted.count > 4096) { block in
                for position in block * 1024..<min(sorted.count, block * 1024 + 1024) {
                    let span = spans[sorted[position]]
                    let path = UnsafeRawPointer(bytes.baseAddress! + span.start).assumingMemoryBound(to: CChar.self)
                    if folder >= 0 {
                        stamps.set(position, FileStamp.ofRegularFile(at: path, in: folder, isLink: span.isLink))
                    } else {
                        let whole = Array(base.utf8) + UnsafeBufferPointer(rebasing: bytes[span.start...span.start + span.count])
                        stamps.set(position, whole.withUnsafeBufferPointer {
                            FileStamp.ofRegularFile(at: UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
                                                    in: AT_FDCWD, isLink: span.isLink)
                        })
                    }
                }
            }
        }
        var order: [Int] = [], kept: [FileStamp] = []
        order.reserveCapacity(sorted.count)
        kept.reserveCapacity(sorted.count)
        for (position, index) in sorted.enumerated() {
            switch stamps[position] {
            case .success(let stamp):
                order.append(index)
                kept.append(stamp)
            case .failure(let problem): problems.append(LoadDiagnostic(file: names.name(index), message: problem.message))
            }
        }
        let listing = FolderListing(folder: base, root: index, names: names, order: order, stamps: kept,
                                    hasLinks: order.contains { spans[$0].isLink })
        return (listing, problems)
    }

    /// Takes ownership of `descriptor` (closed when done).
    private static func walk(_ descriptor: Int32, prefix: [UInt8], accept: (UnsafeBufferPointer<UInt8>) -> Bool,
                             into names: inout NameArena, problems: inout [LoadDiagnostic]) {
        guard let directory = fdopendir(descriptor) else {
            problems.append(LoadDiagnostic(file: String(decoding: prefix, as: UTF8.self),
                                           message: "cannot list the folder: \(FileProblem.reason(errno))"))
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        let folder = dirfd(directory)
        // Each subfolder's name, NUL-terminated.
        var subdirectories: [[UInt8]] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                let name = UnsafeRawPointer(tuple).assumingMemoryBound(to: CChar.self)
                if UnsafeRawPointer(name).load(as: UInt8.self) == UInt8(ascii: ".") { return }
                var isDirectory = type == UInt8(DT_DIR)
                var isLink = type == UInt8(DT_LNK)
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
                    isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
                    isLink = (info.st_mode & S_IFMT) == S_IFLNK
                }
                if isDirectory {
                    subdirectories.append(Array(UnsafeRawBufferPointer(start: name, count: strlen(name) + 1)))
                    return
                }
                let start = names.append(prefix: prefix, name: name)
                if names.path(from: start).withUnsafeBufferPointer(accept) {
                    names.keep(from: start, isLink: isLink)
                    return
                }
                if isLink, let problem = linkProblem(folder, name) {
                    problems.append(LoadDiagnostic(file: String(decoding: names.path(from: start), as: UTF8.self),
                                                   message: problem, severity: .warning))
                }
                names.drop(from: start)
            }
        }
        for name in subdirectories {
            let child = name.withUnsafeBufferPointer {
                openat(folder, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self),
                       O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
            }
            let path = prefix + name.dropLast() + [UInt8(ascii: "/")]
            if child >= 0 {
                walk(child, prefix: path, accept: accept, into: &names, problems: &problems)
            } else {
                problems.append(LoadDiagnostic(file: String(decoding: path, as: UTF8.self),
                                               message: "cannot open the folder: \(FileProblem.reason(errno))"))
            }
        }
    }

    /// Why a link whose name no reader takes is worth a message: it points to a folder (not followed,
    /// so its reports are not loaded) or is a cycle. Nil for a link to any other file.
    private static func linkProblem(_ directory: Int32, _ name: UnsafePointer<CChar>) -> String? {
        var info = stat()
        if fstatat(directory, name, &info, 0) != 0 {
            return errno == ELOOP ? FileProblem.unreachable(ELOOP) : nil
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "a symbolic link to a folder; not followed (load the folder itself to read it)"
    }
}

/// One stamp (or problem) per file, each index filled once from some thread (no lock: no two threads
/// write the same slot), read when all are done (`concurrentPerform` returns after every task). A stamp
/// is a plain value written in place; only a file that has a problem writes one (a message), so the
/// 100,000 stamps of a corpus cost no enum copy or release each.
private final class ParallelStamps: @unchecked Sendable {
    private let stamps: UnsafeMutableBufferPointer<FileStamp>
    private let problems: UnsafeMutableBufferPointer<FileStamp.Problem?>

    init(count: Int) {
        stamps = .allocate(capacity: count)
        stamps.initialize(repeating: FileStamp(size: 0, modified: 0))
        problems = .allocate(capacity: count)
        problems.initialize(repeating: nil)
    }

    deinit {
        stamps.deinitialize()
        stamps.deallocate()
        problems.deinitialize()
        problems.deallocate()
    }

    func set(_ index: Int, _ stamp: Result<FileStamp, FileStamp.Problem>) {
        switch stamp {
        case .success(let stamp): stamps[index] = stamp
        case .failure(let problem): problems[index] = problem
        }
    }

    subscript(index: Int) -> Result<FileStamp, FileStamp.Problem> {
        problems[index].map { .failure($0) } ?? .success(stamps[index])
    }
}
