import ReportModel
@testable import ReportQuery

/// Hand-built reports for joins, windows and `prev`: bodies over several years with gaps, a body
/// with two reports for one year, a report without year, one without agency, ties and nulls in the
/// figures. `t` is the same rows under SQL column names, in gongkai (a view) and in SQLite (a table),
/// so one query text runs on both.
///
/// | id | agency | province | year | new | carried_in | carried_out | fees |
/// |----|--------|----------|------|-----|------------|-------------|------|
/// | a1 | 甲局 | 山东省 | 2021 | 10 | 0 | 2 | 1.5 |
/// | a2 | 甲局 | 山东省 | 2022 | 14 | 2 | 3 | null |
/// | a3 | 甲局 | 山东省 | 2023 | null | 4 | 1 | 2.25 |
/// | b1 | 乙局 | 山东省 | 2021 | 14 | 1 | 0 | 0.5 |
/// | b2 | 乙局 | 山东省 | 2023 | 3 | 0 | 0 | null |
/// | c1 | 丙局 | 北京市 | 2022 | 7 | null | 5 | 4.0 |
/// | c2 | 丙局 | 北京市 | 2023 | 7 | 5 | 2 | 1.0 |
/// | d1 | 丁局 | 北京市 | 2022 | 20 | 1 | 1 | null |
/// | d2 | 丁局 | 北京市 | 2022 | 21 | 1 | 1 | null |
/// | d3 | 丁局 | 北京市 | 2023 | 5 | 1 | 0 | 3.0 |
/// | e1 | 戊局 | null | null | 9 | 0 | 0 | null |
/// | f1 | null | 上海市 | 2022 | 14 | 0 | 0 | 0.25 |
enum RelationalFixtures {
    struct Row {
        var id: String
        var agency: String?
        var province: String?
        var year: Int?
        var new: Int?
        var carriedIn: Int?
        var carriedOut: Int?
        var fees: Double?
    }

    static let rows: [Row] = [
        Row(id: "a1", agency: "甲局", province: "山东省", year: 2021, new: 10, carriedIn: 0, carriedOut: 2, fees: 1.5),
        Row(id: "a2", agency: "甲局", province: "山东省", year: 2022, new: 14, carriedIn: 2, carriedOut: 3, fees: nil),
        Row(id: "a3", agency: "甲局", province: "山东省", year: 2023, new: nil, carriedIn: 4, carriedOut: 1, fees: 2.25),
        Row(id: "b1", agency: "乙局", province: "山东省", year: 2021, new: 14, carriedIn: 1, carriedOut: 0, fees: 0.5),
        Row(id: "b2", agency: "乙局", province: "山东省", year: 2023, new: 3, carriedIn: 0, carriedOut: 0, fees: nil),
        Row(id: "c1", agency: "丙局", province: "北京市", year: 2022, new: 7, carriedIn: nil, carriedOut: 5, fees: 4.0),
        Row(id: "c2", agency: "丙局", province: "北京市", year: 2023, new: 7, carriedIn: 5, carriedOut: 2, fees: 1.0),
        Row(id: "d1", agency: "丁局", province: "北京市", year: 2022, new: 20, carriedIn: 1, carriedOut: 1, fees: nil),
        Row(id: "d2", agency: "丁局", province: "北京市", year: 2022, new: 21, carriedIn: 1, carriedOut: 1, fees: nil),
        Row(id: "d3", agency: "丁局", province: "北京市", year: 2023, new: 5, carriedIn: 1, carriedOut: 0, fees: 3.0),
        Row(id: "e1", agency: "戊局", province: nil, year: nil, new: 9, carriedIn: 0, carriedOut: 0, fees: nil),
        Row(id: "f1", agency: nil, province: "上海市", year: 2022, new: 14, carriedIn: 0, carriedOut: 0, fees: 0.25),
    ]

    static func records() -> [ReportRecord] {
        let catalog = FieldCatalog.standard
        return rows.map { row in
            var record = ReportRecord()
            func set(_ name: String, _ value: Value) { record.set(catalog.id(name), value, line: 1, origin: .table) }
            set("id", .text(row.id))
            set("file", .text("corpus/\(row.id).txt"))
            set("agency", row.agency.map(Value.text) ?? .null)
            set("province", row.province.map(Value.text) ?? .null)
            set("year", row.year.map(Value.integer) ?? .null)
            set("requests.new.total", row.new.map(Value.integer) ?? .null)
            set("requests.carried_in.total", row.carriedIn.map(Value.integer) ?? .null)
            set("requests.carried_out.total", row.carriedOut.map(Value.integer) ?? .null)
            set("proactive.fees", row.fees.map(Value.decimal) ?? .null)
            return record
        }
    }

    /// The view `t` gongkai reads, with the SQLite table's column names.
    static let view = "create view t as select id, agency, province, year, requests.new as new, requests.carried_in as carried_in, "
        + "requests.carried_out as carried_out, proactive.fees as fees"

    static func database() throws -> Database {
        var database = Database(records: records())
        _ = try database.execute(view)
        return database
    }
}
