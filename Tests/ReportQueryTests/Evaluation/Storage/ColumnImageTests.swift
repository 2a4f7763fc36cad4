import ReportModel
import XCTest
@testable import ReportQuery

/// A store over the column store's image answers exactly as the store built from the records: every
/// column, dictionary and byte layout read back equal, the query fuzz corpus gives the same results,
/// and a damaged or cut block is never read (the column is built from the records instead).
final class ColumnImageTests: XCTestCase {
    /// The fuzz tests' larger random corpus: nulls, dictionary texts, numbers, decimals, booleans.
    static let records: [ReportRecord] = {
        var random = SeededRandom(state: 77)
        let catalog = FieldCatalog.standard
        let provinces = ["山东省", "北京市", "上海市", "广东省", "四川省"]
        return Fixtures.records() + (0..<1_500).map { i -> ReportRecord in
            var record = ReportRecord()
            func maybe(_ value: Value) -> Value { Int.random(in: 0..<8, using: &random) == 0 ? .null : value }
            record.set(catalog.id("id"), .text("r\(i)"), line: 0, origin: .derived)
            record.set(catalog.id("file"), maybe(.text("d/r\(i).txt")), line: 0, origin: .derived)
            record.set(catalog.id("agency"), maybe(.text("机关\(Int.random(in: 0..<300, using: &random))局")), line: 1, origin: .narrative)
            record.set(catalog.id("province"), maybe(.text(provinces.randomElement(using: &random)!)), line: 1, origin: .narrative)
            record.set(catalog.id("year"), maybe(.integer(Int.random(in: 2019...2023, using: &random))), line: 2, origin: .narrative)
            record.set(catalog.id("requests.new.total"), maybe(.integer(Int.random(in: -5..<6_000_000_000, using: &random))), line: 3, origin: .table)
            record.set(catalog.id("requests.new.natural"), maybe(.integer(Int.random(in: 0..<40, using: &random))), line: 3, origin: .table)
            record.set(catalog.id("proactive.fees"), maybe(.decimal(Double(Int.random(in: 0..<1000, using: &random)) / 7)), line: 4, origin: .table)
            record.set(catalog.id("check.ok"), maybe(.bool(Bool.random(using: &random))), line: 0, origin: .derived)
            return record
        }
    }()

    private func imaged(_ records: [ReportRecord]) -> (built: ColumnStore, image: MemoryImage) {
        let built = ColumnStore(records: records)
        let image = MemoryImage()
        XCTAssertTrue(built.writeImage(to: image))
        return (built, image)
    }

    private func everyField(_ store: ColumnStore) -> Set<Int> { store.onDemandFields.union(store.table.columns.indices.filter { !store.lazyFields.contains($0) }) }

    func testEveryColumnReadsBackAsBuilt() {
        let (built, image) = imaged(ColumnImageTests.records)
        let read = ColumnStore(image: image.image(rows: built.rowCount), records: LazyRecords(count: built.rowCount) {
            XCTFail("no record is made to read the columns")
            return ColumnImageTests.records
        })
        let fields = everyField(built)
        let a = built.table(using: fields), b = read.table(using: fields)
        for field in fields.sorted() {
            XCTAssertEqual(a.columns[field].values(), b.columns[field].values(), FieldCatalog.standard.fields[field].name)
            XCTAssertEqual(a.layouts[field]?.bytes, b.layouts[field]?.bytes, FieldCatalog.standard.fields[field].name)
            XCTAssertEqual(a.layouts[field]?.offsets, b.layouts[field]?.offsets)
            XCTAssertEqual(built.dictionary(field)?.values, read.dictionary(field)?.values)
            XCTAssertEqual(built.dictionary(field)?.codes, read.dictionary(field)?.codes)
        }
        XCTAssertEqual(image.damage.withLock { $0 }, 0)
        // The values are those of the records, not just of one store: spot-check against them.
        let agency = FieldCatalog.standard.id("agency").rawValue
        for (row, record) in ColumnImageTests.records.enumerated() {
            XCTAssertEqual(b.columns[agency].value(at: row), record[FieldCatalog.standard.id("agency")])
        }
    }

