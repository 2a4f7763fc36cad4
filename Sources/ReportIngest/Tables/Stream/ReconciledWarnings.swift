import ReportModel

/// The warnings a reconciler leaves: the row-by-row reader's warnings about rows the sequence reading
/// then read, and its partial-table summary, are dropped (they no longer hold); the sequence reading's
/// own notes and a new summary are added.
struct ReconciledWarnings {
    var table: TableKind
    /// The labels of the rows read as a sequence, and the lines their figures are on.
    var added: [String] = []
    var addedLines: [Int] = []
    /// Why rows were left null.
    var notes: [String] = []
    /// Other stale warnings of the row-by-row reader (their prefixes), dropped once a row is added.
    var staleWhenAdded: [String] = []

    /// Rewrites the warnings written since `from`, then says which `expected` rows are `missing`.
    func write(from: Int, expected: [String], missing: [String], into record: inout ReportRecord) {
        let title = table.title
        let rowPrefixes = added.map { "\(title) row \($0) (" } + (added.isEmpty ? [] : staleWhenAdded)
        var kept = Array(record.warningList[..<min(from, record.warningList.count)])
        for warning in record.warningList.dropFirst(from) {
            if warning.hasPrefix("\(title) is partial") || rowPrefixes.contains(where: warning.hasPrefix) { continue }
            kept.append(warning)
        }
        record.warningList = kept
        if !added.isEmpty {
            record.warn("\(title): \(added.count) row\(added.count == 1 ? "" : "s") read as a sequence of labels and figures "
                        + "(lines \(addedLines.min() ?? 0)–\(addedLines.max() ?? 0))")
        }
        for note in notes { record.warn(note) }
        if !missing.isEmpty {
            let printed = expected.filter { !missing.contains($0) }
            record.warn("\(title) is partial: " + TableStatusWriter.describeMissing(missing, printed: printed))
        }
    }
}
