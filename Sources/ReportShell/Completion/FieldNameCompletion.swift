import ReportModel

/// Completes field names one dotted segment at a time, over every name the catalog accepts
/// (canonical names, row paths, Chinese aliases): `requests.de` → `requests.denied.` (a segment with
/// more below it ends in a dot), then `requests.denied.` lists its rows and columns.
enum FieldNameCompletion {
    static func candidates(for word: String, names: [String] = FieldCatalog.standard.allNames) -> [String] {
        segmentCandidates(for: word, names: names)
    }

    /// Each name that starts with `word`, cut after the segment `word` is in: with a dot when the
    /// name goes on. A single candidate that ends in a separator comes with the next level as well,
    /// so Tab inserts it without the space that ends a completed word.
    static func segmentCandidates(for word: String, names: [String], separator: Character = ".") -> [String] {
        var found = Set<String>()
        for name in names where name.hasPrefix(word) {
            let rest = name.dropFirst(word.count)
            if let dot = rest.firstIndex(of: separator) {
                found.insert(word + rest[...dot])
            } else {
                found.insert(name)
            }
        }
        // A segment that is a name and has names below it is offered with its dot: Tab then goes on
        // to the next segment (type a space to end the name there).
        for candidate in found where found.contains(candidate + String(separator)) { found.remove(candidate) }
        if found.count == 1, let only = found.first, only.last == separator, only != word {
            found.formUnion(segmentCandidates(for: only, names: names, separator: separator))
        }
        return found.sorted()
    }
}
