import XCTest
import ReportModel
@testable import ReportQuery

final class CancellationTests: XCTestCase {
    func testACancelledQueryStopsWithInterrupted() {
        let token = CancellationToken()
        var database = Fixtures.database()
        token.cancel()
        XCTAssertTrue(token.isCancelled)
        XCTAssertThrowsError(try database.execute("select count(*)", cancellation: token)) { error in
            XCTAssertEqual((error as? QueryError)?.message, "interrupted")
        }
        token.reset()
        XCTAssertEqual(try database.execute("select count(*)", cancellation: token), .rows(ResultSet(
            columns: [ResultColumn(name: "count(*)", type: .integer)], rows: [[.integer(5)]])))
    }

    func testCancellingFromAnotherThread() {
        let token = CancellationToken()
        let done = expectation(description: "cancelled")
        DispatchQueue.global().async {
            token.cancel()
            done.fulfill()
        }
        wait(for: [done], timeout: 5)
        XCTAssertThrowsError(try Fixtures.database().query("select agency", cancellation: token))
    }
}