    func testFuzzStatementsGiveTheSameResults() throws {
        let (built, image) = imaged(ColumnImageTests.records)
        let direct = Database(store: built)
        let mapped = Database(store: ColumnStore(image: image.image(rows: built.rowCount), records: LazyRecords(ColumnImageTests.records)))
        func outcome(_ database: Database, _ text: String) -> (String, Bool) {
            do { return ("\(try database.query(text).rows)", true) } catch { return ("error: \(error.message)", false) }
        }
        var generator = QueryGenerator(seed: 0x5EED)
        var compared = 0
        for round in 0..<1_500 {
            let text = round % 2 == 0 ? generator.query() : generator.typedQuery()
            let (expected, answered) = outcome(direct, text)
            XCTAssertEqual(expected, outcome(mapped, text).0, text)
            if answered { compared += 1 }
        }
        XCTAssertGreaterThan(compared, 300)
    }

    func testADamagedBlockIsBuiltFromTheRecordsInstead() {
        let records = ColumnImageTests.records
        let (built, image) = imaged(records)
        let agency = FieldCatalog.standard.id("agency").rawValue
        let year = FieldCatalog.standard.id("year").rawValue
        image.corrupt(field: agency, at: 20)
        image.corrupt(field: year, at: 3)
        let read = ColumnStore(image: image.image(rows: built.rowCount), records: LazyRecords(records))
        let a = built.table(using: [agency, year]), b = read.table(using: [agency, year])
        XCTAssertEqual(a.columns[agency].values(), b.columns[agency].values())
        XCTAssertEqual(a.columns[year].values(), b.columns[year].values())
        XCTAssertEqual(built.dictionary(agency)?.codes, read.dictionary(agency)?.codes)
        XCTAssertEqual(image.damage.withLock { $0 }, 1, "the image is reported damaged once")
    }

    func testACutBlockIsNeverDecoded() {
        let records = ColumnImageTests.records
        let (built, image) = imaged(records)
        let province = FieldCatalog.standard.id("province").rawValue
        let fees = FieldCatalog.standard.id("proactive.fees").rawValue
        image.truncate(field: province, by: 4)
        image.truncate(field: fees, by: 1)
        let read = ColumnStore(image: image.image(rows: built.rowCount), records: LazyRecords(records))
        XCTAssertEqual(built.table(using: [province, fees]).columns[province].values(), read.table(using: [province, fees]).columns[province].values())
        XCTAssertEqual(built.table(using: [fees]).columns[fees].values(), read.table(using: [fees]).columns[fees].values())
        XCTAssertEqual(image.damage.withLock { $0 }, 1)
    }

    func testBlocksThatDoNotAddUpDecodeToNil() {
        let text = ColumnImage.encodeText(codes: [0, 1, -1, 0], values: ["甲", "乙"])
        text.withUnsafeBytes { XCTAssertEqual(ColumnImage.decodeText($0, rows: 4)?.values, ["甲", "乙"]) }
        text.withUnsafeBytes { XCTAssertNil(ColumnImage.decodeText($0, rows: 5), "rows the block does not hold") }
        var badCode = text
        badCode[badCode.count - 4] = 2  // the last code: 2, past the two values
        badCode.withUnsafeBytes { XCTAssertNil(ColumnImage.decodeText($0, rows: 4)) }
        var badOffset = text
        badOffset[16] = 0xFF  // the first value's end offset, past the block
        badOffset.withUnsafeBytes { XCTAssertNil(ColumnImage.decodeText($0, rows: 4)) }
        let flags = ColumnImage.encode(.bool(Column(values: [true, false], valid: [true, true])))
        XCTAssertEqual(flags, [1, 0, 1, 1])
        [1, 2, 1, 1].withUnsafeBytes { XCTAssertNil(ColumnImage.decode($0, type: .bool, rows: 2), "a flag of 2") }
        let integers = ColumnImage.encode(.integer(Column(values: [7, -1], valid: [true, false])))
        integers.withUnsafeBytes { XCTAssertEqual(ColumnImage.decode($0, type: .integer, rows: 2)?.values(), [.integer(7), .null]) }
        integers.dropLast().withUnsafeBytes { XCTAssertNil(ColumnImage.decode($0, type: .integer, rows: 2)) }
    }
}
