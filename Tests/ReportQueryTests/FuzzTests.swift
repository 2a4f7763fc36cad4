import Foundation
import XCTest
import ReportModel
@testable import ReportQuery

/// Thousands of random and mutated statements (seeded, so every run is the same): each must end in a
/// result or a `QueryError` with a range inside the text — never a crash or a hang — through the
/// splitter, `isComplete`, lexer, parser, binder and evaluator. FUZZ_SEED and FUZZ_ROUNDS in the
/// environment explore further (the default run is fixed).
final class FuzzTests: XCTestCase {
    func testRandomAndMutatedStatements() {
        var generator = QueryGenerator(seed: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 0x9E37_79B9_7F4A_7C15)
        var database = Fixtures.database()
        var results = 0
        var errors = 0
        var statements: [String] = []
        for round in 0..<(Int(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"] ?? "") ?? 4_000) {
            let text: String
            switch round % 4 {
            case 0, 1: text = generator.statement()
            case 2: text = generator.mutate(statements.randomElement(using: &generator.random) ?? generator.statement())
            default: text = generator.noise()
            }
            statements.append(text)
            if let error = FuzzStep.run(text, in: &database) {
                errors += 1
                if let range = error.range { FuzzStep.assertInside(range, text, error) }
            } else {
                results += 1
            }
            if database.views.count > 6 {
                for name in database.views.keys.sorted() { _ = try? database.execute("drop view `\(name)`") }
            }
        }
        XCTAssertGreaterThan(results, 800, "the generator should produce many valid statements")
        XCTAssertGreaterThan(errors, 800, "and many invalid ones")
    }

    /// On a few thousand random reports (several chunks, top-k selections, dictionary-encoded text),
    /// random well-typed queries give the same rows over the corpus as over a plain view of it, which
    /// has no dictionaries or byte layouts.
    func testCorpusAndViewPathsAgreeOnALargerCorpus() throws {
        var random = SeededRandom(state: 2024)
        let catalog = FieldCatalog.standard
        let provinces = ["山东省", "北京市", "上海市", "广东省", "四川省"]
        let records = (0..<3_000).map { i -> ReportRecord in
            var record = ReportRecord()
            func maybe(_ value: Value) -> Value { Int.random(in: 0..<8, using: &random) == 0 ? .null : value }
            record.set(catalog.id("id"), .text("r\(i)"), line: 0, origin: .derived)
            record.set(catalog.id("agency"), maybe(.text("机关\(Int.random(in: 0..<900, using: &random))局")), line: 1, origin: .narrative)
            record.set(catalog.id("province"), maybe(.text(provinces.randomElement(using: &random)!)), line: 1, origin: .narrative)
            record.set(catalog.id("year"), maybe(.integer(Int.random(in: 2019...2023, using: &random))), line: 2, origin: .narrative)
            record.set(catalog.id("requests.new.total"), maybe(.integer(Int.random(in: 0..<60, using: &random))), line: 3, origin: .table)
            record.set(catalog.id("requests.new.natural"), maybe(.integer(Int.random(in: 0..<40, using: &random))), line: 3, origin: .table)
            record.set(catalog.id("proactive.fees"), maybe(.decimal(Double(Int.random(in: 0..<1000, using: &random)) / 4)), line: 4, origin: .table)
            record.set(catalog.id("check.ok"), maybe(.bool(Bool.random(using: &random))), line: 0, origin: .derived)
            return record
        }
        var database = Database(records: records)
        _ = try database.execute("create view plain as select id, agency, province, year, requests.new, requests.new.natural, proactive.fees, check.ok")
        var generator = QueryGenerator(seed: 99)
        var compared = 0
        for _ in 0..<400 {
            var query = generator.typedQuery()
            if Bool.random(using: &generator.random) { query += " order by 1 desc, 2 limit \(Int.random(in: 1...40, using: &generator.random))" }
            guard let corpus = try? database.query(query.inserting(from: "reports")),
                  let view = try? database.query(query.inserting(from: "plain")) else { continue }
            XCTAssertEqual(corpus.rows, view.rows, query)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 150)
    }

}

/// One fuzzed statement through the splitter and the engine: its rows must match their columns'
/// types, its error must say something.
enum FuzzStep {
    /// Runs `text`; nil when it ran, else its error.
    static func run(_ text: String, in database: inout Database) -> QueryError? {
        _ = StatementSplitter.split(text)
        _ = StatementSplitter.isComplete(text)
        _ = StatementSplitter.isTerminated(text)
        do {
            if case .rows(let set) = try database.execute(text) { check(set, text) }
            return nil
        } catch {
            XCTAssertFalse(error.message.isEmpty, text)
            return error
        }
    }

