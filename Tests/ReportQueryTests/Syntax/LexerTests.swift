import XCTest
@testable import ReportQuery
import ReportModel

final class LexerTests: XCTestCase {
    private func kinds(_ text: String) throws -> [TokenKind] {
        do {
            return try Lexer.tokenize(text).map(\.kind).dropLast()
        } catch {
            throw error.error
        }
    }

    private func failure(_ text: String) -> ParseFailure? {
        do {
            _ = try Lexer.tokenize(text)
            XCTFail("expected a lexer error for \(text)")
            return nil
        } catch {
            return error
        }
    }

    func testWordsNumbersAndSymbolsWithRanges() throws {
        let tokens = try Lexer.tokenize("select agency, year where year >= 2022")
        XCTAssertEqual(tokens.map(\.kind), [
            .identifier("select", quoted: false), .identifier("agency", quoted: false), .symbol(.comma),
            .identifier("year", quoted: false), .identifier("where", quoted: false), .identifier("year", quoted: false),
            .symbol(.greaterEqual), .integer(2022), .end,
        ])
        XCTAssertEqual(tokens[1].range, SourceRange(start: 7, end: 13))
        XCTAssertEqual(tokens[6].range, SourceRange(start: 31, end: 33))
        XCTAssertEqual(tokens.last?.range, SourceRange(start: 38, end: 38))
    }

    func testDottedAndChineseIdentifiersAreOneTokenWithByteRanges() throws {
        let tokens = try Lexer.tokenize("requests.new.natural 予以公开.自然人 text.s1")
        XCTAssertEqual(tokens.map(\.kind).dropLast(), [
            .identifier("requests.new.natural", quoted: false), .identifier("予以公开.自然人", quoted: false),
            .identifier("text.s1", quoted: false),
        ])
        // 予以公开.自然人 is 7 CJK characters of 3 bytes and a dot.
        XCTAssertEqual(tokens[1].range, SourceRange(start: 21, end: 21 + 22))
    }

    func testPrefixStarLeavesDotAndStar() throws {
        XCTAssertEqual(try kinds("requests.new.*"), [.identifier("requests.new", quoted: false), .symbol(.dot), .symbol(.star)])
    }

    func testEveryCatalogNameIsOneIdentifier() throws {
        for name in FieldCatalogNames.all {
            XCTAssertEqual(try kinds(name), [.identifier(name, quoted: false)], name)
        }
    }

    func testStringsWithDoubledQuotes() throws {
        XCTAssertEqual(try kinds("'it''s' \"say \"\"hi\"\"\" '' “中文” ‘单’"),
                       [.string("it's"), .string("say \"hi\""), .string(""), .string("中文"), .string("单")])
    }

    func testQuotedIdentifiers() throws {
        XCTAssertEqual(try kinds("`order` 「本年新收」 `a``b`"),
                       [.identifier("order", quoted: true), .identifier("本年新收", quoted: true), .identifier("a`b", quoted: true)])
    }

    func testNumbers() throws {
        XCTAssertEqual(try kinds("0 12 12.5 1e3 1.5e-2 7."), [
            .integer(0), .integer(12), .decimal(12.5), .decimal(1000), .decimal(0.015), .integer(7), .symbol(.dot),
        ])
    }

    func testOperators() throws {
        XCTAssertEqual(try kinds("= == != <> < <= > >= + - * / ~ ( ) ; ."), [
            .symbol(.equal), .symbol(.equal), .symbol(.notEqual), .symbol(.lessGreater), .symbol(.less),
            .symbol(.lessEqual), .symbol(.greater), .symbol(.greaterEqual), .symbol(.plus), .symbol(.minus),
            .symbol(.star), .symbol(.slash), .symbol(.tilde), .symbol(.leftParen), .symbol(.rightParen),
            .symbol(.semicolon), .symbol(.dot),
        ])
    }

    func testCommentsAndFullWidthPunctuation() throws {
        XCTAssertEqual(try kinds("a -- comment, ignored\n，（b）；　c"), [
            .identifier("a", quoted: false), .symbol(.comma), .symbol(.leftParen), .identifier("b", quoted: false),
            .symbol(.rightParen), .symbol(.semicolon), .identifier("c", quoted: false),
        ])
    }

    func testUnterminatedStringIsOpenAtEnd() {
        let failure = failure("select 'abc")
        XCTAssertEqual(failure?.error.message, "unterminated string")
        XCTAssertEqual(failure?.error.range, SourceRange(start: 7, end: 11))
        XCTAssertEqual(failure?.atEnd, true)
    }

    func testUnterminatedQuotedName() {
        XCTAssertEqual(failure("select `abc")?.error.message, "unterminated quoted name")
        XCTAssertEqual(failure("select 「abc")?.atEnd, true)
    }

    func testBadNumbers() {
        let large = failure("99999999999999999999")
        XCTAssertEqual(large?.error.message, "number '99999999999999999999' is too large")
        XCTAssertEqual(large?.atEnd, false)
        XCTAssertEqual(failure("12abc")?.error.message, "invalid number '12abc'")
        XCTAssertEqual(failure("1e999")?.error.message, "number '1e999' is too large")
    }

    func testUnexpectedCharacterWithHint() {
        let failure = failure("a ＝ 1")
        XCTAssertEqual(failure?.error.message, "unexpected character '＝'")
        XCTAssertEqual(failure?.error.hint, "write '=' instead")
        XCTAssertEqual(failure?.error.range, SourceRange(start: 2, end: 5))
        XCTAssertEqual(self.failure("a ! b")?.error.hint, "write '!=' for 'not equal'")
        XCTAssertNotNil(self.failure("a # b"))
    }
}

/// Every name the catalog resolves (canonical names, row paths, aliases).
enum FieldCatalogNames {
    static let all: [String] = FieldCatalog.standard.allNames
}
