import Foundation

/// A meta-command line split into words: runs of non-space characters, or text in '…' or "…" (a
/// doubled quote inside stands for itself), so `.nullvalue ''` and `.read 'my script.sql'` work.
struct MetaCommandLine: Equatable {
    /// ".format"
    var name: String
    var arguments: [String]
    /// The line after the name, as typed (quotes kept), for a command that takes a query's clause.
    var rest: String
    /// An argument ends inside an open quote (reported as a usage error).
    var hasOpenQuote = false

    init(_ line: String) {
        let trimmed = line.drop { $0.isWhitespace }
        rest = String(trimmed.drop { !$0.isWhitespace }.drop { $0.isWhitespace }).trimmingCharacters(in: .whitespaces)
        var words: [String] = []
        var current: String?
        var quote: Character?
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if let open = quote {
                if character == open {
                    if characters.first == open {
                        current!.append(characters.removeFirst())
                    } else {
                        quote = nil
                    }
                } else {
                    current!.append(character)
                }
            } else if character.isWhitespace {
                if let word = current { words.append(word) }
                current = nil
            } else if character == "'" || character == "\"" {
                quote = character
                current = current ?? ""
            } else {
                current = (current ?? "") + String(character)
            }
        }
        if let word = current { words.append(word) }
        hasOpenQuote = quote != nil
        name = words.first ?? ""
        arguments = Array(words.dropFirst())
    }
}
