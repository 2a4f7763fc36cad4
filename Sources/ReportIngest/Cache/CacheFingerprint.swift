import Foundation
import ReportModel

/// What a cache file's records depend on besides the files themselves: the cache format, the field
/// catalog, the readers by extension, the build of the running program (its path, size and time: a
/// rebuilt parser may read the same text differently) and the corpus paths. A cache with another
/// fingerprint is stale.
enum CacheFingerprint {
    static func make(roots: [String], readers: DocumentReaderRegistry, catalog: FieldCatalog = .standard) -> UInt64 {
        var text = "format \(CacheFile.version)\n"
        for field in catalog.fields { text += "\(field.name) \(field.type.rawValue)\n" }
        for fileExtension in readers.fileExtensions {
            let reader = readers.reader(forPath: "x." + fileExtension).map { String(reflecting: type(of: $0)) } ?? "-"
            text += "reader \(fileExtension) \(reader)\n"
        }
        text += "build \(executableIdentity())\n"
        for root in roots { text += "root \(root)\n" }
        return XXHash64.hash(Array(text.utf8))
    }

    /// The canonical form of each path given (absolute, symbolic links resolved), or the path as given
    /// when it does not exist.
    static func canonicalRoots(_ paths: [String]) -> [String] {
        paths.map { path in
            guard let resolved = realpath(path, nil) else { return path }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    }

    /// The cache file for a corpus: one per set of canonical paths, in `directory`.
    static func cachePath(directory: URL, roots: [String]) -> String {
        let key = XXHash64.hash(Array(roots.joined(separator: "\n").utf8))
        let hex = String(key, radix: 16)
        return directory.appendingPathComponent("corpus-" + String(repeating: "0", count: 16 - hex.count) + hex + ".cache").path
    }

    /// "path size mtime" of the running executable (Linux: /proc/self/exe).
    private static func executableIdentity() -> String {
        let candidates = ["/proc/self/exe", Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates {
            guard let resolved = realpath(path, nil) else { continue }
            defer { free(resolved) }
            let real = String(cString: resolved)
            if let (stamp, _) = FileStamp.of(real) { return "\(real) \(stamp.size) \(stamp.modified)" }
        }
        return "unknown"
    }
}
