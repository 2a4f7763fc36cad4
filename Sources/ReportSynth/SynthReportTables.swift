/// The three tables of one synthetic report and how each is presented, with the report-level edits
/// (images, rows left out, blank cells, a broken sum) and the text of sections 二 to 四.
struct SynthReportTables {
    let template2019: Bool
    let figures: RequestFigures
    var proactive: TablePresentation
    var requests: TablePresentation
    var review: TablePresentation
    /// Table 三 printed straight after table 二 without its heading (report 001).
    var omitRequestsHeading = false

    /// - Parameter carriedIn: the six applicant columns' 上年结转 (a panel's figures from the year before);
    ///   nil to draw them.
    init(_ rng: inout SplitMix64, style: SynthStyle, template2019: Bool, scale: Int = 4, carriedIn: [Int]? = nil) {
        self.template2019 = template2019
        proactive = .text(template2019 ? SynthTables.proactive2019(&rng, style: style)
            : SynthTables.proactive2021(&rng, style: style))
        var figures = RequestFigures(&rng, template2019: template2019, scale: scale)
        if let carriedIn { figures.carryIn(carriedIn) }
        self.figures = figures
        requests = .text(SynthTables.requests(figures, style: style))
        review = .text(SynthTables.review(&rng, style: style))
    }

    /// Tables 二 and 三 as images; table 四 an image, absent or text.
    mutating func pasteAsImages(_ rng: inout SplitMix64) {
        proactive = .image
        requests = .image
        review = rng.pick([.image, .absent, review])
    }

    /// Report 001's hazards: rows of table 二 and 三 left out, table 三 maybe without heading or headers.
    mutating func leaveOutRows(_ rng: inout SplitMix64, flowed: Bool) {
        if case .text(var t) = proactive {
            var required = t.dataRowIndices.filter { t.rows[$0].required }
            var drop = Set<Int>()
            for _ in 0..<rng.int(1...3) {
                let i = rng.int(0...(required.count - 1))
                drop.insert(required.remove(at: i))
            }
            t.dropRows(drop)
            proactive = .text(t)
        }
        if case .text(var t) = requests {
            let rows = t.dataRowIndices
            switch rng.int(0...2) {
            case 0:
                t.dropRows(Set(rows.dropLast(2)))
                t.dropHeaders()
            case 1:
                t.dropRows(Set(rows.dropFirst(rng.int(2...20))))
            default:
                let kept = Set(rows.filter { _ in rng.chance(0.5) }).union([rows[rows.count - 1], rows[0]])
                t.dropRows(Set(rows).subtracting(kept))
            }
            requests = .text(t)
        }
        omitRequestsHeading = !flowed && rng.chance(0.5)
        review = rng.chance(0.6) ? review : rng.pick([.image, .absent])
    }

    /// A few blank cells (null) in some reports, never in the 2019 table 二; `keepLast` for one-cell-per-line
    /// text without blank lines between rows.
    mutating func blankSomeCells(_ rng: inout SplitMix64, keepLast: Bool) {
        if !template2019, rng.chance(0.2), case .text(var t) = proactive {
            t.blankCells(rng.int(1...2), keepLast: keepLast, &rng)
            proactive = .text(t)
        }
        if rng.chance(0.3), case .text(var t) = requests {
            t.blankCells(rng.int(1...3), keepLast: keepLast, &rng)
            requests = .text(t)
        }
        if rng.chance(0.15), case .text(var t) = review {
            t.blankCells(1, keepLast: keepLast, &rng)
            review = .text(t)
        }
    }

    /// Changes one figure of table 三 or 四 so that a check fails; false when neither is printed.
    mutating func perturb(_ rng: inout SplitMix64) -> Bool {
        if rng.chance(0.7), case .text(var t) = requests, t.perturb(&rng) {
            requests = .text(t)
            return true
        }
        if case .text(var t) = review, t.perturb(&rng) {
            review = .text(t)
            return true
        }
        return false
    }

    /// Sections 二, 三 and 四: headings (numbering and wording variants) and the tables.
    func lines(layout: Layout, style: SynthStyle, _ rng: inout SplitMix64) -> [String] {
        let arabic = rng.chance(0.2)
        let headings = [
            (arabic ? "2、 " : "二、", rng.pick(["主动公开政府信息情况", "行政机关主动公开政府信息情况"])),
            (arabic ? "3、 " : "三、", rng.pick(["收到和处理政府信息公开申请情况", "行政机关收到和处理政府信息公开申请情况"])),
            (arabic ? "4、 " : "四、", rng.pick(["政府信息公开行政复议、行政诉讼情况",
                                               "因政府信息公开工作被申请行政复议、提起行政诉讼情况"])),
        ]
        var lines: [String] = []
        for (i, table) in [proactive, requests, review].enumerated() {
            let (number, title) = headings[i]
            let blank = layout == .pdfFlowed ? [""] : []
            let heading = layout == .html ? HTMLPageRenderer.paragraph(number + title) : number + title
            switch table {
            case .text(let t):
                if !(i == 1 && omitRequestsHeading) { lines += [heading] + blank }
                lines += TableRenderer.lines(t, layout: layout, style: style, rng: &rng)
            case .absent:
                lines += [heading] + blank
            case .image:
                let image = "[image: \(rng.pick(["表", "微信截图_2023011714", "image"]))\(rng.int(1...99))]"
                if rng.chance(0.2) {
                    lines.append(number + image + title)
                } else {
                    lines += [number + title, (rng.chance(0.5) ? "[bookmark: _Hlk\(rng.int(100_000...999_999))]" : "") + image]
                }
                lines += blank
            }
        }
        return lines
    }
}
