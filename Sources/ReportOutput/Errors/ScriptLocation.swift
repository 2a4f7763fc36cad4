/// Where a statement starts in a script file, so an error inside it can be reported as
/// `FILE:LINE:COL:`. Line and column are 1-based; the column counts characters (see `ErrorRenderer`).
public struct ScriptLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
}
