import ReportModel
import ReportQuery

/// `.checks [where CONDITION]`: every check (`check.*`, the 勾稽 checks of one report and the checks
/// across years) with how many reports pass, fail and are undecided (null), over all reports or those
/// the condition selects (`.checks where province = '山东省'`), and one example id per failing check.
/// For `check.jump` a true value is the failure (it flags a jump); for the others false is.
struct ChecksCommand: MetaCommand {
    let name = ".checks"
    let usage = ".checks [where CONDITION]"
    let summary = "reports passing, failing, undecided for each check"

    /// Checks whose true value flags a problem.
    static let trueFails: Set<String> = ["check.jump"]

    func run(_ arguments: [String], in session: Session) -> SessionStatus {
        run(line: MetaCommandLine(".checks " + arguments.joined(separator: " ")), in: session)
    }

    func run(line: MetaCommandLine, in session: Session) -> SessionStatus {
        var condition = line.rest
        if !condition.isEmpty {
            guard condition.lowercased().hasPrefix("where"), condition.count > 5 else {
                return wrongUsage(session, "give a condition after 'where'")
            }
            condition = " " + condition
        }
        let checks = FieldCatalog.standard.fields.filter { $0.name.hasPrefix("check.") && $0.type == .bool }
        let query = "select id, " + checks.map(\.name).joined(separator: ", ") + condition
        let result: ResultSet
        do {
            result = try session.database.query(query)
        } catch {
            return session.fail(error, statement: query)
        }
        let rows: [[Value]] = checks.enumerated().map { column, field in
            var pass = 0, fail = 0, undecided = 0
            var example: Value = .null
            let failing = ChecksCommand.trueFails.contains(field.name)
            for row in 0..<result.rowCount {
                guard let value = result[row, column + 1].boolValue else { undecided += 1; continue }
                if value == failing {
                    fail += 1
                    if example.isNull { example = result[row, 0] }
                } else {
                    pass += 1
                }
            }
            return [.text(field.name), .integer(pass), .integer(fail), .integer(undecided), example, .text(field.label)]
        }
        let columns = [("check", FieldType.text), ("pass", .integer), ("fail", .integer), ("undecided", .integer),
                       ("example", .text), ("label", .text)]
        session.show(ResultSet(columns: columns.map { ResultColumn(name: $0.0, type: $0.1) }, rows: rows),
                     options: session.listingOptions)
        return .success
    }
}
