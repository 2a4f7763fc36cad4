import XCTest
import ReportModel
@testable import ReportIngest

/// `similarity.prev`'s measure on the five real reports of corpus/ — five bodies of one kind (工业和信息化局)
/// in one province, written afresh from one template, the hardest case for telling copies from fresh
/// text — checked against the exact Jaccard index computed here independently.
final class ProseShinglesTests: XCTestCase {
    private let prefixes = ["000", "001", "002", "003", "004"]

    /// The exact Jaccard index of the 4-character shingle sets of the prose lines, built with Swift sets.
    private func exactJaccard(_ a: String, _ b: String) -> Double {
        func shingles(_ text: String) -> Set<String> {
            let report = ReportText(text)
            let ranges = report.sections.ranges.compactMap { $0 }
            let lines = ranges.isEmpty ? report.lines : ranges.flatMap { report.lines[$0] }
            var stream: [Character] = []
            for line in lines {
                let letters = line.text.filter { $0.isLetter }
                if line.text.contains("。") || letters.count >= 16 { stream += letters }
            }
            guard stream.count >= 4 else { return [] }
            return Set((0...(stream.count - 4)).map { String(stream[$0..<$0 + 4]) })
        }
        let x = shingles(a), y = shingles(b)
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    private func signature(_ text: String) -> ProseSignature { ProseShingles.signature(of: ReportText(text)) }

    func testFreshReportsFromOneTemplateScoreFarBelowACopy() throws {
        let texts = try prefixes.map(TextFixtures.text)
        for i in texts.indices {
            for j in texts.indices where j > i {
                let estimate = try XCTUnwrap(signature(texts[i]).similarity(to: signature(texts[j])))
                let exact = exactJaccard(texts[i], texts[j])
                XCTAssertLessThan(exact, 0.2, "\(prefixes[i]) vs \(prefixes[j])")
                XCTAssertLessThan(estimate, 0.2, "\(prefixes[i]) vs \(prefixes[j])")
                XCTAssertEqual(estimate, exact, accuracy: 0.08, "\(prefixes[i]) vs \(prefixes[j])")
            }
        }
    }

    func testLastYearsTextWithNewFiguresScoresOne() throws {
        for prefix in prefixes {
            let text = try TextFixtures.text(prefix)
            // Next year's report copied word for word: only the digits change.
            let copied = String(text.map { $0.isASCII && $0.isNumber ? Character(String(($0.wholeNumberValue! + 1) % 10)) : $0 })
            XCTAssertEqual(signature(text).similarity(to: signature(copied)), 1.0, prefix)
        }
    }

    func testReflowedTextScoresAsTheSame() throws {
        let text = try TextFixtures.text("003")
        // Every prose paragraph broken into lines of 30 characters, as a PDF export does.
        let reflowed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > 60, line.contains("。") else { return String(line) }
            var pieces: [String] = []
            var rest = Substring(line)
            while !rest.isEmpty { pieces.append(String(rest.prefix(30))); rest = rest.dropFirst(30) }
            return pieces.joined(separator: "\n")
        }.joined(separator: "\n")
        let estimate = try XCTUnwrap(signature(text).similarity(to: signature(reflowed)))
        XCTAssertGreaterThanOrEqual(estimate, 0.9)
    }

    func testHalfTheProseReplacedScoresInBetween() throws {
        let text = try TextFixtures.text("003")
        let other = try TextFixtures.text("004")
        let report = ReportText(text)
        // Section 五 and 六 of 003 replaced by those of 004.
        let ownEnd = report.sections[5]!.lowerBound
        let otherReport = ReportText(other)
        let otherStart = otherReport.sections[5]!.lowerBound
        let mixed = (report.lines[..<ownEnd].map(\.text) + otherReport.lines[otherStart...].map(\.text)).joined(separator: "\n")
        let estimate = try XCTUnwrap(signature(text).similarity(to: signature(mixed)))
        let exact = exactJaccard(text, mixed)
        XCTAssertEqual(estimate, exact, accuracy: 0.12)
        XCTAssertGreaterThan(exact, 0.05)
        XCTAssertLessThan(exact, 0.9)
    }

    func testNoProseGivesNoSimilarity() {
        let empty = signature("一、总体情况\n表格\n1\t2\n")
        XCTAssertNil(empty.similarity(to: empty))
    }
}
