import LineEditing
import ReportQuery

extension Session {
    /// What Tab may insert for the word before the cursor (`TabCompletion.currentWord`), given the
    /// line up to the cursor: meta-command names and their arguments (file paths after `.read` and
    /// `.load`, formats, report ids, fields …); a file path inside `export … to '`; otherwise
    /// keywords, function names, view names and field names segment by segment — after `from` and
    /// `join`, only the views and `reports`.
    public func completions(forTextBeforeCursor text: String) -> [String] {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? text
        let word = TabCompletion.currentWord(in: line)
        let trimmed = line.drop { $0.isWhitespace }
        if trimmed.hasPrefix(".") {
            return metaCommandCompletions(String(trimmed), word: word)
        }
        if let path = Session.openExportPath(line) {
            return Session.fit(PathCompletion.candidates(for: path), token: path, word: word)
        }
        if Session.isInsideQuote(line) { return [] }
        let previous = line.dropLast(word.count).split(whereSeparator: \.isWhitespace).last?.lowercased()
        if previous == "from" || previous == "join" {
            return (["reports"] + database.views.keys).filter { $0.lowercased().hasPrefix(word.lowercased()) }.sorted()
        }
        if word.isEmpty { return [] }
        let lower = word.lowercased()
        let words = (QueryVocabulary.keywords + QueryVocabulary.functions + ["reports"] + database.views.keys)
            .filter { $0.lowercased().hasPrefix(lower) }
        return Array(Set(words + FieldNameCompletion.candidates(for: String(word)))).sorted()
    }

    private func metaCommandCompletions(_ line: String, word: Substring) -> [String] {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = line.last?.isWhitespace == true
        if parts.count <= 1 && !endsWithSpace {
            return MetaCommands.names.filter { $0.hasPrefix(word.lowercased()) }
        }
        guard let command = MetaCommands.named(parts[0]) else { return [] }
        let token = endsWithSpace ? "" : parts.last!
        let index = parts.count - (endsWithSpace ? 1 : 2)
        let candidates = command.completions(argument: index, prefix: token, session: self).filter { $0.hasPrefix(token) }
        return Session.fit(candidates, token: token, word: word)
    }

    /// Candidates for the whole `token` turned into replacements for its last `word` (the editor
    /// replaces only the word after the last break, such as `/` in a path).
    static func fit(_ candidates: [String], token: String, word: Substring) -> [String] {
        guard token.hasSuffix(word) else { return [] }
        let lead = token.dropLast(word.count)
        return candidates.filter { $0.hasPrefix(lead) }.map { String($0.dropFirst(lead.count)) }
    }

    /// The path typed so far when the line ends inside the quoted path of `export … to '`.
    static func openExportPath(_ line: String) -> String? {
        guard let quote = line.lastIndex(where: { $0 == "'" || $0 == "\"" }),
              line.filter({ $0 == line[quote] }).count % 2 == 1 else { return nil }
        let before = line[..<quote].lowercased()
        let words = before.split(whereSeparator: \.isWhitespace)
        guard words.last == "to", words.first == "export" else { return nil }
        return String(line[line.index(after: quote)...])
    }

    /// Whether the line ends inside a string.
    static func isInsideQuote(_ line: String) -> Bool {
        var open: Character?
        for character in line {
            if let quote = open {
                if character == quote { open = nil }
            } else if character == "'" || character == "\"" {
                open = character
            }
        }
        return open != nil
    }
}
