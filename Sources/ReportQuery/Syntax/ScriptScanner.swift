/// The byte scanner behind `StatementSplitter`: tracks strings, comments, lines and columns.
struct ScriptScanner {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var pending: (offset: Int, line: Int, column: Int)?
    private var pendingEnd = 0
    private(set) var items: [ScriptItem] = []
    private(set) var endsInsideQuote = false
    private(set) var endsWithSemicolon = false

    init(_ script: String) { bytes = Array(script.utf8) }

    mutating func run() {
        var atLineStart = true
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                newLine(at: i)
                i += 1
                atLineStart = true
                continue
            }
            if let n = CharacterClass.whitespaceLength(in: bytes, at: i) {
                i += n
                continue
            }
            if atLineStart {
                atLineStart = false
                if b == 0x2E || b == 0x5C {
                    metaCommand()
                    continue
                }
                if pending != nil, startsStatement(at: i), !StatementSplitter.isOpen(pendingText()) { flush() }
            }
            if b == 0x2D, i + 1 < bytes.count, bytes[i + 1] == 0x2D {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                continue
            }
            if b == 0x3B {
                flush()
                i += 1
                endsWithSemicolon = true
                continue
            }
            endsWithSemicolon = false
            begin()
            if let close = closingQuote(at: i) {
                skipQuoted(close)
            } else {
                i += CharacterClass.scalar(in: bytes, at: i).1
            }
            pendingEnd = i
        }
        flush()
    }

    private mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset + 1
    }

    private func column(of offset: Int) -> Int {
        1 + bytes[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private mutating func begin() {
        if pending == nil { pending = (i, line, column(of: i)) }
    }

    private func pendingText() -> String {
        guard let pending else { return "" }
        return String(decoding: bytes[pending.offset..<pendingEnd], as: UTF8.self)
    }

    private mutating func flush() {
        guard let start = pending else { return }
        items.append(ScriptItem(kind: .statement, text: pendingText(), line: start.line, column: start.column,
                                offset: start.offset))
        pending = nil
    }

    private mutating func metaCommand() {
        flush()
        let start = i
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        var end = i
        while end > start, CharacterClass.whitespaceLength(in: bytes, at: end - 1) == 1 { end -= 1 }
        items.append(ScriptItem(kind: .metaCommand, text: String(decoding: bytes[start..<end], as: UTF8.self),
                                line: line, column: column(of: start), offset: start))
        endsWithSemicolon = false
    }

    /// Whether the word at `offset` is a statement keyword standing alone.
    private func startsStatement(at offset: Int) -> Bool {
        var end = offset
        while let n = CharacterClass.identifierLength(in: bytes, at: end, allowDigits: true) { end += n }
        guard end > offset, end - offset <= 6 else { return false }
        if end < bytes.count, bytes[end] == 0x2E { return false }
        let word = String(decoding: bytes[offset..<end], as: UTF8.self).lowercased()
        return Keywords.statementStarts.contains(word)
    }

    /// The closing delimiter if a string or quoted name starts at `offset`.
    private func closingQuote(at offset: Int) -> [UInt8]? {
        switch bytes[offset] {
        case 0x27, 0x22, 0x60: return [bytes[offset]]
        case 0xE2, 0xE3:
            let (scalar, _) = CharacterClass.scalar(in: bytes, at: offset)
            switch scalar {
            case "「": return Array("」".utf8)
            case "“": return Array("”".utf8)
            case "‘": return Array("’".utf8)
            default: return nil
            }
        default: return nil
        }
    }

    /// Skips a quoted span (a doubled ASCII quote stays inside); notes an unterminated one.
    private mutating func skipQuoted(_ close: [UInt8]) {
        i += CharacterClass.scalar(in: bytes, at: i).1
        while i < bytes.count {
            if bytes[i] == 0x0A { newLine(at: i) }
            if bytes[i] == close[0], i + close.count <= bytes.count, bytes[i..<i + close.count].elementsEqual(close) {
                i += close.count
                if close.count == 1, i < bytes.count, bytes[i] == close[0] {
                    i += 1
                    continue
                }
                return
            }
            i += 1
        }
        endsInsideQuote = true
    }
}
