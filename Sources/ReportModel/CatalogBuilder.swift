/// Builds the standard catalog from the table structure and the lists below (fields.md).
struct CatalogBuilder {
    var fields: [FieldDescriptor] = []
    var index: [String: FieldID] = [:]

    mutating func add(
        _ name: String, _ label: String, _ aliases: [String] = [], _ type: FieldType,
        unit: String? = nil, group: FieldGroup, derived: Bool = false, headline: Bool = false,
        paths: [String] = []
    ) {
        let id = FieldID(fields.count)
        fields.append(FieldDescriptor(id: id, name: name, label: label, aliases: aliases, type: type, unit: unit,
                                      group: group, isDerived: derived, isHeadline: headline))
        precondition(index[name] == nil, "duplicate field \(name)")
        index[name] = id
        for alias in aliases + paths where index[alias] == nil { index[alias] = id }
    }

    mutating func addIdentity() {
        add("id", "编号", ["编号"], .text, group: .identity, headline: true)
        add("file", "文件", ["文件"], .text, group: .identity)
        add("agency", "机关", ["机关", "单位", "机构"], .text, group: .identity, headline: true)
        add("agency_printed", "机关（原文）", ["机关原文", "署名"], .text, group: .identity)
        add("dept", "部门", ["部门"], .text, group: .identity)
        add("province", "省", ["省", "省份"], .text, group: .identity, headline: true)
        add("city", "市", ["市", "城市"], .text, group: .identity, headline: true)
        add("county", "区县", ["区县", "县"], .text, group: .identity, headline: true)
        add("level", "层级", ["层级"], .text, group: .identity)
        add("year", "年度", ["年度", "年份"], .integer, group: .identity, headline: true)
        add("published", "发布日期", ["发布日期"], .text, group: .identity)
        add("template", "格式", ["格式"], .text, group: .identity)
        add("tables.proactive", "表二 主动公开（text/partial/unread/image/absent）", ["表二"], .text, group: .identity)
        add("tables.requests", "表三 依申请（text/partial/unread/image/absent）", ["表三"], .text, group: .identity)
        add("tables.review", "表四 复议诉讼（text/partial/unread/image/absent）", ["表四"], .text, group: .identity)
    }

    mutating func addRequests() {
        for row in RequestRow.allCases {
            for column in ApplicantColumn.allCases {
                let name = "requests.\(row.name).\(column.name)"
                let derived = row.isDerived || column == .org
                var aliases = ["\(row.alias).\(column.label)"]
                if column == .otherOrg { aliases.append("\(row.alias).其他") }
                var paths: [String] = []
                if column == .total {
                    paths = ["requests.\(row.name)"]
                    aliases.insert(row.alias, at: 0)
                }
                add(name, "\(row.label) \(column.label)", aliases, .integer, unit: "件", group: .requests,
                    derived: derived, headline: column == .total && (row == .new || row == .processed),
                    paths: paths)
            }
        }
    }

    mutating func addReview() {
        for block in ReviewBlock.allCases {
            for outcome in ReviewOutcome.allCases {
                let name = "\(block.name).\(outcome.name)"
                var aliases = ["\(block.alias).\(outcome.label)", "\(block.alias).\(outcome.shortLabel)"]
                var paths: [String] = []
                if outcome == .total {
                    aliases.insert(block.alias, at: 0)
                    paths = [block.name]
                }
                add(name, "\(block.label) \(outcome.label)", aliases, .integer, unit: "件", group: .review,
                    derived: block == .litigation, paths: paths)
            }
        }
    }

    mutating func addNarrativeDerivedAndChecks() {
        add("processing_fee", "信息处理费（元）", ["信息处理费"], .decimal, unit: "元", group: .narrative)
        add("proposals.npc", "人大代表建议", ["人大代表建议", "人大建议"], .integer, unit: "件", group: .narrative)
        add("proposals.cppcc", "政协提案", ["政协提案"], .integer, unit: "件", group: .narrative)
        add("proposals.total", "建议提案合计", ["建议提案"], .integer, unit: "件", group: .narrative)

        add("rate.granted", "予以公开率（予以公开 / 办理总计）", ["公开率"], .decimal, group: .derived, derived: true)
        add("rate.disclosed", "公开比例（予以公开 + 部分公开）/ 办理总计", ["公开比例"], .decimal, group: .derived,
            derived: true)
        add("review.correction_rate", "行政复议纠错率", ["复议纠错率"], .decimal, group: .derived, derived: true)
        add("litigation.correction_rate", "行政诉讼纠错率", ["诉讼纠错率"], .decimal, group: .derived, derived: true)

        add("check.balance", "勾稽关系：一＋二＝三（七）＋四", ["勾稽关系"], .bool, group: .checks, derived: true)
        add("check.rows", "各行申请人分列之和＝总计", ["行合计"], .bool, group: .checks, derived: true)
        add("check.processed", "办理结果各项之和＝（七）总计", ["办理合计"], .bool, group: .checks, derived: true)
        add("check.review", "复议诉讼各项之和＝总计", ["复议诉讼合计"], .bool, group: .checks, derived: true)
        add("check.ok", "各项校验均通过", ["校验"], .bool, group: .checks, derived: true, headline: true)
        add("warnings", "提取警告", ["警告"], .text, group: .checks, derived: true)
        addPanel()

        add("text", "全文", ["全文"], .text, group: .text)
        let sections = ["一", "二", "三", "四", "五", "六"]
        let titles = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                      "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]
        for (i, numeral) in sections.enumerated() {
            add("text.s\(i + 1)", "第\(numeral)部分 \(titles[i])", ["第\(numeral)部分"], .text, group: .text)
        }
    }

    /// The checks across years (issue 18), computed after the load over the whole corpus by comparing a
    /// report with the same body's report for the year before (`panel.prev`); null when undecidable.
    mutating func addPanel() {
        add("check.carryover", "跨年结转：本年“上年结转”＝上年“结转下年”", ["跨年结转"], .bool, group: .panel, derived: true)
        add("check.timely", "按时公布（部门1月31日前，政府3月31日前）", ["按时公布"], .bool, group: .panel, derived: true)
        add("days_late", "逾期天数（按时为0）", ["逾期天数"], .integer, unit: "天", group: .panel, derived: true)
        add("similarity.prev", "与上年报告文字的相似度（0–1）", ["文字相似度", "上年相似度"], .decimal, group: .panel,
            derived: true)
        add("check.jump", "本年新收较上年变化超过5倍（两年均不少于10件）", ["数量突变"], .bool, group: .panel, derived: true)
        add("panel.prev", "对比的上年报告（编号）", ["上年报告"], .text, group: .panel, derived: true)
    }
}
