import FileAccess
import Foundation
import ReportModel

/// A load through the parse cache. Each file is matched with its entry in the previous cache file:
///
/// - the same stamp (`FileStamp.isUnchanged`: size, modification time, change time and inode), the
///   modification time safely before the previous scan → its outcome is decoded from the cache
///   (checksum first), in parallel, straight from the mapped file;
/// - the same size but another stamp (or a time too close to the scan to be trusted: a file changed
///   twice within the clock's granularity looks unchanged) → the file is read and its bytes hashed;
///   the same content hash reuses the cached outcome, another parses the bytes already read;
/// - anything else, or an entry that fails its checksum or decoding → read and parsed.
///
/// The cache file is rewritten when anything changed (a file parsed, a stamp updated, a file gone, a
/// damaged or stale cache); entries reused are copied byte for byte.
///
/// The reports' texts stay in the cache file: decoded records refer to them through the load's
/// `CachedTexts`, which reads each when a query first needs it.
struct CachedLoad: Sendable {
    let path: String
    let fingerprint: UInt64
    let options: LoadOptions
    let scanTime: Int64
    let progress: ProgressBar
    /// Where the files parsed now keep their texts.
    let parsedTexts: TextStore

    /// A stamp match is trusted only for files last modified this long before the scan that cached them.
    static let racyWindow: Int64 = 2_000_000_000
    /// Cached outcomes are decoded in stretches of about this many bytes, one stretch per task.
    static let stretchBytes = 4 << 20

    init(directory: URL, paths: [String], options: LoadOptions, scanTime: Int64, progress: ProgressBar, parsedTexts: TextStore) {
        self.parsedTexts = parsedTexts
        let roots = CacheFingerprint.canonicalRoots(paths)
        path = CacheFingerprint.cachePath(directory: directory, roots: roots)
        fingerprint = CacheFingerprint.make(roots: roots, readers: options.readers)
        self.options = options
        self.scanTime = scanTime
        self.progress = progress
    }

    /// The same load, showing its progress on `progress`.
    init(copying other: CachedLoad, progress: ProgressBar) {
        path = other.path
        fingerprint = other.fingerprint
        options = other.options
        scanTime = other.scanTime
        parsedTexts = other.parsedTexts
        self.progress = progress
    }

    private enum Step {
        case decode(CacheEntry)
        case verify(CacheEntry)
        case parse
    }

    /// What became of one file: its outcome, and the content hash and stamp for the new cache (nil when
    /// the outcome is not cached, e.g. a file too large to read).
    struct Result: Sendable {
        var outcome: CorpusLoader.Outcome
        var contentHash: UInt64?
        /// The entry whose bytes can be copied into the new cache unchanged.
        var reused: CacheEntry?
        var wasParsed = false
        var wasVerified = false
    }

    /// The outcome of every file, from the cache file at `path` (or the one `mapped` from there before).
    func run(_ files: [CorpusFile], statistics: inout LoadStatistics, mapped: CacheMapping? = nil) -> [CorpusLoader.Outcome] {
        statistics.cachePath = path
        StaleTemporaries.remove(besides: path)
        var clock = PhaseClock()
        var opened = mapped ?? CacheMapping(path: path)
        var previous: (header: CacheFile.Header, entries: [CacheEntry])?
        if let mapping = opened {
            switch mapping.index(fingerprint: fingerprint) {
            case .success(let index): previous = index
            case .failure(let problem):
                statistics.cacheProblem = problem.message
                opened = nil
            }
        }
        let mapping = opened
        let steps = plan(files, previous: previous)
        let texts = mapping.flatMap { deferredTexts(files, steps: steps, mapping: $0) }
        statistics.phases.cacheIndex = clock.lap()
        let slots = OrderedSlots<Result>(count: files.count)
        var damage: String?
        if let mapping, let texts { damage = decode(files, steps: steps, mapping: mapping, texts: texts, into: slots) }
        let pending = files.indices.filter { !slots.isSet($0) }
        ParallelLoop.run(pending.count, parallel: options.parallel) { k in
            let index = pending[k]
            var entry: CacheEntry?
            if case .verify(let e) = steps[index] { entry = e }
            slots.set(index, load(files[index], number: index, verifying: entry, mapping: mapping, texts: texts))
            progress.advance()
        }
        var results = slots.take()
        statistics.phases.records = clock.lap()
        if let damage, statistics.cacheProblem == nil { statistics.cacheProblem = "damaged: \(damage)" }
        for index in results.indices {
            if results[index].wasParsed { statistics.parsed += 1 }
            if results[index].wasVerified { statistics.verifiedByHash += 1 }
            if results[index].reused != nil { statistics.fromCache += 1 }
        }
        if changed(files, results, previous: previous?.entries, damaged: damage != nil) {
            let written = write(files, results, mapping: mapping)
            statistics.cacheWritten = written != nil
            statistics.cacheIndexChecksum = written
            statistics.phases.cacheWrite = clock.lap()
        } else {
            statistics.cacheIndexChecksum = previous?.header.indexChecksum
        }
        // Moved out, last first, so no record is copied.
        var outcomes: [CorpusLoader.Outcome] = []
        outcomes.reserveCapacity(results.count)
        while let result = results.popLast() { outcomes.append(result.outcome) }
        outcomes.reverse()
        return outcomes
    }

