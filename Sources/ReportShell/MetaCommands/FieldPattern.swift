/// What `.fields PATTERN` matches against a field's name, Chinese label and aliases, ignoring letter
/// case: a glob when the pattern has `*` or `?` (the whole text must match: `requests.*.natural`),
/// otherwise a substring (`申请`, `denied`).
struct FieldPattern {
    private let pattern: [Character]
    private let isGlob: Bool

    init(_ text: String) {
        pattern = Array(text.lowercased())
        isGlob = pattern.contains("*") || pattern.contains("?")
    }

    func matches(_ text: String) -> Bool {
        let subject = Array(text.lowercased())
        if isGlob { return FieldPattern.glob(pattern[...], subject[...]) }
        return pattern.isEmpty || subject.indices.contains { subject[$0...].starts(with: pattern) }
    }

    /// `*` any run of characters, `?` one character, anything else itself.
    private static func glob(_ pattern: ArraySlice<Character>, _ subject: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return subject.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            return subject.indices.contains { glob(rest, subject[$0...]) } || glob(rest, subject[subject.endIndex...])
        case "?":
            return !subject.isEmpty && glob(pattern.dropFirst(), subject.dropFirst())
        default:
            return subject.first == first && glob(pattern.dropFirst(), subject.dropFirst())
        }
    }
}
