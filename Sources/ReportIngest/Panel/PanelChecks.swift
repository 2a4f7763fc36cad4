import ReportModel

/// The checks across years (`FieldGroup.panel`), computed after every load over the whole corpus — so a
/// `.load` or `.reload` recomputes them — and never read from or written to the parse cache:
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
public enum PanelChecks {
    static let catalog = FieldCatalog.standard
    static let agency = catalog.id("agency"), year = catalog.id("year"), id = catalog.id("id")
    static let carriedIn = catalog.requests(.carriedIn, .total), carriedOut = catalog.requests(.carriedOut, .total)
    static let new = catalog.requests(.new, .total)
    static let prev = catalog.id("panel.prev"), carryover = catalog.id("check.carryover")
    static let jump = catalog.id("check.jump"), similarity = catalog.id("similarity.prev")

    /// A jump is a change by more than this factor…
    static let jumpFactor = 5
    /// …between two years that both have at least this many new requests.
    static let jumpFloor = 10

    public static func apply(to records: inout [ReportRecord]) {
        let index = PanelIndex(records, agency: agency, year: year)
        let notes = ambiguityNotes(index, records)
        // Read first: each report's year before, as values, so writing one record never races with reading another.
        let befores: [Before?] = records.indices.map { i in index.previous(of: i).map { Before(records[$0]) } }
        // Then write, on all cores: each iteration changes only its own records.
        let chunk = 1_024
        records.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            ParallelLoop.run((buffer.count + chunk - 1) / chunk, parallel: true) { c in
                for i in c * chunk..<min(buffer.count, (c + 1) * chunk) {
                    var warned = false
                    if let key = index.keys[i], let note = notes[key] {
                        buffer[i].warn(note)
                        warned = true
                    }
                    if let before = befores[i], compare(&buffer[i], with: before) { warned = true }
                    if warned { buffer[i].finalizeWarnings() }
                }
            }
        }
    }

    /// The warning for each body and year that several reports claim (naming at most three of them).
    private static func ambiguityNotes(_ index: PanelIndex, _ records: [ReportRecord]) -> [PanelIndex.Key: String] {
        index.ambiguous.mapValues { indices in
            let named = indices.prefix(3).map { records[$0].id }.joined(separator: ", ")
            let more = indices.count > 3 ? ", …" : ""
            let key = index.keys[indices[0]]!
            return "panel: \(indices.count) reports for \(key.agency) \(key.year) (\(named)\(more)); not compared across years"
        }
    }

    /// What a report is compared with: the figures of the same body's report for the year before.
    struct Before: Sendable {
        var id: String, file: String
        var carriedOut: Int?, new: Int?
        var signature: ProseSignature?

        init(_ record: ReportRecord) {
            id = record.id
            file = record.file
            carriedOut = record.integer(PanelChecks.carriedOut.rawValue)
            new = record.integer(PanelChecks.new.rawValue)
            signature = record.proseSignature
        }
    }

    /// Sets the cross-year fields of `record` against `before`; true when it added a warning.
    private static func compare(_ record: inout ReportRecord, with before: Before) -> Bool {
        record.set(prev, .text(before.id), line: 0, origin: .derived)
        var warnedNow = false
        if let now = record.integer(carriedIn.rawValue), let then = before.carriedOut {
            let line = record.source(of: carriedIn)?.line ?? 0
            record.set(carryover, .bool(now == then), line: line, origin: .derived)
            if now != then {
                record.warn("check.carryover: 上年结转 \(now) here, but \(before.id) (\(before.file)) gives 结转下年度继续办理 \(then)")
                warnedNow = true
            }
        }
        if let now = record.integer(new.rawValue), let then = before.new, now >= jumpFloor, then >= jumpFloor {
            let jumped = max(now, then) > jumpFactor * min(now, then)
            record.set(jump, .bool(jumped), line: record.source(of: new)?.line ?? 0, origin: .derived)
            if jumped {
                record.warn("check.jump: 本年新收 \(now) here against \(then) in \(before.id), a change of more than \(jumpFactor)×")
                warnedNow = true
            }
        }
        if let a = record.proseSignature, let b = before.signature, let value = a.similarity(to: b) {
            record.set(similarity, .decimal(value), line: 0, origin: .derived)
        }
        return warnedNow
    }
}