    static func assertInside(_ range: SourceRange, _ text: String, _ error: QueryError) {
        XCTAssertTrue(0 <= range.start && range.start <= range.end && range.end <= text.utf8.count,
                      "range \(range) outside '\(text)' (\(error.message))")
    }

    /// Each row has one value per column, of the column's type.
    private static func check(_ set: ResultSet, _ text: String) {
        for row in set.rows {
            XCTAssertEqual(row.count, set.columns.count, text)
            for (value, column) in zip(row, set.columns) where !value.isNull {
                XCTAssertEqual(value.type, column.type, "\(column.name) in \(text)")
            }
        }
    }
}

/// SplitMix64: a small deterministic generator.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random statements from the grammar (well- and ill-typed), mutations and noise.
struct QueryGenerator {
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(state: seed) }

    static let fields = ["agency", "year", "province", "requests.new", "requests.new.natural", "proactive.fees",
                         "proactive.total", "check.ok", "text", "text.s1", "机关", "年度", "本年新收", "予以公开.自然人",
                         "rate.granted", "review", "id", "requests.nwe", "Agency", "`year`", "「机关」", "n", "v1"]
    static let functions = ["count", "sum", "avg", "min", "max", "median", "percentile", "ratio", "coalesce", "round",
                            "abs", "length", "source", "cuont", "SUM", "nullif", "greatest", "least", "concat", "substr",
                            "replace", "lower", "upper", "trim", "instr", "year", "date_diff", "substring", "ltrim"]
    static let binary = ["+", "-", "*", "/", "=", "!=", "<>", "<", "<=", ">", ">=", "and", "or", "~", "like", "not like", "||"]
    static let literals = ["0", "1", "7", "2022", "-3", "2.5", "0.0", "'山东省'", "'%局'", "\"x\"", "''", "null", "true",
                           "false", "9223372036854775807", "1e300", "'二〇二二'", "date '2024-01-31'", "'2024-02-30'", "'day'"]
    static let noise = ["select", "from", "where", "group by", "order by", "having", "limit", "offset", "(", ")", ",",
                        ".", "*", "'", "\"", "`", "「", "」", ";", "--", "~", "%", "_", "机", "关", "\n", " ", "in",
                        "between", "and", "is", "not", "null", "create view", "as", "drop view", "views", "export",
                        "to", "with bom", "distinct", "asc", "desc", "\u{3000}", "，", "！", "1", "a.", ".*", "case", "when",
                        "then", "else", "end", "cast(", "as integer", "::", "::text", "||", "filter (where", "date", "try_cast("]

