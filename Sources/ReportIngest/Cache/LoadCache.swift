import Foundation

/// Where `CorpusLoader` keeps the records of the files it has parsed, so that reopening an unchanged
/// corpus reads them back instead of parsing again (`Cache/CacheFile.swift` describes the file).
///
/// One cache file per corpus (the canonical paths loaded). A file's record is reused only when its
/// path, size and modification time match, or when its bytes hash to the same content hash; a cache
/// written by another build of gongkai, or that is damaged, is ignored and rewritten, never trusted.
public enum LoadCache: Sendable, Hashable {
    /// Parse every file; read and write no cache.
    case off
    /// `$XDG_CACHE_HOME/gongkai`, else `~/.cache/gongkai`; only for corpora of at least
    /// `LoadCache.minimumFiles` files (a few files parse faster than a cache is checked, and small
    /// folders opened once should not leave cache files behind).
    case `default`
    /// A cache in this directory (created when needed), whatever the size of the corpus.
    case directory(URL)

    /// The smallest corpus the `.default` cache is used for.
    public static let minimumFiles = 16

    /// The directory of the cache for a corpus of `fileCount` files, or nil when none is used.
    func directory(fileCount: Int, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        switch self {
        case .off:
            return nil
        case .directory(let url):
            return url
        case .default:
            guard fileCount >= LoadCache.minimumFiles else { return nil }
            return LoadCache.userCacheDirectory(environment: environment)
        }
    }

    /// `$XDG_CACHE_HOME/gongkai` when that is an absolute path (the XDG rule), else `~/.cache/gongkai`;
    /// nil when there is no home directory either.
    static func userCacheDirectory(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("gongkai")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        guard !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent("gongkai")
    }
}
