/// Decides whether a text is a government information disclosure annual report at all (so that a README
/// or a stray note in the corpus folder is reported, not loaded as an empty record): two section headings,
/// or the words 政府信息公开 together with 主动公开 or 依申请.
enum ReportRecognizer {
    static let subject = Array("政府信息公开".utf8)
    static let topics: [[UInt8]] = [Array("主动公开".utf8), Array("依申请".utf8)]

    static func isReport(_ report: ReportText) -> Bool {
        if report.sectionCount >= 2 { return true }
        let all = 0..<report.bytes.count
        return Bytes.contains(subject, in: report.bytes, all) && Bytes.containsAny(topics, in: report.bytes, all)
    }

    static let reason = "not a government information disclosure annual report (no sections, no 政府信息公开/主动公开/依申请)"
}