    /// Whether the cache file must be rewritten: there was none (or a stale or damaged one), a file was
    /// parsed, a file's stamp changed with its content the same, or a file is gone.
    private func changed(_ files: [CorpusFile], _ results: [Result], previous: [CacheEntry]?, damaged: Bool) -> Bool {
        guard let previous, !damaged else { return true }
        var reused = 0
        for index in files.indices {
            if results[index].wasParsed && results[index].contentHash != nil { return true }
            guard let entry = results[index].reused else { continue }
            reused += 1
            guard let stamp = files[index].stamp, stamp.isUnchanged(since: entry.stamp) else { return true }
        }
        return reused != previous.count
    }

    /// What to do with each file, given the previous cache's entries (matched by position first: the
    /// files come in the same order as last time unless some were added or removed).
    private func plan(_ files: [CorpusFile], previous: (header: CacheFile.Header, entries: [CacheEntry])?) -> [Step] {
        guard let previous else { return files.map { _ in .parse } }
        let entries = previous.entries
        var byKey: [String: Int]?
        let trustedBefore = previous.header.scanTime - CachedLoad.racyWindow
        return files.enumerated().map { index, file in
            guard let stamp = file.stamp, stamp.size <= options.maxFileSize else { return .parse }
            var found: CacheEntry?
            if index < entries.count && entries[index].matches(file) {
                found = entries[index]
            } else {
                if byKey == nil {
                    byKey = Dictionary(entries.indices.map { ("\(entries[$0].root)\u{0}\(entries[$0].file)", $0) },
                                       uniquingKeysWith: { first, _ in first })
                }
                found = byKey?["\(file.root)\u{0}\(file.file)"].map { entries[$0] }
            }
            guard let entry = found, entry.stamp.size == stamp.size else { return .parse }
            if stamp.isUnchanged(since: entry.stamp) && stamp.modified < trustedBefore { return .decode(entry) }
            return .verify(entry)
        }
    }

    /// The texts the decoded records will refer to; file `index`'s text, if it comes to be read again
    /// from its file, must hash as its entry says.
    private func deferredTexts(_ files: [CorpusFile], steps: [Step], mapping: CacheMapping) -> CachedTexts? {
        let hashes: [UInt64?] = steps.map { step in
            switch step {
            case .decode(let entry), .verify(let entry): return entry.contentHash
            case .parse: return nil
            }
        }
        let options = self.options
        return CachedTexts(descriptor: mapping.descriptor, count: files.count) { index in
            guard let hash = hashes[index] else { return nil }
            return CachedTexts.reread(files[index], contentHash: hash, options: options)
        }
    }

    /// Decodes the outcomes of the `.decode` steps, a stretch of the file per task; returns the first
    /// damage found (those files are left unset, to be parsed).
    private func decode(_ files: [CorpusFile], steps: [Step], mapping: CacheMapping, texts: CachedTexts,
                        into slots: OrderedSlots<Result>) -> String? {
        var stretches: [[(index: Int, entry: CacheEntry)]] = []
        var current: [(index: Int, entry: CacheEntry)] = []
        var bytes = 0
        for (index, step) in steps.enumerated() {
            guard case .decode(let entry) = step else { continue }
            current.append((index, entry))
            bytes += entry.length
            if bytes >= CachedLoad.stretchBytes {
                stretches.append(current)
                current = []
                bytes = 0
            }
        }
        if !current.isEmpty { stretches.append(current) }
        let plan = stretches
        let damage = OrderedSlots<String>(count: stretches.count)
        ParallelLoop.run(plan.count, parallel: options.parallel) { s in
            if let first = plan[s].first?.entry, let last = plan[s].last?.entry {
                mapping.prefault(first.offset..<last.offset + last.length)
            }
            for (index, entry) in plan[s] {
                switch CachedLoad.decode(entry, number: index, mapping: mapping, texts: texts) {
                case .success(let outcome):
                    slots.set(index, Result(outcome: outcome, contentHash: entry.contentHash, reused: entry))
                case .failure(let problem):
                    damage.set(s, "\(entry.file): \(problem.reason)")
                }
            }
            progress.advance(by: plan[s].count)
            if let first = plan[s].first?.entry, let last = plan[s].last?.entry {
                mapping.release(first.offset..<last.offset + last.length)
            }
        }
        return damage.elements.first
    }

