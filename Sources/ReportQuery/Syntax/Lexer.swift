/// Turns a statement's text into tokens with UTF-8 byte ranges.
///
/// - Words are identifiers: letters of any script (CJK included), digits after the first character,
///   `_`, and dotted segments (`requests.new.natural`, `text.s1`, `予以公开.自然人`). A dot followed by
///   `*` is left as a symbol for `prefix.*`.
/// - `` `name` `` and 「name」 are quoted identifiers, never keywords, taken verbatim.
/// - `'text'` and `"text"` are string literals (a doubled quote stands for itself); “text” and ‘text’,
///   as Chinese input methods type them, are string literals too.
/// - Numbers: `12`, `12.5`, `1e3`; an integer literal that does not fit 64 bits is an error.
/// - `--` starts a comment to the end of the line. Full-width `，（）；` stand for `,();`.
struct Lexer {
    let bytes: [UInt8]
    private var i = 0
    private var tokens: [Token] = []

    init(_ text: String) { bytes = Array(text.utf8) }

    static func tokenize(_ text: String) throws(ParseFailure) -> [Token] {
        var lexer = Lexer(text)
        return try lexer.run()
    }

    private mutating func run() throws(ParseFailure) -> [Token] {
        while true {
            skipTrivia()
            guard i < bytes.count else { break }
            tokens.append(try next())
        }
        tokens.append(Token(kind: .end, range: SourceRange(start: bytes.count, end: bytes.count)))
        return tokens
    }

    private mutating func skipTrivia() {
        while i < bytes.count {
            if let n = CharacterClass.whitespaceLength(in: bytes, at: i) {
                i += n
            } else if bytes[i] == 0x2D, i + 1 < bytes.count, bytes[i + 1] == 0x2D {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            } else {
                return
            }
        }
    }

    private mutating func next() throws(ParseFailure) -> Token {
        let start = i
        let b = bytes[i]
        if CharacterClass.isDigit(b) { return try number() }
        if CharacterClass.identifierLength(in: bytes, at: i, allowDigits: false) != nil { return identifier() }
        switch b {
        case 0x27, 0x22: return try quoted(close: [b], start: start, length: 1, string: true)
        case 0x60: return try quoted(close: [0x60], start: start, length: 1, string: false)
        default: break
        }
        if let symbol = asciiSymbol() { return Token(kind: .symbol(symbol), range: range(from: start)) }
        let (scalar, n) = CharacterClass.scalar(in: bytes, at: i)
        switch scalar {
        case "「": return try quoted(close: Array("」".utf8), start: start, length: n, string: false)
        case "“": return try quoted(close: Array("”".utf8), start: start, length: n, string: true)
        case "‘": return try quoted(close: Array("’".utf8), start: start, length: n, string: true)
        default: break
        }
        i += n
        let wide: [Unicode.Scalar: Symbol] = ["，": .comma, "（": .leftParen, "）": .rightParen, "；": .semicolon]
        if let symbol = wide[scalar] { return Token(kind: .symbol(symbol), range: range(from: start)) }
        throw ParseFailure("unexpected character '\(Character(scalar))'", hint: Lexer.hint(for: scalar),
                           range: range(from: start))
    }

    private static func hint(for scalar: Unicode.Scalar) -> String? {
        let ascii: [Unicode.Scalar: String] = ["＝": "=", "＞": ">", "＜": "<", "＊": "*", "＋": "+", "－": "-",
                                               "／": "/", "。": ".", "．": ".", "！": "!", "～": "~", "｀": "`"]
        if let replacement = ascii[scalar] { return "write '\(replacement)' instead" }
        if scalar == "!" { return "write '!=' for 'not equal'" }
        return nil
    }

