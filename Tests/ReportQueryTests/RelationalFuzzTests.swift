import Foundation
import XCTest
import ReportModel
@testable import ReportQuery

/// The fuzz test of the grammar across reports (issue 15): joins (inner, left, cross, comma, `using`,
/// and the refused right/full/natural), window functions with partitions, orders and frames, `prev`,
/// `case`, `cast`, `filter`, subqueries in `from`, `in`, as values and in `exists`, `with`,
/// `distinct`, `union`/`intersect`/`except`, and the view variants (`if not exists`, `or replace`,
/// `temp`, `drop view if exists`) — generated, mutated and shuffled, seeded so every run is the same
/// (FUZZ_SEED and FUZZ_ROUNDS explore further; FUZZ_TRACE=1 writes each statement to standard error
/// before it runs, so the last one names a crash). Each statement must end in a result whose rows match
/// their columns' types, or in a `QueryError` with a message and a source range inside the text —
/// never a crash or a hang (each statement within `budget` seconds).
final class RelationalFuzzTests: XCTestCase {
    /// Far above what any statement over the 12 fixture rows needs (milliseconds; a triple cross join
    /// of every field takes up to 6 s in a debug build), far below a hang.
    private let budget = 60.0

    func testRelationalStatementsEndInAResultOrAnErrorWithARange() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = UInt64(environment["FUZZ_SEED"] ?? "") ?? 0x5EED_15
        var generator = RelationalGenerator(seed: seed)
        var database = try RelationalFixtures.database()
        var results = 0
        var errors = 0
        var statements: [String] = []
        var slowest = (seconds: 0.0, text: "")
        for round in 0..<(Int(environment["FUZZ_ROUNDS"] ?? "") ?? 3_000) {
            let text: String
            switch round % 5 {
            case 0, 1, 2: text = generator.statement()
            case 3: text = generator.base.mutate(statements.randomElement(using: &generator.base.random) ?? generator.statement())
            default: text = generator.noise()
            }
            statements.append(text)
            if environment["FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("STMT \(text)\n".utf8)) }
            let start = Date()
            if let error = FuzzStep.run(text, in: &database) {
                errors += 1
                let range = try XCTUnwrap(error.range, "no source range for '\(error.message)' in: \(text)")
                FuzzStep.assertInside(range, text, error)
            } else {
                results += 1
            }
            let seconds = Date().timeIntervalSince(start)
            if seconds > slowest.seconds { slowest = (seconds, text) }
            XCTAssertLessThan(seconds, budget, text)
            if database.views.count + database.temporaryViews.count > 6 {
                for name in (Array(database.views.keys) + database.temporaryViews).sorted() where name != "t" {
                    _ = try? database.execute("drop view if exists `\(name)`")
                }
            }
        }
        XCTAssertGreaterThan(results, 600, "the generator should produce many valid statements")
        XCTAssertGreaterThan(errors, 600, "and many invalid ones")
        print("relational fuzz: \(results) results, \(errors) errors; slowest \(slowest.seconds) s: \(slowest.text)")
    }
}

/// Statements of the relational grammar over `RelationalFixtures` (the corpus and its view `t`),
/// with mistakes mixed in: unknown tables and aliases, ambiguous names, refused join kinds, window
/// functions where they are not allowed, missing `end`, frames backwards.
struct RelationalGenerator {
    var base: QueryGenerator
    /// Set for about half the statements: names, tables and joins that exist, columns qualified, types
    /// that fit — so that many statements get through the binder to the joins and windows.
    var careful = false

    init(seed: UInt64) { base = QueryGenerator(seed: seed) }

    static let tables = ["reports", "t", "v1", "w", "nope", "REPORTS",
                         "(select agency, year, requests.new as n from reports)", "(select * from t where year > 2021)",
                         "(select agency, count(*) as n from t group by agency)"]
    static let aliases = ["r", "p", "a", "b", "x"]
    static let columns = ["agency", "year", "new", "id", "province", "fees", "carried_in", "carried_out", "n",
                          "requests.new", "本年新收", "机关", "年度", "requests.carried_out", "check.ok", "text"]
    static let joins = ["join", "inner join", "left join", "left outer join", "cross join", ",", "right join",
                        "full join", "natural join", "join lateral"]
    static let windowFunctions = ["row_number()", "rank()", "dense_rank()", "percent_rank()", "cume_dist()", "ntile(3)",
                                  "ntile(0)", "lag(X)", "lag(X, 2)", "lag(X, 1, 0)", "lead(X)", "lead(X, 1, -1)",
                                  "first_value(X)", "last_value(X)", "sum(X)", "avg(X)", "count(*)", "count(X)",
                                  "count(distinct X)", "min(X)", "max(X)", "median(X)", "percentile(X, 90)", "rank(X)"]
    static let frames = ["", "rows unbounded preceding", "rows 1 preceding", "rows between 1 preceding and 1 following",
                         "rows between unbounded preceding and unbounded following", "rows between current row and 2 following",
                         "rows between 2 following and 1 preceding", "rows between 1 following and current row",
                         "range between 1 preceding and current row", "rows between -1 preceding and current row",
                         "rows between 99999999999999999999 preceding and current row"]
    static let noise = ["join", "left", "on", "using", "over", "partition by", "rows", "between", "preceding", "following",
                        "unbounded", "current row", "union", "all", "intersect", "except", "with", "exists", "in", "(select",
                        "distinct", "r.", "p.*", ".*", "prev(", "next(", "rank()", "lag(", "case", "when", "then", "end",
                        "cast(", "as", "temp", "view", "if not exists", "if exists", "create", "drop", "or replace", ")", "("]

