import ReportModel

/// Sets the figures stated in words (origin `narrative`, with their line): `proactive.total` from
/// section 一 (else section 二's words); `requests.new` from section 一 (else section 三's words) when
/// table 三 did not give it; `processing_fee` and `proposals.*` from section 六. A section that is
/// missing is searched for in the whole text. Figures a table also gives are compared with it.
enum NarrativeReader {
    static let catalog = FieldCatalog.standard
    static let proactiveTotal = catalog.id("proactive.total")
    static let requestsNew = catalog.requests(.new, .total)
    static let processingFee = catalog.id("processing_fee")
    static let npc = catalog.id("proposals.npc")
    static let cppcc = catalog.id("proposals.cppcc")
    static let proposalsTotal = catalog.id("proposals.total")

    static func apply(_ report: ReportText, year: Int?, to record: inout ReportRecord) {
        let flow = report.flow
        let overall = report.flowScope(1)
        let other = report.flowScope(6)
        let total = ProactiveTotalPattern.find(in: flow, overall)
            ?? report.flowRange(ofSection: 2).flatMap { ProactiveTotalPattern.find(in: flow, $0) }
        set(proactiveTotal, total, in: &record)

        let requests = bounded(RequestsNarrativePattern.find(in: flow, overall, year: year)
            ?? report.flowRange(ofSection: 3).flatMap { RequestsNarrativePattern.find(in: flow, $0, year: year) },
            requestsNew, in: &record)
        if let requests {
            if record[requestsNew].isNull {
                set(requestsNew, requests, in: &record)
            } else {
                TextTableComparison.check(requestsNew, text: requests, in: &record)
            }
        }

        set(processingFee, ProcessingFeePattern.find(in: flow, other), in: &record)
        applyProposals(ProposalsPattern.find(in: flow, other), to: &record)

        var compared: Set<String> = []
        for (name, figure) in DocumentCountsPattern.find(in: flow, overall) where compared.insert(name).inserted {
            guard let field = catalog.lookup(name), bounded(figure, field, in: &record) != nil else { continue }
            TextTableComparison.check(field, text: figure, in: &record)
        }
    }

    static func applyProposals(_ found: ProposalsPattern.Found, to record: inout ReportRecord) {
        var found = found
        found.npc = bounded(found.npc, npc, in: &record)
        found.cppcc = bounded(found.cppcc, cppcc, in: &record)
        found.combined = bounded(found.combined, proposalsTotal, in: &record)
        set(npc, found.npc, in: &record)
        set(cppcc, found.cppcc, in: &record)
        if let combined = found.combined {
            set(proposalsTotal, combined, in: &record)
            if let a = found.npc?.value.intValue, let b = found.cppcc?.value.intValue, a + b != combined.value.intValue {
                record.warn("proposals.total \(combined.value) (line \(combined.line)) is not "
                            + "proposals.npc + proposals.cppcc = \(a + b)")
            }
        } else if let a = found.npc?.value.intValue, let b = found.cppcc?.value.intValue {
            record.set(proposalsTotal, .integer(a + b), line: 0, origin: .derived)
        }
    }

    private static func set(_ field: FieldID, _ figure: Figure?, in record: inout ReportRecord) {
        guard let figure = bounded(figure, field, in: &record) else { return }
        record.set(field, figure.value, line: figure.line, origin: .narrative)
    }

    /// The figure, or nil (and a warning) when it is outside what a figure can be (`FigureBounds`).
    private static func bounded(_ figure: Figure?, _ field: FieldID, in record: inout ReportRecord) -> Figure? {
        guard let figure, !FigureBounds.holds(figure.value) else { return figure }
        record.warn("\(catalog[field].name) (line \(figure.line)): \(FigureBounds.warning(String(describing: figure.value)))")
        return nil
    }
}
