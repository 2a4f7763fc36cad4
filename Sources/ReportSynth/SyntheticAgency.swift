/// The reporting body of a synthetic report: a real place (province / city / county) and a department.
public struct SyntheticAgency: Sendable, Hashable {
    /// Full name as the title prints it ("济南市历城区工业和信息化局").
    public let name: String
    /// The body without its region prefix ("工业和信息化局").
    public let dept: String
    public let province: String
    /// Nil for a province-level body.
    public let city: String?
    /// 区/县/县级市; nil above county level.
    public let county: String?
    /// `province`, `city` or `county` (fields.md `level`).
    public let level: String
    /// Landline area code of the city ("0531").
    public let areaCode: String
}

/// A small built-in list of real places across several provinces, for agency names.
enum PlaceList {
    struct City {
        let province: String
        let name: String
        let areaCode: String
        let counties: [String]
    }

    static let cities: [City] = [
        City(province: "山东省", name: "济南市", areaCode: "0531", counties: ["历城区", "济阳区", "章丘区"]),
        City(province: "山东省", name: "青岛市", areaCode: "0532", counties: ["黄岛区", "即墨区"]),
        City(province: "山东省", name: "济宁市", areaCode: "0537", counties: ["兖州区", "曲阜市"]),
        City(province: "山东省", name: "枣庄市", areaCode: "0632", counties: ["市中区", "滕州市"]),
        City(province: "山东省", name: "聊城市", areaCode: "0635", counties: ["东昌府区", "临清市"]),
        City(province: "江苏省", name: "南京市", areaCode: "025", counties: ["鼓楼区", "江宁区"]),
        City(province: "江苏省", name: "苏州市", areaCode: "0512", counties: ["吴江区", "昆山市"]),
        City(province: "江苏省", name: "淮安市", areaCode: "0517", counties: ["淮安区", "涟水县"]),
        City(province: "浙江省", name: "杭州市", areaCode: "0571", counties: ["西湖区", "余杭区"]),
        City(province: "浙江省", name: "宁波市", areaCode: "0574", counties: ["鄞州区", "余姚市"]),
        City(province: "浙江省", name: "舟山市", areaCode: "0580", counties: ["定海区", "岱山县"]),
        City(province: "广东省", name: "深圳市", areaCode: "0755", counties: ["龙岗区", "南山区"]),
        City(province: "广东省", name: "广州市", areaCode: "020", counties: ["天河区", "番禺区"]),
        City(province: "四川省", name: "成都市", areaCode: "028", counties: ["武侯区", "双流区"]),
        City(province: "四川省", name: "乐山市", areaCode: "0833", counties: ["市中区", "峨眉山市"]),
        City(province: "湖北省", name: "武汉市", areaCode: "027", counties: ["江岸区", "洪山区"]),
        City(province: "湖北省", name: "宜昌市", areaCode: "0717", counties: ["夷陵区", "当阳市"]),
        City(province: "陕西省", name: "西安市", areaCode: "029", counties: ["阎良区", "雁塔区"]),
        City(province: "河南省", name: "郑州市", areaCode: "0371", counties: ["金水区", "中牟县"]),
        City(province: "安徽省", name: "宣城市", areaCode: "0563", counties: ["宁国市", "郎溪县"]),
        City(province: "青海省", name: "海东市", areaCode: "0972", counties: ["乐都区", "化隆回族自治县"]),
    ]

    static let departments = [
        "工业和信息化局", "商务局", "生态环境局", "自然资源局", "交通运输局", "民政局", "财政局", "教育局",
        "市场监督管理局", "人民政府办公室",
    ]

    static let provincialDepartments = ["工业和信息化厅", "商务厅", "民政厅", "人民政府办公厅"]

    /// A county (50%), city (35%) or province-level (15%) body.
    static func agency(_ rng: inout SplitMix64) -> SyntheticAgency {
        let city = rng.pick(cities)
        let roll = rng.int(0...99)
        if roll < 15 {
            let dept = rng.pick(provincialDepartments)
            return SyntheticAgency(name: city.province + dept, dept: dept, province: city.province, city: nil,
                                   county: nil, level: "province", areaCode: city.areaCode)
        }
        let dept = rng.pick(departments)
        if roll < 50 {
            return SyntheticAgency(name: city.name + dept, dept: dept, province: city.province, city: city.name,
                                   county: nil, level: "city", areaCode: city.areaCode)
        }
        let county = rng.pick(city.counties)
        let prefix = county.hasSuffix("区") ? city.name + county : county
        return SyntheticAgency(name: prefix + dept, dept: dept, province: city.province, city: city.name,
                               county: county, level: "county", areaCode: city.areaCode)
    }
}
