/// The punctuation and operators of the query language.
enum Symbol: String, Sendable, Hashable, CaseIterable {
    case comma = ","
    case dot = "."
    case semicolon = ";"
    case leftParen = "("
    case rightParen = ")"
    case star = "*"
    case plus = "+"
    case minus = "-"
    case slash = "/"
    case equal = "="
    case notEqual = "!="
    case lessGreater = "<>"
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case tilde = "~"
    /// `||`: text concatenation.
    case concat = "||"
    /// `::`: PostgreSQL's cast shorthand (`x::integer`).
    case doubleColon = "::"
}

/// What a token is. Words (keywords and field names alike) are `identifier`s: whether a word is a
/// keyword depends on where it stands, so field names such as `text` stay usable.
enum TokenKind: Sendable, Hashable {
    /// A name, possibly dotted (`requests.new.natural`, `予以公开.自然人`). `quoted` when written in
    /// backticks or 「」: then it is never a keyword and its text is taken as is.
    case identifier(String, quoted: Bool)
    case integer(Int)
    case decimal(Double)
    /// A string literal in single or double quotes, with doubled quotes unescaped.
    case string(String)
    case symbol(Symbol)
    case end

    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}

/// One token with its span in the statement text (UTF-8 byte offsets).
struct Token: Sendable, Hashable {
    var kind: TokenKind
    var range: SourceRange

    /// The word if this is an unquoted identifier, lowercased, for keyword tests.
    var keyword: String? {
        if case .identifier(let name, quoted: false) = kind, !name.contains(".") { return name.lowercased() }
        return nil
    }

    func isKeyword(_ word: String) -> Bool { keyword == word }

    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }

    var isEnd: Bool { kind == .end }
}
