/// One item of a script: a statement for the engine or a meta-command (`.mode csv`) for the shell.
public struct ScriptItem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case statement
        case metaCommand
    }

    public var kind: Kind
    /// The statement text without its `;` (comments inside are kept; the lexer skips them), or the
    /// meta-command line without surrounding whitespace.
    public var text: String
    /// 1-based line of the item's first character in the script.
    public var line: Int
    /// 1-based column of the item's first character, counted in Unicode scalars.
    public var column: Int
    /// UTF-8 byte offset of the item's first character in the script: add it to a `QueryError`'s range
    /// to place the error in the script.
    public var offset: Int

    public init(kind: Kind, text: String, line: Int, column: Int, offset: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.offset = offset
    }
}
