import ReportModel

/// Sets a report's identity (origin `narrative` with the line it was read from; `dept` and `level` derived):
/// agency, dept, province, city, county, level, year, published, and `template` when the tables left it null.
/// Returns the year, which the narrative readers need.
enum IdentityReader {
    static let catalog = FieldCatalog.standard
    static let agency = catalog.id("agency")
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
        let title = ReportTitle.find(report)
        let signing = SigningDate.find(report)
        let found = AgencyFinder.find(report, title: title, signingLine: signing?.line, parser: resolver.parser)
        let evidence = RegionEvidence.collect(report, parser: resolver.parser)
        let region = resolver.resolve(found, report: report, evidence: evidence)
        region.warnings.forEach { record.warn($0) }

        if let agencyName = region.agency {
            record.set(agency, .text(agencyName.name), line: agencyName.line, origin: .narrative)
            let body = String(agencyName.name.dropFirst(region.match.length))
            if !body.isEmpty { record.set(dept, .text(body), line: agencyName.line, origin: .derived) }
        }
        let match = region.match
        setText(province, match.province?.name, line: region.line, in: &record)
        setText(city, match.city?.name, line: region.line, in: &record)
        setText(county, match.countyName, line: region.countyLine, in: &record)
        if let levelName = region.level { record.set(level, .text(levelName), line: 0, origin: .derived) }

        let reportYear = ReportYear.find(report, title: title, signing: signing)
        if let reportYear {
            record.set(year, .integer(reportYear.year), line: reportYear.line, origin: .narrative)
            reportYear.warning.map { record.warn($0) }
        }
        if let signing { record.set(published, .text(signing.date.iso), line: signing.line, origin: .narrative) }
        if record[template].isNull {
            if let cited = TemplateCitation.find(report.flow) {
                record.set(template, .text(cited.template), line: cited.line, origin: .narrative)
            } else {
                record.set(template, .text("unknown"), line: 0, origin: .derived)
            }
        }
        return reportYear?.year
    }

    private static func setText(_ field: FieldID, _ text: String?, line: Int, in record: inout ReportRecord) {
        if let text { record.set(field, .text(text), line: line, origin: .narrative) }
    }
}
