/// The words around the tables: title, preamble with 统计期限, the six sections with their sub-items,
/// figures stated in sentences, section 六, and the signature with its date.
struct NarrativeWriter {
    /// Figures the narrative states (and a parser may read from it).
    struct Figures {
        var proactiveTotal: Int
        /// Stated only where table 三 is an image: "共受理依申请公开N件" / "未收到政府信息公开申请".
        var requestsNew: Int?
        var processingFee: Int
        var npc: Int
        var cppcc: Int
        var published: (month: Int, day: Int)
    }

    let agency: SyntheticAgency
    let year: Int
    let template2019: Bool
    let flowed: Bool
    private(set) var lines: [String] = []
    /// A panel report's own prose (`PanelProse`), drawn from its body's seed; nil: the six fixed `fillers`.
    private var prose: SplitMix64?

    init(agency: SyntheticAgency, year: Int, template2019: Bool, flowed: Bool, proseSeed: UInt64? = nil) {
        self.agency = agency
        self.year = year
        self.template2019 = template2019
        self.flowed = flowed
        prose = proseSeed.map(SplitMix64.init(seed:))
    }

    private static let fillers = [
        "坚持以公开为常态、不公开为例外，严格落实信息发布审核制度，确保公开内容合法准确。",
        "进一步健全工作机制，明确专人负责政务公开工作，定期对公开内容进行检查和更新。",
        "围绕群众关注关切，加强政策解读和回应，不断提升公开质量和实效。",
        "充分利用政府网站和政务新媒体等平台，拓宽公开渠道，方便群众获取政府信息。",
        "对照年度工作要点逐项落实责任分工，将政务公开工作纳入年度绩效考核内容。",
        "加强工作人员业务培训，提高依法公开意识和能力，推动政务公开规范化标准化。",
    ]

    mutating func add(_ line: String) {
        lines.append(line)
        if flowed { lines.append("") }
    }

    /// A paragraph without figures; PDF-flowed reports break it into short lines.
    mutating func filler(_ rng: inout SplitMix64) {
        let text: String
        if var prose {
            text = PanelProse.paragraph(&prose)
            self.prose = prose
        } else {
            let first = rng.int(0...(Self.fillers.count - 1))
            let second = (first + rng.int(1...(Self.fillers.count - 1))) % Self.fillers.count
            text = Self.fillers[first] + Self.fillers[second]
        }
        guard flowed else { return add(text) }
        var characters = Array(text)[...]
        while !characters.isEmpty {
            let width = min(characters.count, rng.int(24...32))
            add(String(characters.prefix(width)))
            characters = characters.dropFirst(width)
        }
    }

    mutating func opening(_ figures: Figures, _ rng: inout SplitMix64) {
        let document = template2019 ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号"
        if rng.chance(0.5) {
            add("\(agency.name)\(year)年政府信息公开工作年度报告")
        } else {
            add(agency.name)
            add("\(year)年政府信息公开工作年度报告")
        }
        add("本报告由\(agency.name)按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（\(document)）要求编制。")
        add("本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。本报告电子版可在本机关政府门户网站查阅或下载。如对本报告有疑问，请与\(agency.name)联系（联系电话：\(agency.areaCode)-\(rng.int(2_000_000...8_999_999))）。")
        add("一、总体情况")
        filler(&rng)
        add("（一）主动公开")
        let online = rng.int(0...figures.proactiveTotal)
        add("\(year)年，本机关主动公开政府信息\(figures.proactiveTotal)条，其中通过政府网站公开\(online)条，通过政务新媒体公开\(figures.proactiveTotal - online)条。")
        add("（二）依申请公开")
        switch figures.requestsNew {
        case 0?: add("\(year)年，本机关未收到政府信息公开申请。")
        case let n?: add("\(year)年，本机关共受理依申请公开\(n)件，均在法定期限内答复。")
        case nil: add("\(year)年，本机关依法规范办理政府信息公开申请，答复内容、格式和时限均符合要求。")
        }
        for title in ["（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"] {
            add(title)
            filler(&rng)
        }
    }

    mutating func closing(_ figures: Figures, _ rng: inout SplitMix64) {
        add("五、存在的主要问题及改进情况")
        filler(&rng)
        filler(&rng)
        add("六、其他需要报告的事项")
        add("（一）收取信息处理费的情况")
        add(figures.processingFee == 0 ? "\(year)年，本机关未收取信息处理费。"
            : "\(year)年，本机关共收取信息处理费\(figures.processingFee)元。")
        add("（二）人大代表建议和政协提案办理结果公开情况")
        add("\(year)年，本机关共承办人大代表建议\(figures.npc)件、政协提案\(figures.cppcc)件，均已按时办结并公开答复。")
        add("（三）本行政机关认为需要报告的其他事项")
        add("无。")
        add("")
        add(agency.name)
        add("\(year + 1)年\(figures.published.month)月\(figures.published.day)日")
    }
}