    /// The outcome of file number `number` from its entry; its text, if any, is left in the file.
    static func decode(_ entry: CacheEntry, number: Int, mapping: CacheMapping, texts: CachedTexts) -> Swift.Result<CorpusLoader.Outcome, CacheDamage> {
        let bytes = mapping.bytes(entry.offset..<entry.offset + entry.length)
        guard XXHash64.hash(bytes) == entry.checksum else { return .failure(CacheDamage("checksum")) }
        do {
            let text = RecordDecoder.DeferredText.later(texts, index: number, offset: entry.textOffset, length: entry.textLength)
            return .success(try RecordDecoder.decode(bytes, text: text, verified: true))
        } catch {
            return .failure(error)
        }
    }

    /// Reads a file once: its bytes are hashed, and either match the cached entry's content hash (the
    /// cached outcome is used) or are parsed.
    private func load(_ file: CorpusFile, number: Int, verifying entry: CacheEntry?, mapping: CacheMapping?, texts: CachedTexts?) -> Result {
        let data: Data
        switch CorpusLoader.read(file, options: options) {
        case .skipped(let diagnostic): return Result(outcome: .skipped(diagnostic), contentHash: nil, wasParsed: true)
        case .bytes(let read): data = read
        }
        let hash = data.withUnsafeBytes { XXHash64.hash($0) }
        if let entry, let mapping, let texts, entry.contentHash == hash,
           case .success(let outcome) = CachedLoad.decode(entry, number: number, mapping: mapping, texts: texts) {
            return Result(outcome: outcome, contentHash: hash, reused: entry, wasVerified: true)
        }
        return Result(outcome: CorpusLoader.parse(data, file, options: options, texts: parsedTexts), contentHash: hash, wasParsed: true)
    }

    /// Writes the new cache: reused entries copied from the old file, the others encoded (in parallel,
    /// a batch at a time, so memory stays bounded). Its index checksum, or nil when it could not be written.
    private func write(_ files: [CorpusFile], _ results: [Result], mapping: CacheMapping?) -> UInt64? {
        guard var writer = CacheWriter(path: path) else { return nil }
        let batch = 256
        for start in stride(from: 0, to: files.count, by: batch) {
            let range = start..<min(files.count, start + batch)
            let encoded = OrderedSlots<(data: [UInt8], text: [UInt8])>(count: range.count)
            ParallelLoop.run(range.count, parallel: options.parallel) { k in
                let result = results[range.lowerBound + k]
                guard result.contentHash != nil, result.reused == nil || mapping == nil else { return }
                var bytes = ByteWriter(capacity: 4 << 10)
                var text = ByteWriter(capacity: 16 << 10)
                RecordEncoder.encode(result.outcome, into: &bytes, text: &text)
                encoded.set(k, (bytes.bytes, text.bytes))
            }
            for index in range {
                let result = results[index]
                guard let hash = result.contentHash, let stamp = files[index].stamp else { continue }
                if let reused = result.reused, let mapping {
                    writer.append(mapping.bytes(reused.offset..<reused.offset + reused.length),
                                  text: mapping.bytes(reused.textOffset..<reused.textOffset + reused.textLength),
                                  root: files[index].root, file: files[index].file, stamp: stamp, contentHash: hash)
                } else if let (data, text) = encoded.value(at: index - range.lowerBound) {
                    data.withUnsafeBytes { data in
                        text.withUnsafeBytes { text in
                            writer.append(data, text: text, root: files[index].root, file: files[index].file,
                                          stamp: stamp, contentHash: hash)
                        }
                    }
                }
            }
        }
        return writer.finish(fingerprint: fingerprint, scanTime: scanTime)
    }
}