    private mutating func asciiSymbol() -> Symbol? {
        let b = bytes[i]
        let following: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
        let two: Symbol?
        switch (b, following) {
        case (0x21, 0x3D): two = .notEqual         // !=
        case (0x3C, 0x3E): two = .lessGreater      // <>
        case (0x3C, 0x3D): two = .lessEqual        // <=
        case (0x3E, 0x3D): two = .greaterEqual     // >=
        case (0x3D, 0x3D): two = .equal            // ==
        case (0x7C, 0x7C): two = .concat           // ||
        case (0x3A, 0x3A): two = .doubleColon      // ::
        default: two = nil
        }
        if let two { i += 2; return two }
        let one: Symbol?
        switch b {
        case 0x2C: one = .comma
        case 0x2E: one = .dot
        case 0x3B: one = .semicolon
        case 0x28: one = .leftParen
        case 0x29: one = .rightParen
        case 0x2A: one = .star
        case 0x2B: one = .plus
        case 0x2D: one = .minus
        case 0x2F: one = .slash
        case 0x3D: one = .equal
        case 0x3C: one = .less
        case 0x3E: one = .greater
        case 0x7E: one = .tilde
        default: one = nil
        }
        if one != nil { i += 1 }
        return one
    }

    private mutating func identifier() -> Token {
        let start = i
        while true {
            while let n = CharacterClass.identifierLength(in: bytes, at: i, allowDigits: true) { i += n }
            guard i < bytes.count, bytes[i] == 0x2E,
                  CharacterClass.identifierLength(in: bytes, at: i + 1, allowDigits: true) != nil else { break }
            i += 1
        }
        return Token(kind: .identifier(text(start, i), quoted: false), range: range(from: start))
    }

    private mutating func number() throws(ParseFailure) -> Token {
        let start = i
        var isDecimal = false
        skipDigits()
        if i + 1 < bytes.count, bytes[i] == 0x2E, CharacterClass.isDigit(bytes[i + 1]) {
            isDecimal = true
            i += 1
            skipDigits()
        }
        if i < bytes.count, bytes[i] | 0x20 == 0x65 {   // e or E
            var j = i + 1
            if j < bytes.count, bytes[j] == 0x2B || bytes[j] == 0x2D { j += 1 }
            if j < bytes.count, CharacterClass.isDigit(bytes[j]) {
                isDecimal = true
                i = j
                skipDigits()
            }
        }
        if CharacterClass.identifierLength(in: bytes, at: i, allowDigits: true) != nil {
            while let n = CharacterClass.identifierLength(in: bytes, at: i, allowDigits: true) { i += n }
            throw ParseFailure("invalid number '\(text(start, i))'",
                               hint: "a name cannot start with a digit; quote it as `name`", range: range(from: start))
        }
        let literal = text(start, i)
        if isDecimal {
            guard let value = Double(literal), value.isFinite else {
                throw ParseFailure("number '\(literal)' is too large", range: range(from: start))
            }
            return Token(kind: .decimal(value), range: range(from: start))
        }
        guard let value = Int(literal) else {
            throw ParseFailure("number '\(literal)' is too large", hint: "integers have at most 18 digits",
                               range: range(from: start))
        }
        return Token(kind: .integer(value), range: range(from: start))
    }

    private mutating func skipDigits() {
        while i < bytes.count, CharacterClass.isDigit(bytes[i]) { i += 1 }
    }

    /// A string literal or quoted identifier from `start`; the opening quote is `length` bytes. When
    /// `close` is a single ASCII quote, a doubled quote stands for itself.
    private mutating func quoted(close: [UInt8], start: Int, length: Int, string: Bool) throws(ParseFailure) -> Token {
        i = start + length
        var content: [UInt8] = []
        while i < bytes.count {
            if bytes[i] == close[0], i + close.count <= bytes.count, Array(bytes[i..<i + close.count]) == close {
                i += close.count
                guard close.count == 1, i < bytes.count, bytes[i] == close[0] else {
                    let value = String(decoding: content, as: UTF8.self)
                    let kind: TokenKind = string ? .string(value) : .identifier(value, quoted: true)
                    if !string, value.isEmpty {
                        throw ParseFailure("empty quoted name", range: range(from: start))
                    }
                    return Token(kind: kind, range: range(from: start))
                }
                content.append(close[0])
                i += 1
            } else {
                content.append(bytes[i])
                i += 1
            }
        }
        let closing = String(decoding: close, as: UTF8.self)
        throw ParseFailure(string ? "unterminated string" : "unterminated quoted name",
                           hint: "close it with \(closing)", range: range(from: start), atEnd: true)
    }

    private func text(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
    private func range(from start: Int) -> SourceRange { SourceRange(start: start, end: i) }
}
