/// Which candidate names the publisher — the one place this is decided.
///
/// 1. Candidates that name the same body are grouped (`sameBody`: the same body after the region prefix,
///    and regions that do not contradict: 市中区工业和信息化局 and 枣庄市市中区工业和信息化局 agree,
///    济宁市工业和信息化局 and 兖州区工业和信息化局 do not). A support candidate (请与…联系, 来源) joins a
///    group it agrees with, or names a unit of (济宁市工业和信息化局办公室), and is otherwise dropped:
///    a support place is often the site's owner or the superior.
/// 2. Only strong places (title, metadata, opening sentence, signature) can carry a name. None: null, and a
///    warning that says what the text did name, if anything.
/// 3. One group: it wins. Several: the group that more places agree on (each place counted once) wins
///    when at least two places agree on it, with a warning naming the loser; otherwise null and a warning
///    naming each candidate — never a guess.
/// 4. The winner's name as printed is that of its first place (title, metadata, opening, signature); its
///    fullest name the one with the longest region prefix, which `RegionResolver` makes canonical.
enum AgencyChoice {
    struct Decision: Sendable {
        var printed: AgencyCandidate?
        var fullest: AgencyCandidate?
        var warnings: [String] = []
    }

    static func decide(_ candidates: [AgencyCandidate], parser: RegionParser = .shared, cited: AgencyFinder.Found? = nil) -> Decision {
        var groups: [[AgencyCandidate]] = []
        for candidate in candidates where candidate.place.isStrong {
            if let index = groups.firstIndex(where: { sameBody($0[0].name, candidate.name, parser) }) {
                groups[index].append(candidate)
            } else {
                groups.append([candidate])
            }
        }
        for candidate in candidates where !candidate.place.isStrong {
            if let index = groups.firstIndex(where: { group in
                group.contains { sameBody($0.name, candidate.name, parser) || candidate.name.hasPrefix($0.name) }
            }) { groups[index].append(candidate) }
        }
        var decision = Decision()
        guard !groups.isEmpty else {
            var why = "agency unknown: no title, metadata, opening sentence or signature names the publisher"
            let support = candidates.filter { !$0.place.isStrong }.map(describe)
            if !support.isEmpty { why += "; only \(support.joined(separator: ", ")), which may name another body" }
            if let cited { why += "; cited documents name \(cited.name) (line \(cited.line)), which says who wrote them, not who published this" }
            decision.warnings.append(why)
            return decision
        }
        let scored = groups.map { group in (group, Set(group.map(\.place)).count) }.sorted { $0.1 > $1.1 }
        if scored.count > 1 {
            let (best, score) = scored[0]
            let others = scored.dropFirst().map { summary($0.0) }.joined(separator: "; ")
            guard score >= 2, score > scored[1].1 else {
                decision.warnings.append("agency unknown: the report names different publishers: "
                                         + scored.map { summary($0.0) }.joined(separator: "; "))
                return decision
            }
            decision.warnings.append("agency \(best[0].name) (\(places(best))) chosen over \(others): more places agree on it")
        }
        let winner = scored[0].0
        let printed = winner.filter(\.place.isStrong).min { $0.place < $1.place }!
        decision.printed = printed
        decision.fullest = winner.filter(\.place.isStrong).max { a, b in
            let (la, lb) = (parser.parse(a.name).length, parser.parse(b.name).length)
            return la != lb ? la < lb : a.place > b.place
        }
        return decision
    }

    /// Two names of one body: the same body after the region prefix, and regions that agree where both
    /// name a unit (province, city, county, township). A name without any region agrees with any.
    static func sameBody(_ a: String, _ b: String, _ parser: RegionParser) -> Bool {
        if a == b { return true }
        let (ma, mb) = (parser.parse(a), parser.parse(b))
        guard a.dropFirst(ma.length) == b.dropFirst(mb.length) else { return false }
        if ma.isEmpty || mb.isEmpty { return true }
        guard ma.countyName == mb.countyName, ma.township == mb.township else { return false }
        if let ca = ma.city, let cb = mb.city, ca.code != cb.code { return false }
        if let pa = ma.province, let pb = mb.province, pa.code != pb.code { return false }
        return true
    }

    static func describe(_ candidate: AgencyCandidate) -> String {
        "\(candidate.place.label) \(candidate.name) (line \(candidate.line))"
    }

    static func places(_ group: [AgencyCandidate]) -> String {
        group.map { "\($0.place.label) line \($0.line)" }.joined(separator: ", ")
    }

    static func summary(_ group: [AgencyCandidate]) -> String { "\(group[0].name) (\(places(group)))" }
}
