/// A problem met while loading, naming the file (skipped file, undecodable text, not a report …).
public struct LoadDiagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable { case skipped, warning }
    public var file: String
    public var message: String
    public var severity: Severity

    public init(file: String, message: String, severity: Severity = .skipped) {
        self.file = file
        self.message = message
        self.severity = severity
    }
}

/// The reports loaded from the paths given, and what went wrong with the files that were not loaded.
public struct Corpus: Sendable {
    /// The paths the corpus was loaded from, as given.
    public var paths: [String]
    /// The records, made on first read when the corpus came from the column store's image.
    public var records: [ReportRecord] {
        get { recordSource.records }
        set { recordSource = LazyRecords(newValue) }
    }
    /// Where `records` come from (shared with the column store, so they are made once).
    public private(set) var recordSource: LazyRecords
    /// How many records there are, without making them.
    public var recordCount: Int { recordSource.count }
    /// The column store's image when the load found a valid one (the columns are read from it).
    public var storeImage: StoreImage?
    /// Opens where this corpus's column store image is to be written, when the load wants one written
    /// (a cached load that found none valid); nil otherwise.
    public var storeImageSink: (@Sendable () -> (any StoreImageSink)?)?
    /// How many reports have a table as an image, when known without the records (from the image).
    public var knownTablesAsImages: Int?
    public var diagnostics: [LoadDiagnostic]
    /// Every file collected for loading (loaded or not), by identity: what an export must never
    /// write over, however its path is spelled. Made on first read when the load gave it as
    /// `identifyingFiles` (a one-shot query never needs it).
    public var files: Set<FileIdentity> {
        get { fileIdentities.value }
        set { fileIdentities = OnFirstUse(newValue) }
    }
    private var fileIdentities: OnFirstUse<Set<FileIdentity>>
    /// The paths given that could not be read at all (missing, not permitted, not a file or folder).
    public var unreadablePaths: [String]

    public init(paths: [String], records: [ReportRecord], diagnostics: [LoadDiagnostic], files: Set<FileIdentity> = [],
                unreadablePaths: [String] = []) {
        self.paths = paths
        recordSource = LazyRecords(records)
        self.diagnostics = diagnostics
        fileIdentities = OnFirstUse(files)
        self.unreadablePaths = unreadablePaths
    }

    /// A corpus whose records are made on first read.
    public init(paths: [String], records: LazyRecords, diagnostics: [LoadDiagnostic], files: Set<FileIdentity> = [],
                unreadablePaths: [String] = []) {
        self.paths = paths
        recordSource = records
        self.diagnostics = diagnostics
        fileIdentities = OnFirstUse(files)
        self.unreadablePaths = unreadablePaths
    }

    /// The identities of the files collected, made by `make` when `files` is first read.
    public mutating func identifyingFiles(_ make: @escaping @Sendable () -> Set<FileIdentity>) {
        fileIdentities = OnFirstUse(make: make)
    }

    /// Paths were given and not one of them could be read: a script should not answer over nothing
    /// (the shell exits non-zero, as `cat` and `sqlite3` do).
    public var nothingReadable: Bool { !paths.isEmpty && unreadablePaths.count == paths.count }
}
