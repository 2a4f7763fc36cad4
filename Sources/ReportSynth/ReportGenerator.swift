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

    /// A report whose tables are printed in `layout`.
    public mutating func next(layout: Layout) -> SyntheticReport {
        produced += 1
        let agency = PlaceList.agency(&rng)
        let is2019 = layout == .template2019
        let year = is2019 ? rng.int(2019...2020) : rng.int(layout == .image ? 2019...2024 : 2021...2024)
        let tableLayout = Layout.textLayouts.contains(layout) ? layout : rng.pick(Layout.textLayouts)
        let style = SynthStyle.random(&rng, layout: tableLayout)
        var tables = SynthReportTables(&rng, style: style, template2019: is2019)
        switch layout {
        case .image: tables.pasteAsImages(&rng)
        case .partial: tables.leaveOutRows(&rng, flowed: tableLayout == .pdfFlowed)
        default: break
        }
        tables.blankSomeCells(&rng, keepLast: tableLayout == .cellPerLine && !style.blankLinesBetween)
        let inconsistent = rng.chance(0.15) && tables.perturb(&rng)

        var figures = NarrativeWriter.Figures(
            proactiveTotal: rng.int(0...400), requestsNew: nil, processingFee: rng.chance(0.85) ? 0 : rng.int(1...2000),
            npc: rng.int(0...30), cppcc: rng.int(0...30), published: (rng.int(1...3), rng.int(1...28)))
        if layout == .image { figures.requestsNew = tables.figures.values[.new]![6] }
        var writer = NarrativeWriter(agency: agency, year: year, template2019: year <= 2020,
                                     flowed: tableLayout == .pdfFlowed)
        writer.opening(figures, &rng)
        let body = tables.lines(layout: tableLayout, style: style, &rng)
        let lines = writer.lines + body
        var closing = NarrativeWriter(agency: agency, year: year, template2019: year <= 2020,
                                      flowed: tableLayout == .pdfFlowed)
        closing.closing(figures, &rng)
        let text = (lines + closing.lines).joined(separator: "\n") + "\n"

        let expectations = SynthExpectations(
            tables: tables, agency: agency, year: year, figures: figures, citesTemplate2019: year <= 2020,
            flowed: tableLayout == .pdfFlowed)
        return SyntheticReport(
            text: text, fileName: fileName(), layout: layout, tableLayout: tableLayout, agency: agency, year: year,
            expected: expectations.values, narrativeFields: expectations.narrativeFields,
            identityFields: expectations.identityFields, isInconsistent: inconsistent)
    }

    /// "000042_1f3ac9…": a running number and 16 hex digits, like the real corpus.
    private mutating func fileName() -> String {
        let number = String(produced)
        let hex = String(rng.next(), radix: 16)
        return String(repeating: "0", count: max(0, 6 - number.count)) + number + "_"
            + String(repeating: "0", count: 16 - hex.count) + hex + ".txt"
    }
}