    mutating func pick(_ options: [String]) -> String { options.randomElement(using: &random)! }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func expression(depth: Int = 0) -> String {
        let leaf = depth > 3 || chance(30)
        if leaf { return chance(60) ? pick(Self.fields) : pick(Self.literals) }
        switch Int.random(in: 0..<12, using: &random) {
        case 9:
            let simple = chance(40) ? " \(expression(depth: depth + 1))" : ""
            let branches = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                " when \(expression(depth: depth + 2)) then \(expression(depth: depth + 2))"
            }.joined()
            return "case\(simple)\(branches)\(chance(50) ? " else \(expression(depth: depth + 1))" : "")\(chance(90) ? " end" : "")"
        case 10:
            let type = pick(["integer", "decimal", "text", "bool", "date", "int", "varchar(3)", "intger"])
            return chance(70) ? "\(pick(["cast", "try_cast"]))(\(expression(depth: depth + 1)) as \(type))" : "\(expression(depth: depth + 1))::\(type)"
        case 11:
            return "\(pick(["count(*)", "sum(requests.new)", "avg(check.ok)", "max(agency)", "length(agency)"])) filter (where \(expression(depth: depth + 1)))"
        case 0: return "(\(expression(depth: depth + 1)))"
        case 1: return "-\(expression(depth: depth + 1))"
        case 2: return "not \(expression(depth: depth + 1))"
        case 3: return "\(expression(depth: depth + 1)) is \(chance(50) ? "not " : "")null"
        case 4:
            let items = (0..<Int.random(in: 1...3, using: &random)).map { _ in expression(depth: depth + 2) }
            return "\(expression(depth: depth + 1)) \(chance(30) ? "not " : "")in (\(items.joined(separator: ", ")))"
        case 5:
            return "\(expression(depth: depth + 1)) between \(expression(depth: depth + 2)) and \(expression(depth: depth + 2))"
        case 6, 7:
            let name = pick(Self.functions)
            if name.lowercased() == "count" && chance(40) { return "count(\(chance(50) ? "*" : "distinct \(expression(depth: depth + 1))"))" }
            let arguments = (0..<Int.random(in: 0...3, using: &random)).map { _ in expression(depth: depth + 1) }
            return "\(name)(\(arguments.joined(separator: ", ")))"
        default:
            return "\(expression(depth: depth + 1)) \(pick(Self.binary)) \(expression(depth: depth + 1))"
        }
    }

    // Well-typed expressions, so that many statements get through the binder to the evaluator.

    mutating func number(depth: Int = 0) -> String {
        if depth > 2 || chance(35) {
            return pick(["year", "requests.new", "requests.new.natural", "proactive.fees", "本年新收", "1", "2.5", "-4", "null"])
        }
        switch Int.random(in: 0..<11, using: &random) {
        case 6: return "case when \(condition(depth: 2)) then \(number(depth: depth + 1))\(chance(60) ? " else \(number(depth: depth + 1))" : "") end"
        case 7: return "cast(\(pick(["check.ok", "proactive.fees", "year", "'12'", "requests.new"])) as \(pick(["integer", "decimal"])))"
        case 8: return "\(pick(["greatest", "least", "nullif"]))(\(number(depth: depth + 1)), \(number(depth: depth + 1)))"
        case 9: return "instr(\(text()), \(pick(["'局'", "'市'", "''", "province"])))"
        case 10: return "date_diff('\(pick(["day", "month", "year"]))', cast(year as text) || '-01-31', '2024-03-31')"
        case 0: return "\(number(depth: depth + 1)) \(pick(["+", "-", "*", "/"])) \(number(depth: depth + 1))"
        case 1: return "\(pick(["abs", "round"]))(\(number(depth: depth + 1)))"
        case 2: return "ratio(\(number(depth: depth + 1)), \(number(depth: depth + 1)))"
        case 3: return "coalesce(\(number(depth: depth + 1)), \(number(depth: depth + 1)))"
        case 4: return "length(\(text()))"
        default: return "(\(number(depth: depth + 1)))"
        }
    }

    mutating func text() -> String {
        pick(["agency", "province", "id", "机关", "coalesce(province, '无')", "'局'", "source(year)", "source(proactive.fees)",
              "substr(agency, 2, 3)", "agency || province", "concat(id, year)", "lower(id)", "replace(agency, '局', '')",
              "trim(agency, '局')", "case when year > 2021 then province else id end", "cast(year as text)"])
    }

    mutating func condition(depth: Int = 0) -> String {
        switch Int.random(in: 0..<8, using: &random) {
        case 0 where depth < 2: return "\(condition(depth: depth + 1)) \(pick(["and", "or"])) \(condition(depth: depth + 1))"
        case 1 where depth < 2: return "not \(condition(depth: depth + 1))"
        case 2: return "\(text()) \(pick(["~", "like", "=", "<"])) \(pick(["'济南%'", "'局'", "'山东省'", "province"]))"
        case 3: return "\(number()) \(chance(50) ? "not " : "")between \(number()) and \(number())"
        case 4: return "\(number()) in (\(number()), 7, null)"
        case 5: return "\(pick(["province", "year", "check.ok"])) is \(chance(50) ? "not " : "")null"
        case 6: return pick(["check.ok", "true", "false", "null"])
        default: return "\(number()) \(pick(["=", "!=", "<", "<=", ">", ">="])) \(number())"
        }
    }

    mutating func typedQuery() -> String {
        let aggregate = pick(["count(*)", "sum(\(number()))", "avg(\(number()))", "min(\(text()))", "max(\(number()))",
                              "median(\(number()))", "percentile(\(number()), 90)", "count(distinct \(text()))", "avg(check.ok)",
                              "count(*) filter (where \(condition()))", "sum(\(number())) filter (where \(condition()))"])
        if chance(40) {
            let key = pick(["province", "year", "check.ok", "年度"])
            var text = "select \(key), \(aggregate) as a\(chance(50) ? ", count(*)" : "") group by \(key)"
            if chance(40) { text += " having \(pick(["count(*) > 1", "a is not null", "\(aggregate) >= 0"]))" }
            if chance(50) { text += " order by \(pick(["a desc", "2", key, "count(*)"]))" }
            return text + (chance(30) ? " limit 3" : "")
        }
        var text = "select \(number()), \(text())\(chance(30) ? ", \(condition())" : "")"
        if chance(60) { text += " where \(condition())" }
        if chance(40) { text += " order by \(pick(["1", "2 desc", number()]))" }
        if chance(30) { text += " limit \(Int.random(in: 0...4, using: &random)) offset \(Int.random(in: 0...3, using: &random))" }
        return text
    }

    mutating func query() -> String {
        if chance(50) { return typedQuery() }
        var items: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: items.append("*")
            case 1: items.append(pick(["requests.new.*", "proactive.*", "本年新收.*", "review.*", "nope.*"]))
            default: items.append(expression() + (chance(30) ? " as \(pick(["n", "总数", "\"a b\"", "year", "v1"]))" : ""))
            }
        }
        var text = "select " + items.joined(separator: ", ")
        if chance(20) { text += " from \(pick(["reports", "v1", "v2", "nope"]))" }
        if chance(50) { text += " where \(expression())" }
        if chance(30) {
            text += " group by \(pick(Self.fields))" + (chance(30) ? ", \(Int.random(in: 0...4, using: &random))" : "")
            if chance(40) { text += " having \(expression())" }
        }
        if chance(40) { text += " order by \(expression())\(chance(50) ? " desc" : "")" + (chance(30) ? ", 1" : "") }
        if chance(30) { text += " limit \(Int.random(in: 0...10, using: &random))" + (chance(30) ? " offset \(Int.random(in: 0...6, using: &random))" : "") }
        return text
    }

    mutating func statement() -> String {
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return "create \(chance(50) ? "or replace " : "")view \(pick(["v1", "v2", "agency", "reports"])) as \(query())"
        case 1: return "drop view \(pick(["v1", "v2", "nope"]))"
        case 2: return "export \(chance(50) ? pick(["v1", "reports", "nope"]) : query()) to 'out.csv'\(chance(30) ? " with bom" : "")"
        case 3: return "views"
        default: return query() + (chance(20) ? ";" : "")
        }
    }

    /// Deletes, inserts, duplicates or truncates pieces of a statement (by characters, so also inside CJK text).
    mutating func mutate(_ text: String) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !characters.isEmpty:
                let end = min(characters.count, position + Int.random(in: 1...6, using: &random))
                characters.removeSubrange(min(position, end)..<end)
            case 1:
                characters.insert(contentsOf: " " + pick(Self.noise) + " ", at: position)
            case 2 where !characters.isEmpty:
                let start = Int.random(in: 0..<characters.count, using: &random)
                let end = min(characters.count, start + Int.random(in: 1...10, using: &random))
                characters.insert(contentsOf: characters[start..<end], at: position)
            default:
                characters = Array(characters.prefix(position))
            }
        }
        return String(characters)
    }

    /// Tokens in random order.
    mutating func noise() -> String {
        (0..<Int.random(in: 1...12, using: &random)).map { _ in
            chance(70) ? pick(Self.noise) : chance(50) ? pick(Self.fields) : pick(Self.literals)
        }.joined(separator: chance(50) ? " " : "")
    }
}

private extension String {
    /// The query with `from NAME` after its select list (before the first clause).
    func inserting(from name: String) -> String {
        let clauses = [" where ", " group by ", " order by ", " limit "]
        let first = clauses.compactMap { range(of: $0)?.lowerBound }.min() ?? endIndex
        return String(self[..<first]) + " from \(name)" + String(self[first...])
    }
}
