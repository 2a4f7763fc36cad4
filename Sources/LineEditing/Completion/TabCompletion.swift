/// What Tab does, decided without a terminal (readline's behaviour).
///
/// The completer sees the text before the cursor and returns candidates for the *current word*:
/// the run of characters after the last word break (white space and the query language's
/// punctuation; `.` and `_` belong to words, so `requests.new` and `.quit` are single words).
public enum TabCompletion {
    /// Characters that end a word.
    public static let wordBreaks: Set<Character> = [
        " ", "\t", "\n", "(", ")", ",", ";", "=", "<", ">", "!", "+", "-", "*", "/", "%",
        "'", "\"", "`", "|", "[", "]", "{", "}", "，", "（", "）", "；",
    ]

    /// The effect of one Tab press.
    public enum Action: Equatable, Sendable {
        /// Delete `deleting` Unicode scalars before the cursor and insert `inserting`.
        case replace(deleting: Int, inserting: String)
        /// Several candidates and no longer common prefix: show them.
        case list([String])
        /// Nothing to complete.
        case none
    }

    /// The word being completed: the end of `textBeforeCursor` after the last word break.
    public static func currentWord(in textBeforeCursor: String) -> Substring {
        let start = textBeforeCursor.lastIndex { wordBreaks.contains($0) }
            .map { textBeforeCursor.index(after: $0) } ?? textBeforeCursor.startIndex
        return textBeforeCursor[start...]
    }

    /// One candidate: it replaces the word, followed by a space unless `nextCharacter` (the one
    /// under the cursor) already is one. Several: their longest common prefix replaces the word
    /// when it is longer than the word; otherwise they are listed (sorted, without repeats).
    /// None: nothing happens.
    public static func action(
        textBeforeCursor: String, nextCharacter: Character? = nil, candidates: [String]
    ) -> Action {
        let unique = Array(Set(candidates)).sorted()
        let word = currentWord(in: textBeforeCursor)
        let wordLength = word.unicodeScalars.count
        guard let first = unique.first else { return .none }
        if unique.count == 1 {
            let separator = nextCharacter?.isWhitespace == true ? "" : " "
            return .replace(deleting: wordLength, inserting: first + separator)
        }
        let prefix = commonPrefix(unique)
        if prefix.unicodeScalars.count > wordLength {
            return .replace(deleting: wordLength, inserting: prefix)
        }
        return .list(unique)
    }

    /// The longest run of leading Unicode scalars shared by all `strings`.
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for string in strings.dropFirst() {
            let scalars = Array(string.unicodeScalars)
            var length = 0
            while length < min(prefix.count, scalars.count) && prefix[length] == scalars[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: prefix)
        return result
    }
}