    mutating func pick(_ options: [String]) -> String { base.pick(options) }
    mutating func chance(_ percent: Int) -> Bool { base.chance(percent) }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &base.random) }

    static let carefulText = ["agency", "id", "province"]

    /// A column, qualified by one of the aliases in use or not.
    mutating func column(_ aliases: [String]) -> String {
        if careful {
            let name = pick(Self.carefulText + ["year"])
            return aliases.isEmpty ? name : "\(pick(aliases)).\(name)"
        }
        let name = pick(Self.columns)
        guard !aliases.isEmpty, chance(60) else { return name }
        return "\(chance(95) ? pick(aliases) : pick(["q", "reports", "t"])).\(name)"
    }

    /// A value over the tables `aliases` names: columns, literals, arithmetic, case, cast, windows,
    /// prev/next, aggregates with filters, scalar/in/exists subqueries.
    mutating func value(_ aliases: [String], depth: Int = 0) -> String {
        if careful { return carefulValue(aliases, depth: depth) }
        if depth > 2 || chance(30) { return chance(70) ? column(aliases) : pick(QueryGenerator.literals) }
        switch count(0...13) {
        case 0: return "\(value(aliases, depth: depth + 1)) \(pick(QueryGenerator.binary)) \(value(aliases, depth: depth + 1))"
        case 1: return window(aliases, depth: depth)
        case 2:
            let branches = (0..<count(1...2)).map { _ in " when \(condition(aliases, depth: depth + 1)) then \(value(aliases, depth: depth + 1))" }
            return "case\(branches.joined())\(chance(50) ? " else \(value(aliases, depth: depth + 1))" : "")\(chance(90) ? " end" : "")"
        case 3: return "case \(column(aliases)) when \(pick(QueryGenerator.literals)) then \(value(aliases, depth: depth + 1)) end"
        case 4: return "\(pick(["cast", "try_cast"]))(\(value(aliases, depth: depth + 1)) as \(pick(["integer", "decimal", "text", "bool", "date"])))"
        case 5: return "\(pick(["prev", "next"]))(\(column(chance(80) ? [] : aliases)))"
        case 6: return "\(pick(["count(*)", "sum(\(column(aliases)))", "avg(\(column(aliases)))", "max(\(column(aliases)))"])) filter (where \(condition(aliases, depth: depth + 1)))"
        case 7: return "(\(select(depth: depth + 1)))"
        case 8: return "\(column(aliases)) \(chance(30) ? "not " : "")in (\(select(depth: depth + 1)))"
        case 9: return "\(chance(30) ? "not " : "")exists (\(select(depth: depth + 1)))"
        case 10: return "\(pick(["coalesce", "nullif", "greatest", "least", "concat"]))(\(value(aliases, depth: depth + 1)), \(value(aliases, depth: depth + 1)))"
        case 11: return "\(pick(["sum", "count", "min", "avg"]))(\(column(aliases)))"
        default: return "(\(value(aliases, depth: depth + 1)))"
        }
    }

    /// `year` of one of the tables: the numeric column every table here has.
    mutating func number(_ aliases: [String]) -> String {
        aliases.isEmpty ? "year" : "\(pick(aliases)).year"
    }

    mutating func text(_ aliases: [String]) -> String {
        let name = pick(Self.carefulText)
        return aliases.isEmpty ? name : "\(pick(aliases)).\(name)"
    }

    /// Well-typed values of every new form.
    mutating func carefulValue(_ aliases: [String], depth: Int) -> String {
        let partition = chance(60) ? "partition by \(text(aliases)) " : ""
        let order = chance(80) ? "order by \(number(aliases))\(chance(40) ? " desc" : "")" : ""
        let frame = chance(40) ? " " + pick(Array(Self.frames.prefix(6))) : ""
        let over = "over (\(partition)\(order)\(order.isEmpty ? "" : frame))"
        switch count(0...15) {
        case 0: return text(aliases)
        case 1: return "\(number(aliases)) \(pick(["+", "-", "*", "/"])) \(pick(["1", "2.5", number(aliases)]))"
        case 2: return "\(pick(["row_number()", "rank()", "dense_rank()", "percent_rank()", "cume_dist()", "ntile(2)"])) \(over)"
        case 3: return "\(pick(["lag", "lead"]))(\(number(aliases))\(chance(50) ? ", \(count(1...3))" : "")\(chance(30) ? ", 0" : "")) \(over)"
        case 4: return "\(pick(["sum", "avg", "min", "max", "count", "median", "first_value", "last_value"]))(\(number(aliases))) \(over)"
        case 5: return "case when \(carefulCondition(aliases)) then \(text(aliases)) else \(pick(["'无'", "null", text(aliases)])) end"
        case 6: return "case \(number(aliases)) when 2022 then 'a' when 2023 then 'b' end"
        case 7: return "cast(\(number(aliases)) as \(pick(["text", "decimal", "integer", "bool"])))"
        case 8: return "(select \(pick(["max", "min", "count"]))(year) from \(pick(["t", "reports"]))\(chance(50) ? " where year > 2021" : ""))"
        case 9: return "\(text(aliases)) \(chance(30) ? "not " : "")in (select \(pick(["agency", "id", "province"])) from t where year = \(count(2021...2023)))"
        case 10: return "\(chance(30) ? "not " : "")exists (select 1 from t where year > \(count(2021...2024)))"
        case 11 where aliases.count < 2: return "\(pick(["prev", "next"]))(\(pick(["year", "agency"])))"
        case 12: return "\(text(aliases)) || \(pick(["'局'", "cast(\(number(aliases)) as text)"]))"
        case 13: return "nullif(\(number(aliases)), 2022)"
        default: return number(aliases)
        }
    }

    mutating func carefulCondition(_ aliases: [String]) -> String {
        switch count(0...4) {
        case 0: return "\(number(aliases)) \(pick([">", "=", "<="])) \(count(2020...2023))"
        case 1: return "\(text(aliases)) is \(chance(50) ? "not " : "")null"
        case 2: return "\(text(aliases)) like '%局'"
        case 3: return "\(text(aliases)) in (select agency from t where year = 2022)"
        default: return "\(number(aliases)) between 2021 and 2022"
        }
    }

    mutating func condition(_ aliases: [String], depth: Int = 0) -> String {
        if careful { return carefulCondition(aliases) }
        switch count(0...5) {
        case 0 where depth < 2: return "\(condition(aliases, depth: depth + 1)) \(pick(["and", "or"])) \(condition(aliases, depth: depth + 1))"
        case 1: return "\(column(aliases)) is \(chance(50) ? "not " : "")null"
        case 2: return "\(column(aliases)) \(pick(["=", "<", ">=", "!="])) \(column(aliases))"
        default: return "\(value(aliases, depth: depth + 1)) \(pick(["=", "<", ">", "<=", "~", "like"])) \(value(aliases, depth: depth + 1))"
        }
    }

    /// `f(…) over (partition by … order by … frame)`, sometimes without `over` or with a bad frame.
    mutating func window(_ aliases: [String], depth: Int) -> String {
        let function = pick(Self.windowFunctions).replacingOccurrences(of: "X", with: column(aliases))
        guard chance(92) else { return function }
        var clauses: [String] = []
        if chance(60) { clauses.append("partition by " + (0..<count(1...2)).map { _ in column(aliases) }.joined(separator: ", ")) }
        if chance(70) { clauses.append("order by \(column(aliases))\(chance(40) ? " desc" : "")\(chance(20) ? ", \(column(aliases))" : "")") }
        let frame = pick(Self.frames)
        if !frame.isEmpty { clauses.append(frame) }
        return "\(function) over (\(clauses.joined(separator: " ")))"
    }

    /// `from` with up to two joins; returns the text and the aliases declared.
    mutating func from() -> (text: String, aliases: [String]) {
        var aliases: [String] = []
        func table(_ generator: inout RelationalGenerator) -> String {
            let name = generator.careful ? generator.pick(["reports", "t", "(select agency, id, province, year from t)"])
                : generator.pick(Self.tables)
            guard generator.careful || generator.chance(85) else { return name }
            let alias = generator.chance(95) ? Self.aliases[min(aliases.count, Self.aliases.count - 1)] : generator.pick(Self.aliases)
            aliases.append(alias)
            return "\(name)\(generator.chance(30) ? " as" : "") \(alias)"
        }
        var text = table(&self)
        for _ in 0..<count(0...2) {
            let kind = careful ? pick(["join", "left join", "inner join", "cross join", ","]) : pick(Self.joins)
            text += (kind == "," ? ", " : " \(kind) ") + table(&self)
            guard kind != "," && kind != "cross join" else { continue }
            switch careful ? count(2...4) : count(0...4) {
            case 0: text += " using (\(pick(["agency", "agency, year", "year", "nope"])))"
            case 1: break
            default:
                let left = aliases.dropLast().last ?? "r"
                let right = aliases.last ?? "p"
                text += " on \(right).agency = \(left).agency"
                if chance(60) { text += " and \(right).year = \(left).year \(pick(["- 1", "+ 1", ""]))" }
                if chance(30) { text += " and \(condition(aliases, depth: 1))" }
            }
        }
        return (text, aliases)
    }

    /// A select; `tail: false` leaves out `order by` and `limit` (mostly: a set operation's operands).
    mutating func select(depth: Int = 0, tail: Bool = true) -> String {
        let (fromText, aliases) = depth < 2 && chance(80) ? from() : ("", [])
        var items: [String] = []
        for _ in 0..<count(1...3) {
            switch careful && depth > 0 ? 2 : count(0...9) {
            case 0: items.append("*")
            case 1: items.append(aliases.isEmpty ? "headline.*" : "\(pick(aliases)).\(pick(["*", "headline.*"]))")
            default: items.append(depth < 2 ? value(aliases, depth: depth) + (chance(30) ? " as \(pick(["k", "排名", "n", "agency"]))" : "") : column(aliases))
            }
        }
        var text = "select \(chance(15) ? "distinct " : "")\(items.joined(separator: ", "))"
        if !fromText.isEmpty { text += " from \(fromText)" }
        if chance(40) { text += " where \(condition(aliases, depth: depth + 1))" }
        if !careful && chance(25) {
            text += " group by \(column(aliases))"
            if chance(30) { text += " having \(pick(["count(*) > 1", "sum(new) > 5", "rank() over () = 1"]))" }
        }
        guard tail || chance(5) else { return text }
        if chance(35) { text += " order by \(chance(40) ? "1" : value(aliases, depth: 2))\(chance(40) ? " desc" : "")" }
        if chance(20) { text += " limit \(count(0...5))" }
        return text
    }

    /// A select, a set operation of selects, or one after `with`.
    mutating func query() -> String {
        let compound = chance(25)
        if careful && chance(25) {
            let one = "select \(pick(["agency", "province", "id"])) from \(pick(["t", "reports"])) where year \(pick([">", "=", "<"])) \(count(2021...2023))"
            let two = "select \(pick(["agency", "province", "id"])) from \(pick(["t", "reports"])) where year \(pick([">", "=", "<"])) \(count(2021...2023))"
            let text = "\(one) \(pick(["union", "union all", "intersect", "except", "intersect all", "except all"])) \(two)"
            return chance(40) ? text + " order by 1 limit \(count(1...4))" : text
        }
        if careful && chance(15) {
            return "with x as (select agency, year from t where year > 2021), y as (select agency, count(*) as n from x group by agency) "
                + "select \(pick(["x.agency, y.n from x join y on y.agency = x.agency", "* from y", "agency, rank() over (order by n desc) from y"]))"
        }
        var text = select(tail: !compound)
        if compound {
            for _ in 0..<count(1...2) {
                text += " \(pick(["union", "union all", "intersect", "except", "intersect all", "except all", "union distinct"])) \(select(depth: 1, tail: false))"
            }
            if chance(40) { text += " order by 1\(chance(50) ? " desc" : "") limit \(count(1...5))" }
        }
        if chance(15) {
            let names = ["x", "y"].prefix(count(1...2))
            let tables = names.map { "\($0) as (\(select(depth: 1)))" }.joined(separator: ", ")
            text = "with \(tables) select * from \(pick(Array(names) + ["t"]))\(chance(40) ? " where \(condition([], depth: 1))" : "")"
        }
        return text
    }

    mutating func statement() -> String {
        careful = chance(55)
        switch count(0...13) {
        case 0:
            let temp = chance(40) ? pick(["temp ", "temporary "]) : ""
            let replace = chance(30) ? "or replace " : ""
            let ifNotExists = chance(30) ? "if not exists " : ""
            return "create \(replace)\(temp)view \(ifNotExists)\(pick(["v1", "v2", "w", "w", "reports"])) as \(query())"
        case 1: return "drop view \(chance(50) ? "if exists " : "")\(pick(["v1", "v2", "w", "nope"]))"
        case 2: return "export \(query()) to 'out.csv'"
        default: return query() + (chance(30) ? ";" : "")
        }
    }

    /// Relational keywords and the base generator's noise in random order.
    mutating func noise() -> String {
        (0..<count(1...14)).map { _ in
            chance(60) ? pick(Self.noise) : chance(50) ? pick(QueryGenerator.noise) : pick(Self.columns)
        }.joined(separator: chance(60) ? " " : "")
    }
}
