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
    public var records: [ReportRecord]
    public var diagnostics: [LoadDiagnostic]
    /// Every file collected for loading (loaded or not), by identity: what an export must never
    /// write over, however its path is spelled.
    public var files: Set<FileIdentity>

    public init(paths: [String], records: [ReportRecord], diagnostics: [LoadDiagnostic], files: Set<FileIdentity> = []) {
        self.paths = paths
        self.records = records
        self.diagnostics = diagnostics
        self.files = files
    }
}
