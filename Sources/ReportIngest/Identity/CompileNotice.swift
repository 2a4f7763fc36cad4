/// The notice a report says it was compiled under — "根据《平武县人民政府办公室关于2021年度政府信息公开工作年度报告
/// 编制工作的通知》要求" (real 39), "《安徽省政务公开办公室关于做好2022年度政府信息公开工作年度报告编制…的通知》" (real 42).
/// Such a notice comes from the government the report's body answers to, so the place its issuer's name
/// opens with is the report's own place or one that holds it: a county notice gives county, city and
/// province; a city's, city and province; a province's, the province only. Used only to place a report
/// whose agency names no place (`RegionResolver`), and only when the other clues do not contradict it.
///
/// A title counts when it opens with a place, has 关于 after the issuer, 年度报告 after 关于 and ends with 通知.
/// Several such notices must lie on one chain (a county's and its province's): the deepest is taken;
/// notices of places that do not hold one another give nothing. An ambiguous county (市中区 alone) gives
/// nothing.
enum CompileNotice {
    static let titleReach = 80

    struct Found: Sendable {
        var match: RegionMatch
        var line: Int
        /// The deepest place the issuer names (county, else city, else province).
        var place: Place
    }

    static func find(_ flow: FlowText, _ parser: RegionParser) -> Found? {
        var found: [Found] = []
        var ambiguous = false
        CitedTitles.each(in: flow, reach: titleReach) { title, start in
            guard isCompileNotice(title) else { return }
            let match = parser.parse(title)
            if match.countyName != nil && match.county == nil { ambiguous = true }
            guard let place = match.county ?? match.city ?? match.province else { return }
            found.append(Found(match: match, line: flow.lineNumber(at: start), place: place))
        }
        guard !ambiguous, let deepest = found.max(by: { depth($0.place) < depth($1.place) }) else { return nil }
        let chain = found.allSatisfy { holds($0.place, deepest.place, parser.gazetteer) }
        return chain ? deepest : nil
    }

    /// 关于 after the issuer, 年度报告 after 关于, 通知 at the end.
    static func isCompileNotice(_ title: String) -> Bool {
        guard title.hasSuffix("通知"), let about = title.range(of: "关于"), about.lowerBound > title.startIndex else {
            return false
        }
        return title[about.upperBound...].contains("年度报告")
    }

    private static func depth(_ place: Place) -> Int { place.kind.rawValue }

    /// Whether `outer` is `inner` or a place that holds it.
    static func holds(_ outer: Place, _ inner: Place, _ gazetteer: Gazetteer) -> Bool {
        switch outer.kind {
        case .county: return outer.code == inner.code
        case .city: return outer.code == inner.code || gazetteer.city(of: inner)?.code == outer.code
        case .province: return outer.code == inner.provinceCode
        }
    }
}
