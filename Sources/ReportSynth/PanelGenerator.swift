/// Generates a panel corpus: the same bodies' reports year after year, as evaluators see the real one —
/// one report per body and year, deterministic for a seed.
///
/// Bodies are drawn from `PanelPlaces` in an order shuffled by the seed, and each is given the years
/// `years` (a year missing with probability `missingYear`, at least one kept), its reports one after
/// another until `next()` has been asked for as many as wanted (so the last body may stop early).
/// Per body: one layout for every year (the 2019 template for 2019–2020 unless its tables are images);
/// with probability `copier`, each year's report copies the year before's word for word but for the years
/// (`SyntheticReport.copiedToNextYear`: `similarity.prev` ≥ 0.9, figures repeated), else it is written
/// afresh, its prose drawn from a seed of its own (`PanelProse`). Per report written afresh: published late (after 31 January; every body is a department) with
/// probability `late`; 上年结转 is the year before's 结转下年度 (`check.carryover` true) unless that year is
/// missing or, with probability `carryMismatch`, drawn afresh.
public struct PanelGenerator: Sendable {
    public static let years = 2019...2024
    static let missingYear = 0.15
    static let copier = 0.1
    static let late = 0.1
    static let carryMismatch = 0.1
    /// The layouts a body prints its tables in (the 2019 template is chosen by year, not drawn).
    static let layouts = Layout.allCases.filter { $0 != .template2019 }

    private var reports: ReportGenerator
    private var rng: SplitMix64
    private var order: [Int]
    private var nextBody = 0
    private var queue: [PanelSlot] = []
    private var layout = Layout.tabRows
    /// The current body's report of the year before, if any.
    private var last: SyntheticReport?

    public init(seed: UInt64) {
        reports = ReportGenerator(seed: seed)
        rng = SplitMix64(seed: seed ^ 0x7061_6E65_6C00_0000)  // "panel"
        order = Array(PanelPlaces.bodies.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.int(0...i)) }
    }

    /// The next report: the next year of the current body, or the first of the next body.
    /// (After every body has had its years, the bodies begin again with their years shifted by six.)
    public mutating func next() -> SyntheticReport {
        if queue.isEmpty { startBody() }
        var slot = queue.removeFirst()
        let report: SyntheticReport
        if slot.copies, let last, last.year == slot.year - 1 {
            report = last.copiedToNextYear(fileName: reports.nextFileName(last.layout.fileExtension))
        } else {
            if let last, last.year == slot.year - 1, !rng.chance(Self.carryMismatch) { slot.carriedIn = last.carriedOut }
            let printed = slot.year <= 2020 && layout != .image ? Layout.template2019 : layout
            report = reports.next(layout: printed, slot: slot)
        }
        last = report
        return report
    }

    private mutating func startBody() {
        let round = nextBody / order.count
        let agency = PanelPlaces.bodies[order[nextBody % order.count]]
        nextBody += 1
        layout = rng.pick(Self.layouts)
        last = nil
        var years = Self.years.filter { _ in !rng.chance(Self.missingYear) }
        if years.isEmpty { years = [rng.int(Self.years)] }
        let copies = rng.chance(Self.copier)
        let bodySeed = rng.next()
        queue = years.map { year in
            let published = rng.chance(Self.late) ? (rng.int(2...3), rng.int(1...28)) : (1, rng.int(1...31))
            let prose = bodySeed ^ UInt64(year) &* 0x9E37_79B9_7F4A_7C15
            return PanelSlot(agency: agency, year: year + 6 * round, published: published, carriedIn: nil,
                             proseSeed: prose, copies: copies)
        }
    }
}

/// What `PanelGenerator` fixes for one report that `ReportGenerator` would otherwise draw.
struct PanelSlot: Sendable {
    var agency: SyntheticAgency
    var year: Int
    var published: (month: Int, day: Int)
    /// The six applicant columns' 上年结转; nil to draw them.
    var carriedIn: [Int]?
    /// The seed of the paragraphs without figures (`PanelProse`).
    var proseSeed: UInt64
    /// The body copies its report of the year before, when there is one.
    var copies: Bool
}
