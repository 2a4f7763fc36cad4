import XCTest
import ReportModel
@testable import ReportOutput

/// The pieces of the Parquet writer against bytes worked out by hand from the specifications
/// (thrift-compact-protocol.md, parquet-format Encodings.md).
final class ParquetEncodingTests: XCTestCase {
    func testVarintsAndZigzag() {
        var buffer = ByteBuffer()
        buffer.appendVarint(300)          // 300 = 0b10_0101100 → 0xAC 0x02
        buffer.appendZigzag(-1)           // → 1
        buffer.appendZigzag(1)            // → 2
        buffer.appendZigzag(-64)          // → 127
        buffer.appendLittleEndian(UInt32(0x0102_0304))
        XCTAssertEqual(buffer.bytes, [0xAC, 0x02, 0x01, 0x02, 0x7F, 0x04, 0x03, 0x02, 0x01])
    }

    func testThriftFieldHeadersListsAndNestedStructs() {
        var thrift = ThriftCompactWriter()
        thrift.structBody { s in
            s.i32(1, 5)              // delta 1, type 5: 0x15, zigzag 5 = 10
            s.string(4, "ab")        // delta 3, type 8: 0x38, length 2
            s.i64(20, 1)             // delta 16: long form 0x06, id zigzag 40, value 2
            s.structure(21) { inner in inner.i32(1, -1) }   // 0x1C; inner 0x15 0x01; stop
            s.i32List(22, [0, 3])    // 0x19, list header 0x25, 0, 6
        }
        XCTAssertEqual(thrift.bytes, [0x15, 0x0A, 0x38, 0x02, 0x61, 0x62, 0x06, 0x28, 0x02,
                                      0x1C, 0x15, 0x01, 0x00, 0x19, 0x25, 0x00, 0x06, 0x00])
    }

    func testALongListHasItsSizeAfterTheHeader() {
        var thrift = ThriftCompactWriter()
        thrift.i32List(1, Array(repeating: 1, count: 15))
        XCTAssertEqual(Array(thrift.bytes.prefix(3)), [0x19, 0xF5, 0x0F])
        XCTAssertEqual(thrift.bytes.count, 3 + 15)
    }

    func testDefinitionLevelsUseRunsAndBitPackedGroups() {
        // Ten values, then three nulls: an RLE run of 10 ones (header 20, value 1), then a bit-packed
        // group of the three zeros padded to eight (header 1 << 1 | 1 = 3, byte 0).
        XCTAssertEqual(DefinitionLevels.encode(ArraySlice(Array(repeating: true, count: 10) + [false, false, false])),
                       [4, 0, 0, 0, 20, 1, 3, 0])
        // 1,0,1,1,0,0,0,1: one group, lowest bit first → 0b1000_1101.
        XCTAssertEqual(DefinitionLevels.encode([true, false, true, true, false, false, false, true]),
                       [2, 0, 0, 0, 3, 0x8D])
        XCTAssertEqual(DefinitionLevels.encode([]), [0, 0, 0, 0])
    }

    func testPlainBooleansAreBitPackedLowestBitFirst() {
        XCTAssertEqual(ParquetPage.packed([true, true, false, false, false, false, false, false, true]), [0x03, 0x01])
    }

    func testAValueIsStoredOnlyWhenExact() {
        let double = ParquetColumn(name: "x", type: .decimal)
        XCTAssertEqual(double.stored(.integer(3)), .decimal(3))
        XCTAssertNil(double.stored(.decimal(.nan)))
        XCTAssertNil(ParquetColumn(name: "x", type: .integer).stored(.decimal(2.5)))
        XCTAssertNil(ParquetColumn(name: "x", type: .text).stored(.integer(2)))
    }

    func testTheFileStartsAndEndsWithTheMagicAndTheFooterLength() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-\(UUID().uuidString).parquet").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = ResultSet(columns: [ResultColumn(name: "n", type: .integer)], rows: [[.integer(7)], [.null]])
        XCTAssertNil(ParquetWriter().write([ExportTable(name: "t", result: result)], toFile: path))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(Array(bytes.prefix(4)), Array("PAR1".utf8))
        XCTAssertEqual(Array(bytes.suffix(4)), Array("PAR1".utf8))
        let footer = bytes[bytes.count - 8..<bytes.count - 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        XCTAssertLessThan(footer, bytes.count - 12)
        // The one data page: header, then levels [1, 0] bit-packed (length 2: header 3, byte 0b01),
        // then the value 7 as eight little-endian bytes.
        XCTAssertNotNil(bytes.firstRange(of: [2, 0, 0, 0, 3, 0x01, 7, 0, 0, 0, 0, 0, 0, 0]))
    }
}

final class HivePartitionsTests: XCTestCase {
    func testFolderNamesEscapeWhatHiveEscapesAndKeepChinese() {
        XCTAssertEqual(HivePartitions.folder("province", .text("山东省")), "province=山东省")
        XCTAssertEqual(HivePartitions.folder("a=b", .text("x/y:z%")), "a%3Db=x%2Fy%3Az%25")
        XCTAssertEqual(HivePartitions.folder("year", .integer(2022)), "year=2022")
        XCTAssertEqual(HivePartitions.folder("year", .null), "year=__HIVE_DEFAULT_PARTITION__")
        XCTAssertEqual(HivePartitions.folder("t", .text("a\tb")), "t=a%09b")
    }

    func testRowsAreSplitInOrderWithoutThePartitionColumns() {
        let result = ResultSet(columns: [ResultColumn(name: "y", type: .integer), ResultColumn(name: "v", type: .text)],
                               rows: [[.integer(2), .text("a")], [.integer(1), .text("b")], [.integer(2), .text("c")]])
        let split = HivePartitions(result, by: ["y"])
        XCTAssertEqual(split.partitions.map(\.folders), [["y=1"], ["y=2"]])
        XCTAssertEqual(split.partitions.map(\.result.rows), [[[.text("b")]], [[.text("a")], [.text("c")]]])
        XCTAssertEqual(split.partitions[0].result.columns.map(\.name), ["v"])
    }
}
