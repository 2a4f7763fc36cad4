/// Telephone area codes and government website hosts that name a city, as evidence of a report's region
/// (format.md §7.3). Area codes give the city only. Shandong's codes (the corpus is Shandong) and the
/// three-digit codes of the large cities; hosts of the corpus agencies and their cities.
enum AreaCodes {
    static let cities: [String: String] = [
        "010": "北京市", "020": "广州市", "021": "上海市", "022": "天津市", "023": "重庆市", "024": "沈阳市",
        "025": "南京市", "027": "武汉市", "028": "成都市", "029": "西安市",
        "0531": "济南市", "0532": "青岛市", "0533": "淄博市", "0534": "德州市", "0535": "烟台市",
        "0536": "潍坊市", "0537": "济宁市", "0538": "泰安市", "0539": "临沂市", "0530": "菏泽市",
        "0543": "滨州市", "0546": "东营市", "0631": "威海市", "0632": "枣庄市", "0633": "日照市",
        "0634": "济南市", "0635": "聊城市",
    ]

    /// Website hosts (matched as a suffix of the host, at a dot) and the city they belong to.
    static let hosts: [String: String] = [
        "jining.gov.cn": "济宁市", "yanzhou.gov.cn": "济宁市", "zaozhuang.gov.cn": "枣庄市",
        "zzszq.gov.cn": "枣庄市", "liaocheng.gov.cn": "聊城市", "jinan.gov.cn": "济南市",
        "jiyang.gov.cn": "济南市", "qingdao.gov.cn": "青岛市", "zibo.gov.cn": "淄博市", "dezhou.gov.cn": "德州市",
        "yantai.gov.cn": "烟台市", "weifang.gov.cn": "潍坊市", "taian.gov.cn": "泰安市", "linyi.gov.cn": "临沂市",
        "heze.gov.cn": "菏泽市", "binzhou.gov.cn": "滨州市", "dongying.gov.cn": "东营市", "weihai.gov.cn": "威海市",
        "rizhao.gov.cn": "日照市", "beijing.gov.cn": "北京市", "sh.gov.cn": "上海市", "tj.gov.cn": "天津市",
        "cq.gov.cn": "重庆市",
    ]

    /// The city of a host, by its longest known suffix.
    static func city(ofHost host: String) -> String? {
        var host = host.lowercased()
        while true {
            if let city = hosts[host] { return city }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
        }
    }
}
