import ReportModel

/// The outcome of one statement.
public enum StatementResult: Sendable, Hashable {
    /// A query's rows.
    case rows(ResultSet)
    /// `create [or replace] view`; `replaced` when a view of that name existed. `Database.views` holds it.
    case viewCreated(name: String, replaced: Bool)
    case viewDropped(name: String)
    /// `create view if not exists` of a view that exists, `drop view if exists` of one that does not:
    /// nothing changed; `message` says so.
    case unchanged(message: String)
    /// `views`: columns `view` and `query`, sorted by name.
    case viewList(ResultSet)
    /// `export … to 'path'`: the engine ran the query; the shell writes the file.
    case export(ExportRequest)
}
