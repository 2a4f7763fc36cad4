import ReportModel

/// What a correct reader gets from tables printed as glued web text (`Layout.webText`), worked out by
/// brute force from the printed characters, independently of the parser. A row's characters (digits, 无,
/// decimal points; spaces dropped) are cut in every possible way into its cells — a cell is 无 alone, or at
/// most 9 digits without a leading zero ("0" itself aside); a one-cell row may hold a decimal — and a row
/// is read only where the cut is certain:
/// - the row has one cut only: read as printed;
/// - table 四: else the one cut whose three blocks add up (four outcomes = 总计);
/// - table 三: else its cuts whose six applicant columns add up to 总计 are combined with those of the other
///   rows left open, and a combination counts when every column sum that involves an open row, and whose
///   other rows are read, holds (一 + 二 = （七）+ 四, （七）= the outcome rows); the row is read when it is
///   cut the same way in every such combination.
/// Anything else is null. Over 20 000 cuts of a row, or 100 000 combinations, are not tried (null).
struct GluedOracle {
    static let cutLimit = 20_000
    static let combinationLimit = 100_000

    /// The values each data row reads as, by row index; rows left null are absent.
    private(set) var rows: [Int: [Value]] = [:]
    private(set) var counts = GluedRowCounts()

    /// Counts a printed row: read from its only cut, read by sums, or (neither) left null.
    private mutating func count(alone: Bool, bySums: Bool) {
        counts.rows += 1
        if alone { counts.splitAlone += 1 } else if bySums { counts.splitBySums += 1 } else { counts.leftNull += 1 }
    }

    init(proactive table: SynthTable) {
        for (i, row) in table.rows.enumerated() where !row.isHeader {
            let tokens = Self.tokens(row)
            if row.cells.count == 1 {
                if let value = Self.single(tokens, amount: row.cells[0].value.type == .decimal) { rows[i] = [value] }
            } else if let cuts = Self.cuts(tokens, into: row.cells.count), cuts.count == 1 {
                rows[i] = cuts[0].map(Value.integer)
            }
            count(alone: rows[i] != nil, bySums: false)
        }
    }

    init(review table: SynthTable) {
        for (i, row) in table.rows.enumerated() where !row.isHeader {
            let cuts = Self.cuts(Self.tokens(row), into: row.cells.count) ?? []
            let kept = cuts.count == 1 ? cuts : cuts.filter { Self.addsUp($0, groups: 5) }
            if kept.count == 1 { rows[i] = kept[0].map(Value.integer) }
            count(alone: cuts.count == 1, bySums: kept.count == 1)
        }
    }

    init(requests table: SynthTable, printedRows: [RequestRow]) {
        let catalog = FieldCatalog.standard
        var index: [RequestRow: Int] = [:]
        for (i, row) in table.rows.enumerated() where !row.isHeader {
            guard let field = row.cells.first?.field,
                  let printed = printedRows.first(where: { catalog.requests($0, .natural) == field }) else { continue }
            index[printed] = i
        }
        var known: [RequestRow: [Int]] = [:]
        var open: [(row: RequestRow, cuts: [[Int]])] = []
        for printed in printedRows {
            guard let i = index[printed], let cuts = Self.cuts(Self.tokens(table.rows[i]), into: 7) else { continue }
            if cuts.count == 1 {
                known[printed] = cuts[0]
            } else {
                let adding = cuts.filter { Self.addsUp($0, groups: 7) }
                if !adding.isEmpty { open.append((printed, adding)) }
            }
        }
        let combined = Self.combine(open, known: known, printedRows: printedRows)
        for printed in printedRows {
            guard let i = index[printed] else { continue }
            if let cells = known[printed] ?? combined[printed] { rows[i] = cells.map(Value.integer) }
            count(alone: known[printed] != nil, bySums: combined[printed] != nil)
        }
    }

