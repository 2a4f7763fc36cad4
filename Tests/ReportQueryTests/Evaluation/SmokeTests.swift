import XCTest
import ReportModel
@testable import ReportQuery

final class SmokeTests: QueryTestCase {
    func testBasics() {
        print(rows("select id, agency, year, requests.new, proactive.fees, check.ok"))
        print(rows("select province, count(*), sum(requests.new), avg(proactive.fees) group by province"))
        print(rows("select agency, source(requests.new) where requests.new > 5 order by requests.new desc"))
        print(rows("select * limit 2"))
    }
}
