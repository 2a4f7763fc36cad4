import ReportModel

/// A synthetic table as an HTML `<table>` with the spans of the official forms: table 二's block headings
/// across the four columns; table 三's header (勾稽 note over three label columns and three header rows,
/// 法人或其他组织 over its five columns), 三、本年度办理结果 down the outcome rows, （三）–（六） down their
/// sub-rows; table 四's 行政复议 / 行政诉讼 headings over their blocks. Blank cells are empty `<td>`s.
enum HTMLTableRenderer {
    static func render(_ table: SynthTable) -> [String] {
        let rows: [[String]]
        switch table.width {
        case 8: rows = requests(table)
        case 15: rows = review(table)
        default: rows = proactive(table)
        }
        return ["<table border=\"1\" cellspacing=\"0\">"] + rows.map { "<tr>" + $0.joined() + "</tr>" } + ["</table>"]
    }

    private static func cell(_ text: String, rows: Int = 1, columns: Int = 1) -> String {
        let spans = (rows > 1 ? " rowspan=\"\(rows)\"" : "") + (columns > 1 ? " colspan=\"\(columns)\"" : "")
        return "<td\(spans)>" + HTMLPageRenderer.escaped(text) + "</td>"
    }

    /// Table 二: four columns; a one-cell heading spans them, a one-figure row's figure spans three.
    private static func proactive(_ table: SynthTable) -> [[String]] {
        table.rows.map { row in
            let texts = row.isHeader ? row.cells.map(\.text).filter { !$0.isEmpty } : [row.label] + row.cells.map(\.text)
            switch texts.count {
            case 1: return [cell(texts[0], columns: 4)]
            case 2: return [cell(texts[0]), cell(texts[1], columns: 3)]
            default: return texts.map { cell($0) }
            }
        }
    }

    /// Table 三: three label columns (三、…, the group, the row) and seven figures.
    private static func requests(_ table: SynthTable) -> [[String]] {
        let catalog = FieldCatalog.standard
        func requestRow(_ row: SynthRow) -> RequestRow? {
            guard let field = row.cells.first?.field else { return nil }
            return RequestRow.allCases.first { catalog.requests($0, .natural) == field }
        }
        let data = table.rows.filter { !$0.isHeader }
        let kinds = data.map(requestRow)
        let inBlock: (RequestRow?) -> Bool = { row in row.map { ![.new, .carriedIn, .carriedOut].contains($0) } ?? false }
        let blockSize = kinds.filter(inBlock).count
        let headers = table.rows.filter(\.isHeader).map { $0.cells.map(\.text) }
        var out: [[String]] = []
        if headers.count >= 4 {
            let organisations = headers[3].filter { !$0.isEmpty }
            out.append([cell(headers[0][0], rows: 3, columns: 3), cell(headers[1][0], columns: 7)])
            out.append([cell(headers[2][1], rows: 2), cell(headers[2][2], columns: 5), cell(headers[2][7], rows: 2)])
            out.append(organisations.map { cell($0) })
        }
        var startedBlock = false
        for (i, row) in data.enumerated() {
            var tr: [String] = []
            let kind = kinds[i]
            if inBlock(kind), !startedBlock {
                startedBlock = true
                tr.append(cell(row.prefix.first ?? "三、本年度办理结果", rows: blockSize))
            }
            let group = RequestRow.allCases.first { $0.children.contains(kind ?? .new) && $0 != .received }
            if let group, inBlock(kind) {
                let members = kinds.filter { $0.map(group.children.contains) ?? false }
                if members.first == kind { tr.append(cell(row.prefix.last ?? group.label, rows: members.count)) }
                tr.append(cell(row.label))
            } else {
                tr.append(cell(row.label, columns: inBlock(kind) ? 2 : 3))
            }
            out.append(tr + row.cells.map { cell($0.text) })
        }
        return out
    }

    /// Table 四: 行政复议 over five columns, 行政诉讼 over ten (两 blocks of five), one row of 15 figures.
    private static func review(_ table: SynthTable) -> [[String]] {
        let headers = table.rows.filter(\.isHeader).map { $0.cells.map(\.text) }
        var out: [[String]] = []
        if headers.count >= 3 {
            let outcomes = Array(headers[1].prefix(5))
            out.append([cell(headers[0][0], columns: 5), cell(headers[0][5], columns: 10)])
            out.append(outcomes.map { cell($0, rows: 2) } + [cell(headers[1][5], columns: 5), cell(headers[1][10], columns: 5)])
            out.append(Array(headers[2].suffix(10)).map { cell($0) })
        }
        for row in table.rows where !row.isHeader { out.append(row.cells.map { cell($0.text) }) }
        return out
    }
}
