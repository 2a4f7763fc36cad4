import ReportQuery

/// Reads the head of a `create [or replace] view NAME as QUERY` statement without the engine: the name
/// (a word, or quoted with backticks or 「」) and where the query begins. The query itself is checked
/// by `Database.loadViews`, with every view of the file present, so views may come in any order.
enum ViewStatementReader {
    /// The statement's view name and query, placed in the file by the statement's own position.
    static func read(_ item: ScriptItem) -> ViewDefinition? {
        var scanner = Scanner(Array(item.text.unicodeScalars))
        guard scanner.word() == "create" else { return nil }
        var next = scanner.word()
        if next == "or" {
            guard scanner.word() == "replace" else { return nil }
            next = scanner.word()
        }
        guard next == "view", let name = scanner.name(), scanner.word() == "as" else { return nil }
        scanner.skipTrivia()
        guard scanner.position < scanner.scalars.count else { return nil }
        var query = ""
        query.unicodeScalars.append(contentsOf: scanner.scalars[scanner.position...])
        var before = ""
        before.unicodeScalars.append(contentsOf: scanner.scalars[..<scanner.position])
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let column = lines.count == 1 ? item.column + before.count : (lines.last?.count ?? 0) + 1
        return ViewDefinition(name: name, query: query, line: item.line + lines.count - 1, column: column,
                              statement: item.text)
    }

    /// The text that names `name` in a statement: bare when it is a plain word that is not a keyword,
    /// otherwise quoted.
    static func spelling(of name: String) -> String {
        let keywords = Set(QueryVocabulary.keywords)
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        let plain = !name.isEmpty && !keywords.contains(name.lowercased()) && segments.allSatisfy { segment in
            guard let first = segment.unicodeScalars.first, isWordScalar(first), !("0"..."9").contains(first) else {
                return false
            }
            return segment.unicodeScalars.allSatisfy(isWordScalar)
        }
        if plain { return name }
        return name.contains("`") ? "「\(name)」" : "`\(name)`"
    }

    /// Letters of any script, digits and `_`, as the query language's words are made.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_"
        }
        return scalar.properties.isAlphabetic || scalar.properties.isIdeographic
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func skipTrivia() {
            while position < scalars.count {
                if scalars[position].properties.isWhitespace {
                    position += 1
                } else if scalars[position] == "-", position + 1 < scalars.count, scalars[position + 1] == "-" {
                    while position < scalars.count, scalars[position] != "\n" { position += 1 }
                } else {
                    return
                }
            }
        }

        /// The next word, lowercased (keywords are case-insensitive).
        mutating func word() -> String? {
            skipTrivia()
            let start = position
            while position < scalars.count, isWordScalar(scalars[position]) { position += 1 }
            return position > start ? text(start..<position).lowercased() : nil
        }

        /// A view name: dotted words, or a name in backticks or 「」.
        mutating func name() -> String? {
            skipTrivia()
            guard position < scalars.count else { return nil }
            let close: Unicode.Scalar? = scalars[position] == "`" ? "`" : scalars[position] == "「" ? "」" : nil
            if let close {
                let start = position + 1
                guard let end = scalars[start...].firstIndex(of: close), end > start else { return nil }
                position = end + 1
                return text(start..<end)
            }
            let start = position
            while position < scalars.count, isWordScalar(scalars[position]) || scalars[position] == "." { position += 1 }
            return position > start ? text(start..<position) : nil
        }

        private func text(_ range: Range<Int>) -> String {
            var out = ""
            out.unicodeScalars.append(contentsOf: scalars[range])
            return out
        }
    }
}
