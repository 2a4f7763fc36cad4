import ReportModel

/// `check.timely` and `days_late`: whether the report was published by its deadline
/// (`PublicationDeadline`), from `published`, `agency`, `level` and `year`. Set at parse time, after the
/// identity (it needs no other report); null when any of them is unknown. A late report says so in
/// `warnings`, with the deadline.
enum Timeliness {
    static let catalog = FieldCatalog.standard
    static let agency = catalog.id("agency"), year = catalog.id("year")
    static let level = catalog.id("level"), published = catalog.id("published")
    static let timely = catalog.id("check.timely"), daysLate = catalog.id("days_late")

    static func apply(to record: inout ReportRecord) {
        let kind = PublicationDeadline.kind(agency: record.text(agency.rawValue), level: record.text(level.rawValue))
        let date = record.text(published.rawValue), reportYear = record.integer(year.rawValue)
        guard let late = PublicationDeadline.daysLate(published: date, year: reportYear, kind: kind),
              let kind, let reportYear else { return }
        let line = record.source(of: published)?.line ?? 0
        record.set(timely, .bool(late == 0), line: line, origin: .derived)
        record.set(daysLate, .integer(late), line: line, origin: .derived)
        guard late > 0 else { return }
        let deadline = PublicationDeadline.deadline(year: reportYear, kind: kind).iso
        let body = kind == .government ? "a people's government" : "a department"
        record.warn("check.timely: published \(date ?? "?"), \(late) days after \(deadline), the deadline for \(body)")
    }
}
