/// The deadline by which a report must be published (政府信息公开条例 art. 49–50): a department of a
/// people's government at county level or above by 31 January of the year after the reporting year, the
/// people's government itself (its report, which its office compiles) by 31 March.
///
/// The kind of body is read from the end of `agency`: `…人民政府` is a government, a department suffix
/// (局, 委员会, 办公室 …) a department. Undecided — so `check.timely` is null — for a township government
/// or sub-district office (the 条例 sets them no date), a development-zone committee (管委会: provinces
/// treat them either way), and any other name.
enum PublicationDeadline {
    enum Kind: Equatable { case government, department }

    static let departmentSuffixes = ["局", "委员会", "委", "办公室", "办公厅", "厅", "中心", "署", "办"]
    static let undecidedSuffixes = ["管理委员会", "管委会", "街道办事处", "办事处"]

    static func kind(agency: String?, level: String?) -> Kind? {
        guard let agency, level != "township" else { return nil }
        if agency.hasSuffix("人民政府") { return .government }
        if undecidedSuffixes.contains(where: agency.hasSuffix) { return nil }
        return departmentSuffixes.contains(where: agency.hasSuffix) ? .department : nil
    }

    /// The last day the report for `year` may be published.
    static func deadline(year: Int, kind: Kind) -> CalendarDate {
        CalendarDate(year: year + 1, month: kind == .government ? 3 : 1, day: 31)
    }

    /// Days after the deadline that `published` falls (0 when on time); nil when either is unknown.
    static func daysLate(published: String?, year: Int?, kind: Kind?) -> Int? {
        guard let published, let year, let kind, let date = CalendarDate(iso: published) else { return nil }
        return max(0, date.dayNumber - deadline(year: year, kind: kind).dayNumber)
    }
}
