import ReportModel
@testable import ReportQuery

/// A small hand-built corpus with nulls in useful places, for evaluator and engine tests.
///
/// | id | agency | province | year | requests.new | natural | proactive.total | proactive.fees | check.ok |
/// |----|--------|----------|------|--------------|---------|-----------------|----------------|----------|
/// | r1 | 济南市济阳区工业和信息化局 | 山东省 | 2022 | 10 | 6 | 240 | 12.5 | true |
/// | r2 | 北京市财政局 | 北京市 | 2021 | 0 | 0 | 100 | null | false |
/// | r3 | 上海市教育委员会 | 上海市 | 2022 | null | null | null | 3.25 | null |
/// | r4 | 济南市公安局 | 山东省 | 2023 | 25 | 20 | 50 | 0.75 | true |
/// | r5 | 某县人民政府办公室 | null | null | 7 | null | 0 | null | null |
enum Fixtures {
    struct Row {
        var id: String
        var agency: String
        var province: String?
        var year: Int?
        var new: Int?
        var natural: Int?
        var proactive: Int?
        var fees: Double?
        var ok: Bool?
    }

    static let rows: [Row] = [
        Row(id: "r1", agency: "济南市济阳区工业和信息化局", province: "山东省", year: 2022, new: 10, natural: 6, proactive: 240,
            fees: 12.5, ok: true),
        Row(id: "r2", agency: "北京市财政局", province: "北京市", year: 2021, new: 0, natural: 0, proactive: 100, fees: nil,
            ok: false),
        Row(id: "r3", agency: "上海市教育委员会", province: "上海市", year: 2022, new: nil, natural: nil, proactive: nil,
            fees: 3.25, ok: nil),
        Row(id: "r4", agency: "济南市公安局", province: "山东省", year: 2023, new: 25, natural: 20, proactive: 50, fees: 0.75,
            ok: true),
        Row(id: "r5", agency: "某县人民政府办公室", province: nil, year: nil, new: 7, natural: nil, proactive: 0, fees: nil,
            ok: nil),
    ]

    static func records() -> [ReportRecord] {
        let catalog = FieldCatalog.standard
        return rows.map { row in
            var record = ReportRecord()
            func set(_ name: String, _ value: Value, line: Int, _ origin: Origin = .table) {
                record.set(catalog.id(name), value, line: line, origin: origin)
            }
            set("id", .text(row.id), line: 0, .derived)
            set("file", .text("corpus/\(row.id).txt"), line: 0, .derived)
            set("agency", .text(row.agency), line: 1, .narrative)
            set("province", row.province.map(Value.text) ?? .null, line: 1, .narrative)
            set("year", row.year.map(Value.integer) ?? .null, line: 2, .narrative)
            set("requests.new.total", row.new.map(Value.integer) ?? .null, line: 30)
            set("requests.new.natural", row.natural.map(Value.integer) ?? .null, line: 30)
            set("proactive.total", row.proactive.map(Value.integer) ?? .null, line: 8, .narrative)
            set("proactive.fees", row.fees.map(Value.decimal) ?? .null, line: 20)
            set("check.ok", row.ok.map(Value.bool) ?? .null, line: 0, .derived)
            set("text", .text("\(row.agency)\n政府信息公开工作年度报告"), line: 0, .derived)
            return record
        }
    }

    static let store = ColumnStore(records: records())

    static func database() -> Database { Database(store: store) }
}
