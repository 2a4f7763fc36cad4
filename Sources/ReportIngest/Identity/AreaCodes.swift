import Foundation

/// Telephone area codes and government website hosts that name a place, as evidence of a report's region
/// (format.md §7.3). Area codes give the city only: every prefecture-level city's code, from the bundled
/// `areacodes.tsv` (libphonenumber's table, Apache-2.0, see areacodes.LICENSE). Hosts: each province's
/// `gov.cn` host (a province only) and the cities of the corpus agencies (matched as a suffix at a dot).
enum AreaCodes {
    /// Area code ("0537") → the city's name in the gazetteer; empty if the resource cannot be read.
    static let cities: [String: String] = {
        guard let url = Bundle.module.url(forResource: "areacodes", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return table(text)
    }()

    /// `code<TAB>city[<TAB>…]` lines; `#` comments and malformed lines ignored.
    static func table(_ text: String) -> [String: String] {
        var cities: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, (3...4).contains(fields[0].count), fields[0].hasPrefix("0"),
                  fields[0].allSatisfy(\.isASCII), fields[0].allSatisfy(\.isNumber), !fields[1].isEmpty else { continue }
            cities[String(fields[0])] = String(fields[1])
        }
        return cities
    }

    /// City hosts (the corpus agencies and their cities).
    static let hosts: [String: String] = [
        "jining.gov.cn": "济宁市", "yanzhou.gov.cn": "济宁市", "zaozhuang.gov.cn": "枣庄市",
        "zzszq.gov.cn": "枣庄市", "liaocheng.gov.cn": "聊城市", "jinan.gov.cn": "济南市",
        "jiyang.gov.cn": "济南市", "qingdao.gov.cn": "青岛市", "zibo.gov.cn": "淄博市", "dezhou.gov.cn": "德州市",
        "yantai.gov.cn": "烟台市", "weifang.gov.cn": "潍坊市", "taian.gov.cn": "泰安市", "linyi.gov.cn": "临沂市",
        "heze.gov.cn": "菏泽市", "binzhou.gov.cn": "滨州市", "dongying.gov.cn": "东营市", "weihai.gov.cn": "威海市",
        "rizhao.gov.cn": "日照市", "beijing.gov.cn": "北京市", "sh.gov.cn": "上海市", "tj.gov.cn": "天津市",
        "cq.gov.cn": "重庆市", "zhanjiang.gov.cn": "湛江市", "ordos.gov.cn": "鄂尔多斯市", "np.gov.cn": "南平市",
        "leshan.gov.cn": "乐山市", "suqian.gov.cn": "宿迁市",
    ]

    /// Each province's (and autonomous region's) own host; a host below one names only the province.
    static let provinceHosts: [String: String] = [
        "hebei.gov.cn": "河北省", "shanxi.gov.cn": "山西省", "nmg.gov.cn": "内蒙古自治区", "ln.gov.cn": "辽宁省",
        "jl.gov.cn": "吉林省", "hlj.gov.cn": "黑龙江省", "jiangsu.gov.cn": "江苏省", "js.gov.cn": "江苏省",
        "zj.gov.cn": "浙江省", "ah.gov.cn": "安徽省", "fujian.gov.cn": "福建省", "jiangxi.gov.cn": "江西省",
        "shandong.gov.cn": "山东省", "sd.gov.cn": "山东省", "henan.gov.cn": "河南省", "hubei.gov.cn": "湖北省",
        "hunan.gov.cn": "湖南省", "gd.gov.cn": "广东省", "gxzf.gov.cn": "广西壮族自治区", "hainan.gov.cn": "海南省",
        "sc.gov.cn": "四川省", "guizhou.gov.cn": "贵州省", "yn.gov.cn": "云南省", "xizang.gov.cn": "西藏自治区",
        "shaanxi.gov.cn": "陕西省", "gansu.gov.cn": "甘肃省", "qinghai.gov.cn": "青海省", "nx.gov.cn": "宁夏回族自治区",
        "xinjiang.gov.cn": "新疆维吾尔自治区",
    ]

    /// The city of a host, by its longest known suffix.
    static func city(ofHost host: String) -> String? { lookup(host, hosts) }

    /// The province of a host below a province's own host (gxj.jiangsu.gov.cn → 江苏省).
    static func province(ofHost host: String) -> String? { lookup(host, provinceHosts) }

    private static func lookup(_ host: String, _ table: [String: String]) -> String? {
        var host = host.lowercased()
        while true {
            if let name = table[host] { return name }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
        }
    }
}
