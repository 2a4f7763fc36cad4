#if canImport(Glibc)
import FileAccess
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportOutput
import ReportQuery

/// The views file: a text file of `create view NAME as QUERY;` statements that a person can read and
/// edit. Loaded once when the session starts; rewritten atomically (`AtomicFile`) after every
/// `create view` and `drop view`.
///
/// A bad entry never stops the shell: each is reported with its line (`views.sql:3:18: error: …`)
/// and the good views load. Entries that did not load are written back unchanged on the next save,
/// so fixing the file by hand stays possible and nothing is lost. If the file exists but cannot be
/// read, the store never writes it.
struct ViewStore {
    let path: String?
    /// Broken view definitions by name, as written in the file (a new view of that name replaces one).
    private(set) var keptDefinitions: [String: String] = [:]
    /// File entries that are not view definitions at all, as written.
    private(set) var keptEntries: [String] = []
    private var writable = true

    init(path: String?) {
        self.path = path
    }

    /// Reads the file and loads its views into `database`. Returns the messages to print (each ends
    /// with a newline); none when the file is fine or absent.
    mutating func load(into database: inout Database) -> [String] {
        guard let path else { return [] }
        StaleTemporaries.remove(besides: path)
        let text: String
        switch FilePaths.readText(path) {
        case .success(let contents): text = contents
        case .failure(let error):
            guard error.code != ENOENT else { return [] }
            writable = false
            return ["gongkai: views: \(error); views created now will last for this session only\n"]
        }
        var messages: [String] = []
        var definitions: [String: ViewDefinition] = [:]
        for item in StatementSplitter.split(text) {
            guard item.kind == .statement, let definition = ViewStatementReader.read(item) else {
                keptEntries.append(item.text)
                messages.append(render(QueryError("not a view definition",
                                                  hint: "the views file holds 'create view NAME as select …;' statements"),
                                       statement: item.text, line: item.line, column: item.column))
                continue
            }
            if let earlier = definitions[definition.name] {
                messages.append(render(QueryError("view '\(definition.name)' is defined again (first on line \(earlier.line))",
                                                  hint: "the later definition is used"),
                                       statement: item.text, line: item.line, column: item.column))
            }
            definitions[definition.name] = definition
        }
        let problems = database.loadViews(definitions.mapValues(\.query))
        for problem in problems {
            guard let definition = definitions[problem.name] else { continue }
            keptDefinitions[problem.name] = definition.statement
            messages.append(render(problem.error, statement: definition.query, line: definition.line,
                                   column: definition.column))
            messages.append(VisibleText.escape("gongkai: view '\(problem.name)' was not loaded; it stays in \(path) until fixed there") + "\n")
        }
        return messages
    }

    /// Writes every view of `views` (name → query), then the entries that did not load.
    mutating func save(_ views: [String: String]) -> QueryError? {
        guard let path else { return nil }
        guard writable else {
            return QueryError("views are not saved: \(path) could not be read when gongkai started",
                              hint: "the view lasts for this session only")
        }
        for name in views.keys { keptDefinitions[name] = nil }
        let kept = keptDefinitions.keys.sorted().map { keptDefinitions[$0]! } + keptEntries
        let text = ViewStore.contents(views: views, kept: kept)
        guard let error = AtomicFile.write(Array(text.utf8), to: path, createDirectories: true) else { return nil }
        return QueryError("views not saved: \(error)", hint: "the view lasts for this session only; \(path) is unchanged")
    }

    /// The file's text: a short header, then one statement per view in name order, then `kept`.
    static func contents(views: [String: String], kept: [String]) -> String {
        var text = """
            -- gongkai views: one 'create view NAME as QUERY;' per view. gongkai rewrites this file after
            -- each create view and drop view; you may edit it (views are loaded when gongkai starts).

            """
        for name in views.keys.sorted() {
            text += "\ncreate view \(ViewStatementReader.spelling(of: name)) as \(views[name]!);\n"
        }
        for entry in kept { text += "\n\(entry);\n" }
        return text
    }

    private func render(_ error: QueryError, statement: String, line: Int, column: Int) -> String {
        ErrorRenderer.render(error, statement: statement,
                             location: ScriptLocation(file: path ?? "views", line: line, column: column))
    }
}
