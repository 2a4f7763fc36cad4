import XCTest
import LineEditing

final class TabCompletionTests: XCTestCase {
    func testCurrentWordStopsAtBreaksButKeepsDotsAndUnderscores() {
        XCTAssertEqual(TabCompletion.currentWord(in: "select requests.ne"), "requests.ne")
        XCTAssertEqual(TabCompletion.currentWord(in: ".qu"), ".qu")
        XCTAssertEqual(TabCompletion.currentWord(in: "where count(prof"), "prof")
        XCTAssertEqual(TabCompletion.currentWord(in: "where a>=b_c"), "b_c")
        XCTAssertEqual(TabCompletion.currentWord(in: "select "), "")
        XCTAssertEqual(TabCompletion.currentWord(in: ""), "")
        XCTAssertEqual(TabCompletion.currentWord(in: "select 机关，名"), "名")
    }

    func testSingleCandidateReplacesTheWordAndAddsASpace() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "select requests.n", candidates: ["requests.new"]),
            .replace(deleting: 10, inserting: "requests.new "))
    }

    func testNoSecondSpaceWhenOneFollowsTheCursor() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "select requ", nextCharacter: " ", candidates: ["requests.new"]),
            .replace(deleting: 4, inserting: "requests.new"))
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "select requ", nextCharacter: ",", candidates: ["requests.new"]),
            .replace(deleting: 4, inserting: "requests.new "))
    }

    func testCommonPrefixLongerThanTheWordIsInserted() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "select re", candidates: ["requests.new", "requests.carried", "review.total"]),
            .list(["requests.carried", "requests.new", "review.total"]))
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "select req", candidates: ["requests.new", "requests.carried"]),
            .replace(deleting: 3, inserting: "requests."))
    }

    func testNoProgressListsSortedUniqueCandidates() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: ".", candidates: [".quit", ".help", ".quit"]),
            .list([".help", ".quit"]))
    }

    func testNothingToComplete() {
        XCTAssertEqual(TabCompletion.action(textBeforeCursor: "zzz", candidates: []), .none)
    }

    func testDeletionCountsUnicodeScalarsForChinese() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "where 机", candidates: ["机关名称", "机关级别"]),
            .replace(deleting: 1, inserting: "机关"))
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "where 机关名", candidates: ["机关名称"]),
            .replace(deleting: 3, inserting: "机关名称 "))
    }

    func testCaseDifferentCandidateStillReplacesTheWord() {
        XCTAssertEqual(
            TabCompletion.action(textBeforeCursor: "SEL", candidates: ["select"]),
            .replace(deleting: 3, inserting: "select "))
    }
}
