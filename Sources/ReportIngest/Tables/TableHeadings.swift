/// Section headings and column headers, recognised on folded text-only rows.
enum TableHeadings {
    private static func keys(_ words: [String]) -> [[Unicode.Scalar]] { words.map(LabelText.folded) }

    private static let overall = LabelText.folded("总体情况")
    private static let proactive = LabelText.folded("主动公开政府信息")
    private static let requests = LabelText.folded("收到和处理")
    private static let onRequest = LabelText.folded("依申请公开")
    private static let review = LabelText.folded("行政复议")
    private static let litigation = LabelText.folded("行政诉讼")
    private static let problems = LabelText.folded("主要问题")
    private static let other = LabelText.folded("其他需要报告")
    private static let situation = LabelText.folded("情况")

    /// The section (1 … 6) a short heading line opens, or nil. Long lines are narrative, never headings.
    static func section(of label: [Unicode.Scalar]) -> Int? {
        guard label.count >= 4, label.count <= 40 else { return nil }
        let body = Array(label.trimmingTrailingPunctuation)
        let endsWithSituation = body.hasSuffix(situation)
        if endsWithSituation {
            if body.contains(proactive) { return 2 }
            if body.contains(requests) { return 3 }
            if body.contains(onRequest), let first = body.first, first == "三" || first == "3" { return 3 }
            if body.contains(review), body.contains(litigation) { return 4 }
        }
        guard body.count <= 30 else { return nil }
        if body.contains(problems) { return 5 }
        if body.contains(other) { return 6 }
        if body.count <= 16, body.contains(overall) { return 1 }
        return nil
    }

    static func table(ofSection section: Int) -> TableKind? { TableKind(rawValue: section) }

    private static let proactiveHeaders = keys([
        "第二十条", "信息内容", "制发件数", "废止件数", "现行有效件数", "处理决定数量", "收费金额",
        "新制作数量", "新公开数量", "对外公开总数量", "上一年项目数量",
    ])
    private static let requestHeaders = keys([
        "勾稽关系", "申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "法人或其他组织",
    ])
    private static let reviewHeaders = keys(["复议后起诉", "直接起诉", "尚未审结", "结果维持", "结果纠正"])
    private static let template2021 = keys(["制发件数", "废止件数", "现行有效件数", "本年收费金额"])
    private static let template2019 = keys(["新制作数量", "新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减"])

    /// The table whose column headers a text-only row shows, or nil. Header rows are short and hold no
    /// sentence end (。), which keeps narrative lines such as "加强对信息内容质量的监督检查。" out.
    static func header(of label: [Unicode.Scalar]) -> TableKind? {
        guard label.count >= 3, label.count <= 60, !label.contains("。") else { return nil }
        if isReviewHeader(label) { return .review }
        if requestHeaders.contains(where: label.contains) { return .requests }
        if proactiveHeaders.contains(where: label.contains) { return .proactive }
        return nil
    }

    /// Column headers of table 四 ("结果维持", "行政复议 行政诉讼").
    static func isReviewHeader(_ label: [Unicode.Scalar]) -> Bool {
        if reviewHeaders.contains(where: label.contains) { return true }
        return label.count <= 24 && label.contains(review) && label.contains(litigation)
    }

    /// The template a table 二 header row shows (制发/废止/现行有效 → 2021, 新制作/新公开/对外公开 → 2019).
    static func proactiveTemplate(of label: [Unicode.Scalar]) -> TableTemplate? {
        if template2021.contains(where: label.contains) { return .y2021 }
        if template2019.contains(where: label.contains) { return .y2019 }
        return nil
    }
}
