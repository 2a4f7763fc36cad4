import Dispatch
import XCTest
import ReportModel
@testable import ReportQuery

/// Issue 12 item 4: long chains of views (each reading the one before). 11,000 crashed at start-up
/// with a stack overflow, and checking them took time quadratic in their number (1,600: 20 s).
final class ViewDepthTests: QueryTestCase {
    /// v0 reads the corpus, v1 reads v0 … v(n-1) reads v(n-2).
    private func chain(_ count: Int) -> [String: String] {
        var views = ["v0": "select id, year"]
        for k in 1..<count { views["v\(k)"] = "select id, year from v\(k - 1)" }
        return views
    }

    private func secondsToLoad(_ views: [String: String], into database: inout Database) -> (Double, [ViewProblem]) {
        let start = DispatchTime.now().uptimeNanoseconds
        let problems = database.loadViews(views)
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, problems)
    }

    func testAChainOf11000IsCheckedInLinearTimeAndTheTooDeepOnesReported() {
        var small = Fixtures.database()
        let (smallSeconds, _) = secondsToLoad(chain(1_100), into: &small)
        let (seconds, problems) = secondsToLoad(chain(11_000), into: &database)
        // Linear: ten times the views, about ten times the time (quadratic was a hundred times, and
        // overflowed the stack). Generous bounds: a debug build on a shared machine.
        XCTAssertLessThan(seconds, max(40 * smallSeconds, 1), "1,100 views: \(smallSeconds) s; 11,000: \(seconds) s")
        XCTAssertLessThan(seconds, 120)
        let maximum = ViewCatalog.maximumDepth
        XCTAssertEqual(database.views.count, maximum, "v0 … v99 load: chains of at most \(maximum) views")
        XCTAssertNotNil(database.views["v\(maximum - 1)"])
        XCTAssertNil(database.views["v\(maximum)"])
        XCTAssertEqual(problems.count, 11_000 - maximum)
        let first = problems.first { $0.name == "v\(maximum)" }
        XCTAssertEqual(first?.error.message, "view 'v100' reads views nested more than 100 deep: v100 → v99 → v98 → …")
        XCTAssertEqual(problems.first { $0.name == "v10999" }?.error.message,
                       "view 'v10999' reads views nested more than 100 deep: v10999 → v10998 → v10997 → …")
        XCTAssertEqual(first?.error.hint, "a chain of views may hold at most 100; read an earlier view of the chain")
        XCTAssertTrue(problems.allSatisfy { $0.error.message.contains("nested more than 100 deep") })
        // The deepest allowed chain binds and runs (a recursion of 100 views, no overflow).
        XCTAssertEqual(rows("select count(*) from v99"), [[.integer(5)]])
    }

    func testCreatingTheViewThatIsOneTooDeepIsRefused() throws {
        database.loadViews(chain(ViewCatalog.maximumDepth))
        XCTAssertEqual(error("create view v100 as select id from v99")?.message,
                       "view 'v100' reads views nested more than 100 deep: v100 → v99 → v98 → … → v1 → v0")
        XCTAssertNil(database.views["v100"])
        XCTAssertEqual(rows("select count(*) from v99 where year > 2021"), [[.integer(3)]])
    }

    func testALongCycleIsReportedWithoutRecursingThroughIt() {
        var views: [String: String] = [:]
        for k in 0..<5_000 { views["c\(k)"] = "select id from c\((k + 1) % 5_000)" }
        views["into"] = "select id from c17"
        let problems = database.loadViews(views)
        XCTAssertEqual(problems.count, 5_001)
        XCTAssertEqual(problems.first { $0.name == "c0" }?.error.message,
                       "view 'c0' depends on itself: c0 → c1 → c2 → … → c4998 → c4999 → c0")
        XCTAssertEqual(problems.first { $0.name == "into" }?.error.message,
                       "view 'c17' depends on itself: c17 → c18 → c19 → … → c15 → c16 → c17")
        XCTAssertTrue(database.views.isEmpty)
    }

    /// Parentheses (and other nesting) in a query give an error, not a stack overflow.
    func testDeeplyNestedParenthesesAreAnError() {
        let depth = 100_000
        let query = "select " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        XCTAssertEqual(error(query)?.message, "expression is nested too deeply (more than 200 levels)")
        let view = "create view deep as " + query
        XCTAssertEqual(error(view)?.message, "expression is nested too deeply (more than 200 levels)")
        XCTAssertEqual(database.loadViews(["deep": query]).first?.error.message,
                       "expression is nested too deeply (more than 200 levels)")
    }
}