    /// The open rows read by combining their cuts under the column sums.
    private static func combine(
        _ open: [(row: RequestRow, cuts: [[Int]])], known: [RequestRow: [Int]], printedRows: [RequestRow]
    ) -> [RequestRow: [Int]] {
        guard !open.isEmpty, open.reduce(1.0, { $0 * Double($1.cuts.count) }) <= Double(combinationLimit) else { return [:] }
        let outcomes = printedRows.filter { ![.new, .carriedIn, .processed, .carriedOut].contains($0) }
        let sums: [([RequestRow], [RequestRow])] = [([.new, .carriedIn], [.processed, .carriedOut]), ([.processed], outcomes)]
        let openRows = Set(open.map(\.row))
        var checks: [(column: Int, plus: [RequestRow], minus: [RequestRow])] = []
        for column in 0..<7 {
            for (plus, minus) in sums where (plus + minus).contains(where: openRows.contains)
                && (plus + minus).allSatisfy({ openRows.contains($0) || known[$0] != nil }) {
                checks.append((column, plus, minus))
            }
        }
        var seen = Array(repeating: Set<[Int]>(), count: open.count)
        var solutions = 0
        // Every combination, as a mixed-radix counter over the open rows' cuts.
        var choice = Array(repeating: 0, count: open.count)
        while true {
            var cells = known
            for (k, o) in open.enumerated() { cells[o.row] = o.cuts[choice[k]] }
            let holds = checks.allSatisfy { check in
                check.plus.reduce(0) { $0 + cells[$1]![check.column] } == check.minus.reduce(0) { $0 + cells[$1]![check.column] }
            }
            if holds {
                solutions += 1
                for (k, o) in open.enumerated() { seen[k].insert(o.cuts[choice[k]]) }
            }
            var k = 0
            while k < open.count {
                choice[k] += 1
                if choice[k] < open[k].cuts.count { break }
                choice[k] = 0
                k += 1
            }
            if k == open.count { break }
        }
        var read: [RequestRow: [Int]] = [:]
        for (k, o) in open.enumerated() where solutions > 0 && seen[k].count == 1 { read[o.row] = seen[k].first }
        return read
    }

    /// The row's printed characters, spaces dropped, full-width digits as ASCII.
    private static func tokens(_ row: SynthRow) -> [Character] {
        row.cells.map(\.text).joined().compactMap { c -> Character? in
            if c == " " || c == "\u{3000}" { return nil }
            if let digit = "０１２３４５６７８９".firstIndex(of: c) {
                return Character(String("０１２３４５６７８９".distance(from: "０１２３４５６７８９".startIndex, to: digit)))
            }
            return c
        }
    }

    /// Every cut into `count` cells (brute force over the positions of the `count - 1` cuts); nil when
    /// there are more than `cutLimit`.
    static func cuts(_ tokens: [Character], into count: Int) -> [[Int]]? {
        guard count >= 1, tokens.count >= count else { return [] }
        var found: [[Int]] = []
        var positions = Array(1..<count)  // cut before tokens[position]
        while true {
            let bounds = [0] + positions + [tokens.count]
            var cells: [Int] = []
            for k in 0..<count {
                guard let value = cell(tokens[bounds[k]..<bounds[k + 1]]) else { break }
                cells.append(value)
            }
            if cells.count == count {
                found.append(cells)
                if found.count > cutLimit { return nil }
            }
            // Next combination of cut positions in 1..<tokens.count.
            var k = positions.count - 1
            while k >= 0, positions[k] == tokens.count - (positions.count - k) { k -= 1 }
            if k < 0 { break }
            positions[k] += 1
            for j in (k + 1)..<positions.count { positions[j] = positions[j - 1] + 1 }
        }
        return found
    }

    /// One cell of a count: 无, or up to 9 digits without a leading zero.
    private static func cell(_ s: ArraySlice<Character>) -> Int? {
        if s.count == 1, s.first == "无" { return 0 }
        guard s.count <= 9, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if s.count > 1, s.first == "0" { return nil }
        return Int(String(s))
    }

    /// A one-cell row: a count, or (`amount`) a decimal with one point between digits.
    private static func single(_ tokens: [Character], amount: Bool) -> Value? {
        if tokens == ["无"] { return amount ? .decimal(0) : .integer(0) }
        let parts = tokens.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 15, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              whole.count == 1 || whole.first != "0", let wholeValue = Int(String(whole)) else { return nil }
        if parts.count == 1 { return amount ? .decimal(Double(wholeValue)) : .integer(wholeValue) }
        guard amount, parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Double(String(tokens)) else { return nil }
        return .decimal(value)
    }

    /// Each group's last cell is the sum of the others.
    private static func addsUp(_ cells: [Int], groups size: Int) -> Bool {
        stride(from: 0, to: cells.count, by: size).allSatisfy { start in
            let group = cells[start..<min(start + size, cells.count)]
            return group.dropLast().reduce(0, +) == group.last
        }
    }
}
