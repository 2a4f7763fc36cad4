import FileAccess
import Foundation
import ReportModel

/// A warm start from the column store's image (`StoreFile`): when the files are the ones the image was
/// written for, unchanged, the corpus is the image — the columns are read from it as queries need them
/// and the records are decoded from the parse cache (the same cache file the image was written with)
/// only when first read. Otherwise the load goes on as before, and the image is written after it.
enum ImageLoad {
    /// The corpus from a valid image, or nil (then the caller loads through the cache).
    static func corpus(paths: [String], files: CollectedFiles, load: CachedLoad, diagnostics: [LoadDiagnostic],
                       unreadable: [String], statistics: inout LoadStatistics) -> Corpus? {
        let storePath = StoreFile.path(forCache: load.path)
        StaleTemporaries.remove(besides: storePath)
        guard let key = StoreFile.key(paths: paths, files: files, maxFileSize: load.options.maxFileSize),
              let mapping = CacheMapping(path: load.path),
              case .success(let cacheHeader) = CacheFile.Header.decode(mapping.bytes(0..<CacheFile.headerSize), fingerprint: load.fingerprint),
              cacheHeader.entryCount <= files.count,
              let opened = StoreFile.open(storePath, expected: StoreFile.Header(
                  fingerprint: load.fingerprint, key: key, scanTime: 0, cacheIndexChecksum: cacheHeader.indexChecksum,
                  rowCount: 0, tablesAsImages: 0)),
              opened.header.rowCount + opened.skipped.count == files.count,
              StoreFile.settled(files, before: opened.header.scanTime) else { return nil }
        statistics.cachePath = load.path
        statistics.fromCache = files.count
        statistics.fromStoreImage = true
        let rows = opened.header.rowCount
        let skippedFiles = Set(opened.skipped.map(\.index))
        let quiet = CachedLoad(copying: load, progress: ProgressBar(total: files.count, enabled: false))
        let records = LazyRecords(count: rows) {
            ImageLoad.records(files.files, load: quiet, mapped: mapping, rows: rows, skippedFiles: skippedFiles)
        }
        var corpus = Corpus(paths: paths, records: records, diagnostics: diagnostics + opened.skipped.map(\.diagnostic), unreadablePaths: unreadable)
        corpus.storeImage = opened.image
        corpus.knownTablesAsImages = opened.header.tablesAsImages
        return corpus
    }

    /// The records the image's rows stand for, decoded from the cache file mapped at start. Row for row
    /// as the image has them: should a file no longer give a record (its cache entry damaged and the
    /// file since removed), its row gets a record of nulls, so no other row's record moves.
    static func records(_ files: [CorpusFile], load: CachedLoad, mapped: CacheMapping, rows: Int,
                        skippedFiles: Set<Int>) -> [ReportRecord] {
        var statistics = LoadStatistics()
        var outcomes = load.run(files, statistics: &statistics, mapped: mapped)
        ReportIDs.makeUnique(&outcomes, files: files)
        var records: [ReportRecord] = []
        records.reserveCapacity(rows)
        for index in outcomes.indices where !skippedFiles.contains(index) && records.count < rows {
            if case .record(let record) = outcomes[index] { records.append(record) } else { records.append(ReportRecord()) }
        }
        outcomes = []
        while records.count < rows { records.append(ReportRecord()) }
        return CorpusLoader.withPanel(records)
    }

    /// Where to write the image of a corpus just loaded through the cache, or nil when no image would be
    /// trusted later (a file without a stamp or changed too recently, no cache file matching the records).
    static func sink(paths: [String], files: CollectedFiles, load: CachedLoad, corpus: Corpus,
                     skipped: [StoreFile.Skipped], statistics: LoadStatistics) -> (@Sendable () -> (any StoreImageSink)?)? {
        guard let cacheIndexChecksum = statistics.cacheIndexChecksum,
              let key = StoreFile.key(paths: paths, files: files, maxFileSize: load.options.maxFileSize),
              StoreFile.settled(files, before: load.scanTime) else { return nil }
        let header = StoreFile.Header(fingerprint: load.fingerprint, key: key, scanTime: load.scanTime,
                                      cacheIndexChecksum: cacheIndexChecksum, rowCount: corpus.recordCount,
                                      tablesAsImages: LoadSummary.tablesAsImages(corpus.records))
        let path = StoreFile.path(forCache: load.path)
        return { StoreFileWriter(path: path, header: header, skipped: skipped) }
    }
}
