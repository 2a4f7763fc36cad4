/// The prose of a panel report's paragraphs without figures: two sentences, each a frame filled with
/// two-character words drawn at random. Drawn from a seed per body and year, so a body's report that copies
/// last year's prose draws the same paragraphs from last year's seed, and two reports written afresh share
/// little beyond the frames (`similarity.prev` well below 0.9: the words make most shingles).
///
/// Words about the work only: no figures, and none of the terms the narrative reader looks for
/// (申请, 收费, 复议, 诉讼, 建议, 提案), so the prose states nothing a parser could read as a value.
enum PanelProse {
    /// Each frame's three pieces, around its two slots.
    static let frames: [(String, String, String)] = [
        ("围绕", "工作，进一步明确", "责任分工。"),
        ("持续推进", "和", "，切实提升工作实效。"),
        ("聚焦", "领域，不断完善", "机制。"),
        ("结合", "需求，扎实开展", "专项行动。"),
        ("针对", "方面的不足，着力加强", "管理。"),
        ("以", "为抓手，统筹做好", "相关工作。"),
    ]

    static let words = [
        "政策", "解读", "平台", "网站", "审核", "制度", "培训", "考核", "目录", "指南", "清单", "标准",
        "规范", "流程", "档案", "数据", "开放", "共享", "安全", "保密", "舆情", "回应", "热线", "窗口",
        "基层", "乡村", "社区", "企业", "营商", "环境", "民生", "就业", "教育", "医疗", "养老", "住房",
        "交通", "生态", "水利", "农业", "文旅", "应急", "统计", "财政", "预算", "审计", "采购", "项目",
        "规划", "土地", "矿产", "林业", "市场", "质量", "价格", "科技", "人才", "宣传", "媒体", "监督",
    ]

    static func paragraph(_ rng: inout SplitMix64) -> String {
        sentence(&rng) + sentence(&rng)
    }

    private static func sentence(_ rng: inout SplitMix64) -> String {
        let (a, b, c) = rng.pick(frames)
        let first = rng.pick(words) + rng.pick(words)
        let second = rng.pick(words) + rng.pick(words)
        return a + first + b + second + c
    }
}
