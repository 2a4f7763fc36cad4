import ReportModel

/// Generates realistic synthetic annual reports with known values, deterministically for a seed:
/// the same seed and the same sequence of calls give the same reports on every platform.
///
/// ```swift
/// var generator = ReportGenerator(seed: 42)
/// let report = generator.next(layout: .pdfFlowed)
/// report.text            // the whole report
/// report["requests.new"] // what a parser must read
/// ```
public struct ReportGenerator: Sendable {
    private var rng: SplitMix64
    private var produced = 0

    public init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    /// A report in a layout chosen at random.
    public mutating func next() -> SyntheticReport {
        next(layout: rng.pick(Layout.allCases))
    }

    /// A report in a layout drawn from `layouts` (not empty; a repeated layout is drawn more often).
    public mutating func next(from layouts: [Layout]) -> SyntheticReport {
        next(layout: rng.pick(layouts))
    }

    /// A report whose tables are printed in `layout`.
    public mutating func next(layout: Layout) -> SyntheticReport {
        next(layout: layout, slot: nil)
    }

    /// A report whose tables are printed in `layout`; with a `slot` (`PanelGenerator`), for its body and
    /// year, published on its date, carrying in its figures and with prose drawn from its seed — else all
    /// drawn at random.
    mutating func next(layout: Layout, slot: PanelSlot?) -> SyntheticReport {
        produced += 1
        let is2019 = layout == .template2019
        let agency: SyntheticAgency, year: Int
        if let slot {
            (agency, year) = (slot.agency, slot.year)
        } else {
            agency = PlaceList.agency(&rng)
            year = is2019 ? rng.int(2019...2020) : rng.int(layout == .image ? 2019...2024 : 2021...2024)
        }
        let ownTables = Layout.textLayouts.contains(layout) || layout == .webText || layout == .html
        let tableLayout = ownTables ? layout : rng.pick(Layout.textLayouts)
        let style = SynthStyle.random(&rng, layout: tableLayout)
        let scale = layout == .webText ? rng.pick([4, 12, 40]) : 4
        var tables = SynthReportTables(&rng, style: style, template2019: is2019, scale: scale,
                                       carriedIn: slot?.carriedIn)
        switch layout {
        case .image: tables.pasteAsImages(&rng)
        case .partial: tables.leaveOutRows(&rng, flowed: tableLayout == .pdfFlowed)
        default: break
        }
        // Glued web text cannot show a blank cell: its figures would run into the next ones.
        if layout != .webText {
            tables.blankSomeCells(&rng, keepLast: tableLayout == .cellPerLine && !style.blankLinesBetween)
        }
        let inconsistent = rng.chance(0.15) && tables.perturb(&rng)

        var figures = NarrativeWriter.Figures(
            proactiveTotal: rng.int(0...400), requestsNew: nil, processingFee: rng.chance(0.85) ? 0 : rng.int(1...2000),
            npc: rng.int(0...30), cppcc: rng.int(0...30), published: (rng.int(1...3), rng.int(1...28)))
        if let slot { figures.published = slot.published }
        if layout == .image { figures.requestsNew = tables.figures.values[.new]![6] }
        var writer = NarrativeWriter(agency: agency, year: year, template2019: year <= 2020,
                                     flowed: tableLayout == .pdfFlowed, proseSeed: slot?.proseSeed)
        writer.opening(figures, &rng)
        let body = tables.lines(layout: tableLayout, style: style, &rng)
        var closing = NarrativeWriter(agency: agency, year: year, template2019: year <= 2020,
                                      flowed: tableLayout == .pdfFlowed, proseSeed: slot.map { $0.proseSeed &+ 1 })
        closing.closing(figures, &rng)
        let text: String
        switch layout {
        case .webText:
            let separator = rng.pick(["", "", "\u{3000}\u{3000}", " "])
            text = (writer.lines + body + closing.lines).filter { !$0.isEmpty }.joined(separator: separator) + "\n"
        case .html:
            let paragraphs = { (lines: [String]) in lines.map(HTMLPageRenderer.paragraph).filter { !$0.isEmpty } }
            text = HTMLPageRenderer.page(title: "\(agency.name)\(year)年政府信息公开工作年度报告",
                                         body: paragraphs(writer.lines) + body + paragraphs(closing.lines))
        default:
            text = (writer.lines + body + closing.lines).joined(separator: "\n") + "\n"
        }

        let expectations = SynthExpectations(
            tables: tables, agency: agency, year: year, figures: figures, citesTemplate2019: year <= 2020,
            flowed: tableLayout == .pdfFlowed, glued: layout == .webText)
        var report = SyntheticReport(
            text: text, fileName: fileName(layout.fileExtension), layout: layout, tableLayout: tableLayout,
            agency: agency, year: year, expected: expectations.values, narrativeFields: expectations.narrativeFields,
            identityFields: expectations.identityFields, isInconsistent: inconsistent, printed: expectations.printed,
            gluedRows: expectations.gluedRows)
        report.carriedOut = Array(tables.figures.values[.carriedOut]!.prefix(6))
        report.signed = figures.published
        return report
    }

    /// The name of one more report (the running number moves on), for a report made outside `next`.
    mutating func nextFileName(_ fileExtension: String) -> String {
        produced += 1
        return fileName(fileExtension)
    }

    /// "000042_1f3ac9…": a running number and 16 hex digits, like the real corpus.
    private mutating func fileName(_ fileExtension: String) -> String {
        let number = String(produced)
        let hex = String(rng.next(), radix: 16)
        return String(repeating: "0", count: max(0, 6 - number.count)) + number + "_"
            + String(repeating: "0", count: 16 - hex.count) + hex + "." + fileExtension
    }
}
