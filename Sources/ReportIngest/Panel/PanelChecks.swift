import ReportModel

/// The checks across years (`FieldGroup.panel`), computed after every load over the whole corpus — so a
/// `.load` or `.reload` recomputes them — and never read from or written to the parse cache (what they
/// need of each report is: its figures, and the prose's MinHash `ReportRecord.proseSignature`, made at
/// parse time, so a load from the cache only compares):
///
/// - `panel.prev`: the id of the same body's report for the year before (`PanelIndex`), the report each
///   check below compares with; `source()` of every panel field names it.
/// - `check.carryover`: `requests.carried_in.total` equals that report's `requests.carried_out.total`.
/// - `check.jump`: `requests.new.total` changed by more than a factor of 5 either way (true flags the jump;
///   decided only when both years have at least 10).
/// - `similarity.prev`: the estimated Jaccard index of the two reports' prose (`ProseSignature`).
///
/// (`check.timely` and `days_late`, in the same group, need no other report: `Timeliness` sets them at parse time.)
///
/// Each is null when it cannot be decided (no report for the year before, a value missing, two reports
/// claiming the same body and year). A failed check and an ambiguous body say why in `warnings`.
///
/// Two passes over the records, each on all cores: every report's `PanelComparison` is decided by reading
/// it and its year before (nothing is written, so reading another record never races with a write), then
/// each record is given its own comparison's fields.
public enum PanelChecks {
    static let catalog = FieldCatalog.standard
    static let agency = catalog.id("agency"), year = catalog.id("year"), id = catalog.id("id"), file = catalog.id("file")
    static let carriedIn = catalog.requests(.carriedIn, .total), carriedOut = catalog.requests(.carriedOut, .total)
    static let new = catalog.requests(.new, .total)
    static let prev = catalog.id("panel.prev"), carryover = catalog.id("check.carryover")
    static let jump = catalog.id("check.jump"), similarity = catalog.id("similarity.prev")
    static let warnings = catalog.id("warnings")

    /// A jump is a change by more than this factor…
    static let jumpFactor = 5
    /// …between two years that both have at least this many new requests.
    static let jumpFloor = 10

    /// Records per task of the parallel passes.
    static let chunk = 1_024

    public static func apply(to records: inout [ReportRecord]) {
        let index = PanelIndex(records, agency: agency, year: year)
        let notes = ambiguityNotes(index, records)
        var comparisons = [PanelComparison?](repeating: nil, count: records.count)
        records.withUnsafeBufferPointer { records in
            comparisons.withUnsafeMutableBufferPointer { out in
                nonisolated(unsafe) let (records, out) = (records, out)
                inChunks(records.count) { i in
                    if let key = index.keys[i], let note = notes[key] {
                        out[i] = PanelComparison(warning: note)
                    } else if let before = index.previous(of: i) {
                        out[i] = PanelComparison(records[i], with: records[before])
                    }
                }
            }
        }
        let decided = comparisons
        records.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            inChunks(buffer.count) { i in decided[i]?.write(into: &buffer[i]) }
        }
    }

    /// `body` for each of `0..<count`, in chunks on all cores.
    private static func inChunks(_ count: Int, _ body: @Sendable (Int) -> Void) {
        ParallelLoop.run((count + chunk - 1) / chunk, parallel: true) { c in
            for i in c * chunk..<min(count, (c + 1) * chunk) { body(i) }
        }
    }

    /// The warning for each body and year that several reports claim (naming at most three of them).
    private static func ambiguityNotes(_ index: PanelIndex, _ records: [ReportRecord]) -> [PanelIndex.Key: String] {
        index.ambiguous.mapValues { indices in
            let named = indices.prefix(3).map { records[$0].text(id.rawValue) ?? "?" }.joined(separator: ", ")
            let more = indices.count > 3 ? ", …" : ""
            let key = index.keys[indices[0]]!
            return "panel: \(indices.count) reports for \(index.names.name(key.body)) \(key.year) (\(named)\(more)); not compared across years"
        }
    }
}
