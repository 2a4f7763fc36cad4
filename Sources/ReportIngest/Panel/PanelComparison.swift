import ReportModel

/// One report against the same body's report for the year before (`PanelChecks`): the panel fields
/// and warnings it gets, decided by reading both records, written into it afterwards.
struct PanelComparison: Sendable {
    /// The year before's id; nil when there is none (an ambiguous body's report gets only its warning).
    var prev: String?
    var carryover: (value: Bool, line: Int)?
    var jump: (value: Bool, line: Int)?
    var similarity: Double?
    var warnings: [String] = []

    /// A report not compared, with the warning that says why.
    init(warning: String) {
        warnings = [warning]
    }

    init(_ record: ReportRecord, with before: ReportRecord) {
        typealias P = PanelChecks
        let beforeID = before.text(P.id.rawValue) ?? "?"
        prev = beforeID
        if let now = record.integer(P.carriedIn.rawValue), let then = before.integer(P.carriedOut.rawValue) {
            carryover = (now == then, record.source(of: P.carriedIn)?.line ?? 0)
            if now != then {
                let file = before.text(P.file.rawValue) ?? "?"
                warnings.append("check.carryover: 上年结转 \(now) here, but \(beforeID) (\(file)) gives 结转下年度继续办理 \(then)")
            }
        }
        if let now = record.integer(P.new.rawValue), let then = before.integer(P.new.rawValue), now >= P.jumpFloor, then >= P.jumpFloor {
            let jumped = max(now, then) > P.jumpFactor * min(now, then)
            jump = (jumped, record.source(of: P.new)?.line ?? 0)
            if jumped {
                warnings.append("check.jump: 本年新收 \(now) here against \(then) in \(beforeID), a change of more than \(P.jumpFactor)×")
            }
        }
        if let a = record.proseSignature, let b = before.proseSignature {
            similarity = a.similarity(to: b)
        }
    }

    /// Sets the fields in `record` (its own pass: each record written by one task only).
    func write(into record: inout ReportRecord) {
        typealias P = PanelChecks
        if let prev { record.set(P.prev, .text(prev), line: 0, origin: .derived) }
        if let carryover { record.set(P.carryover, .bool(carryover.value), line: carryover.line, origin: .derived) }
        if let jump { record.set(P.jump, .bool(jump.value), line: jump.line, origin: .derived) }
        if let similarity { record.set(P.similarity, .decimal(similarity), line: 0, origin: .derived) }
        guard !warnings.isEmpty else { return }
        for warning in warnings { record.warn(warning) }
        record.finalizeWarnings()
    }
}
