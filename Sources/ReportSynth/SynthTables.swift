import ReportModel

/// Builds the three tables of a synthetic report as printed rows (headers, labels, cells with the value
/// each one must read as), in the official wording (format.md §2–4) with the report's label variants.
enum SynthTables {
    private static let catalog = FieldCatalog.standard

    private static func count(_ value: Int, _ field: FieldID?, _ style: SynthStyle, everywhere: Bool = false) -> SynthCell {
        SynthCell(text: style.number(value, everywhere: everywhere), field: field, value: field == nil ? .null : .integer(value))
    }

    /// Table 二 in the 2021 template.
    static func proactive2021(_ rng: inout SplitMix64, style: SynthStyle) -> SynthTable {
        let (counts, cents) = OtherFigures.proactive(&rng)
        func row(_ label: String, _ items: [ProactiveItem]) -> SynthRow {
            let cells = items.map { count(counts[$0]!, catalog.proactive($0), style, everywhere: true) }
            return SynthRow(kind: .data, label: label, cells: cells)
        }
        let fee = cents == 0 ? style.number(0, everywhere: true) : "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
        let feeRow = SynthRow(kind: .data, label: "行政事业性收费",
                              cells: [SynthCell(text: fee, field: catalog.proactive(.fees), value: .decimal(Double(cents) / 100))])
        let rows: [SynthRow] = [
            .header([style.label("第二十条第（一）项")]),
            .header(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
            row("规章", [.rulesIssued, .rulesRepealed, .rulesValid]),
            row("行政规范性文件", [.normativeIssued, .normativeRepealed, .normativeValid]),
            .header([style.label("第二十条第（五）项")]),
            .header(["信息内容", "本年处理决定数量"]),
            row("行政许可", [.license]),
            .header([style.label("第二十条第（六）项")]),
            .header(["信息内容", "本年处理决定数量"]),
            row("行政处罚", [.penalty]),
            row("行政强制", [.coercion]),
            .header([style.label("第二十条第（八）项")]),
            .header(["信息内容", "本年收费金额（单位：万元）"]),
            feeRow,
        ]
        return SynthTable(rows: rows, width: 4)
    }

    /// Table 二 in the 2019 trial template: 新制作 → issued, 对外公开总数量 → valid, 处理决定数量 → the item;
    /// 上一年项目数量, 本年增/减 (signed), 收费 and 采购 are printed but not kept.
    static func proactive2019(_ rng: inout SplitMix64, style: SynthStyle) -> SynthTable {
        func stock(_ label: String, _ issued: ProactiveItem, _ valid: ProactiveItem) -> SynthRow {
            let made = rng.count(zero: 0.5, max: 10)
            let published = min(made, rng.count(zero: 0.5, max: 10))
            let total = made + rng.count(zero: 0.3, max: 40)
            return SynthRow(kind: .data, label: label, cells: [
                count(made, catalog.proactive(issued), style, everywhere: true), count(published, nil, style),
                count(total, catalog.proactive(valid), style, everywhere: true),
            ])
        }
        func items(_ label: String, _ item: ProactiveItem?, required: Bool = true) -> SynthRow {
            let delta = rng.int(-8...12)
            return SynthRow(kind: .data, label: label, cells: [
                count(rng.count(zero: 0.4, max: 30), nil, style),
                SynthCell.header(delta > 0 ? "+\(delta)" : String(delta)),
                count(rng.count(zero: 0.5, max: 200), item.map(catalog.proactive), style, everywhere: true),
            ], required: required)
        }
        let itemHeader = SynthRow.header(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
        let fees = SynthRow(kind: .data, label: "行政事业性收费", cells: [
            count(rng.count(zero: 0.5, max: 9), nil, style), SynthCell.header(String(rng.int(-2...2))),
        ])
        let amount = "\(rng.int(1000...9_999_999)).\(rng.int(1...9))元"
        let purchase = SynthRow(kind: .data, label: "政府集中采购",
                                cells: [count(rng.count(zero: 0.3, max: 50), nil, style), .header(amount)], required: false)
        let rows: [SynthRow] = [
            .header([style.label("第二十条第（一）项")]),
            .header(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
            stock("规章", .rulesIssued, .rulesValid),
            stock("规范性文件", .normativeIssued, .normativeValid),
            .header([style.label("第二十条第（五）项")]), itemHeader,
            items("行政许可", .license), items("其他对外管理服务事项", nil, required: false),
            .header([style.label("第二十条第（六）项")]), itemHeader,
            items("行政处罚", .penalty), items("行政强制", .coercion),
            .header([style.label("第二十条第（八）项")]),
            .header(["信息内容", "上一年项目数量", "本年增/减"]), fees,
            .header([style.label("第二十条第（九）项")]),
            .header(["信息内容", "采购项目数量", "采购总金额"]), purchase,
        ]
        return SynthTable(rows: rows, width: 4)
    }

    /// The group label printed before a row of table 三, if it opens a group.
    private static func prefix(_ row: RequestRow) -> String? {
        switch row {
        case .granted: return "三、本年度办理结果"
        case .deniedStateSecret: return "（三）不予公开"
        case .unavailableNotHeld: return "（四）无法提供"
        case .notProcessedPetition: return "（五）不予处理"
        case .otherHandlingNoCorrection: return "（六）其他处理"
        default: return nil
        }
    }

    /// Table 三: the 勾稽 note, the applicant headers and one row per printed row of `figures`.
    static func requests(_ figures: RequestFigures, style: SynthStyle) -> SynthTable {
        var rows: [SynthRow] = [
            .header(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]),
            .header(["申请人情况"]),
            .header(["", "自然人", "法人或其他组织", "", "", "", "", style.label("总计")]),
            .header(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]),
        ]
        for row in figures.rows {
            let values = figures.values[row]!
            let cells = zip(ApplicantColumn.printed, values).map { column, value in
                count(value, catalog.requests(row, column), style)
            }
            rows.append(SynthRow(kind: .data, prefix: prefix(row).map { [style.label($0)] } ?? [],
                                 label: style.label(row.label), cells: cells))
        }
        return SynthTable(rows: rows, width: 8)
    }

    /// Table 四: three header rows and one row of 15 figures.
    static func review(_ rng: inout SplitMix64, style: SynthStyle) -> SynthTable {
        let outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map { (word: String) -> String in
            guard style.spacedTotals else { return word }
            let half = word.count / 2
            return String(word.prefix(half)) + " " + String(word.dropFirst(half))
        }
        let fields = ReviewBlock.printed.flatMap { block in ReviewOutcome.allCases.map { catalog.review(block, $0) } }
        let cells = zip(OtherFigures.review(&rng), fields).map { count($0, $1, style) }
        let rows: [SynthRow] = [
            .header(["行政复议", "", "", "", "", "行政诉讼"]),
            .header(outcomes + ["未经复议直接起诉", "", "", "", "", "复议后起诉"]),
            .header(["", "", "", "", ""] + outcomes + outcomes),
            SynthRow(kind: .data, label: "", cells: cells),
        ]
        return SynthTable(rows: rows, width: 15)
    }
}
