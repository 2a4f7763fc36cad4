import ReportModel

/// Sets a report's identity (origin `narrative` with the line it was read from; `dept` and `level` derived):
/// agency (canonical, `AgencyChoice` then `RegionResolver`), agency_printed (as the report prints it), dept,
/// province, city, county, level, year, published (the signing date, else the page's 发布时间/公开日期),
/// and `template` when the tables left it null.
/// Returns the year, which the narrative readers need.
enum IdentityReader {
    static let catalog = FieldCatalog.standard
    static let agency = catalog.id("agency")
    static let agencyPrinted = catalog.id("agency_printed")
    static let dept = catalog.id("dept")
    static let province = catalog.id("province")
    static let city = catalog.id("city")
    static let county = catalog.id("county")
    static let level = catalog.id("level")
    static let year = catalog.id("year")
    static let published = catalog.id("published")
    static let template = catalog.id("template")

    @discardableResult
    static func apply(_ report: ReportText, to record: inout ReportRecord, resolver: RegionResolver = .init()) -> Int? {
        let parser = resolver.parser
        let title = ReportTitle.find(report, parser: parser)
        let signing = SigningDate.find(report)
        let metadata = IdentityMetadata.read(report)
        let candidates = AgencyEvidence.collect(report, title: title, metadata: metadata, signingLine: signing?.line,
                                                parser: parser)
        let cited = candidates.contains(where: \.place.isStrong) ? nil : AgencyFinder.citedDocuments(report.flow, parser)
        let decision = AgencyChoice.decide(candidates, parser: parser, cited: cited)
        decision.warnings.forEach { record.warn($0) }
        let found = decision.fullest.map { AgencyFinder.Found(name: $0.name, line: $0.line) }
        let evidence = RegionEvidence.collect(report, parser: parser)
        let region = resolver.resolve(found, report: report, evidence: evidence)
        region.warnings.forEach { record.warn($0) }

        if let printed = decision.printed, let name = restored(printed.name, report, &record) {
            record.set(agencyPrinted, .text(name), line: printed.line, origin: .narrative)
        }
        if let agencyName = region.agency, let name = restored(agencyName.name, report, &record) {
            record.set(agency, .text(name), line: agencyName.line, origin: .narrative)
            let body = String(name.dropFirst(region.match.length))
            if !body.isEmpty { record.set(dept, .text(body), line: agencyName.line, origin: .derived) }
        }
        let match = region.match
        setText(province, match.province?.name, line: region.line, in: &record)
        setText(city, match.city?.name, line: region.line, in: &record)
        setText(county, match.countyName, line: region.countyLine, in: &record)
        if let levelName = region.level { record.set(level, .text(levelName), line: 0, origin: .derived) }

        let reportYear = ReportYear.find(report, title: title, metadata: metadata, signing: signing)
        if let reportYear {
            if let value = reportYear.year { record.set(year, .integer(value), line: reportYear.line, origin: .narrative) }
            reportYear.warnings.forEach { record.warn($0) }
        }
        if let date = signing ?? metadata.published {
            record.set(published, .text(date.date.iso), line: date.line, origin: .narrative)
        }
        if record[template].isNull {
            if let cited = TemplateCitation.find(report.flow) {
                record.set(template, .text(cited.template), line: cited.line, origin: .narrative)
            } else {
                record.set(template, .text("unknown"), line: 0, origin: .derived)
            }
        }
        return reportYear?.year
    }

    /// A name read from the (folded) text, in the report's own characters; nil with a warning when it
    /// cannot be given back with certainty (`ScriptFolding.Restorer`).
    private static func restored(_ name: String, _ report: ReportText, _ record: inout ReportRecord) -> String? {
        if let printed = report.printed(name) { return printed }
        record.warn("agency: \(name) is read from a text folded from traditional characters, and which traditional characters the report prints for it is not certain; left null")
        return nil
    }

    private static func setText(_ field: FieldID, _ text: String?, line: Int, in record: inout ReportRecord) {
        if let text { record.set(field, .text(text), line: line, origin: .narrative) }
    }
}
