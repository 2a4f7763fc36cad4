/// Words for completion in the shell.
public enum QueryVocabulary {
    /// Every keyword of the language, lowercase (keywords are case-insensitive).
    public static let keywords: [String] = Keywords.all
    /// Every function name, lowercase (function names are case-insensitive).
    public static let functions: [String] = FunctionCatalog.names
}
