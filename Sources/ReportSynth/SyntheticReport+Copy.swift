extension SyntheticReport {
    /// The report a body writes for the next year by copying this one word for word (`PanelGenerator`'s
    /// copiers): every "YYYY年" of this year and the next moved on by one year — the title, 统计期限, the
    /// sentences, the signing date — and nothing else, so figures, wording and layout stay as they were.
    /// Only `年` after the digits is matched, so no figure (glued web-text cells included) is touched.
    func copiedToNextYear(fileName: String) -> SyntheticReport {
        let moved = text.replacingOccurrences(of: "\(year + 1)年", with: "\(year + 2)年")
            .replacingOccurrences(of: "\(year)年", with: "\(year + 1)年")
        var expected = self.expected
        expected.merge(SynthExpectations.dates(year: year + 1, published: signed)) { $1 }
        var copy = SyntheticReport(
            text: moved, fileName: fileName, layout: layout, tableLayout: tableLayout, agency: agency, year: year + 1,
            expected: expected, narrativeFields: narrativeFields, identityFields: identityFields,
            isInconsistent: isInconsistent, printed: printed, gluedRows: gluedRows)
        copy.carriedOut = carriedOut
        copy.signed = signed
        copy.copiesProse = true
        return copy
    }
}
