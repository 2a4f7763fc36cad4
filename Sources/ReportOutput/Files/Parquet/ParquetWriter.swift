#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FileAccess
import ReportModel

/// One Parquet file written from the format's specification (parquet-format's parquet.thrift; no
/// Swift Parquet library exists): `PAR1`, then per row group of at most `rowsPerGroup` rows a column
/// chunk per column — v1 data pages, PLAIN values, RLE/bit-packed definition levels, uncompressed —
/// then the footer (`FileMetaData` in Thrift's compact protocol), its 4-byte little-endian length and
/// `PAR1` again. The columns are those of the first table, named as `ExportTable.columnNames` gives.
/// One column chunk is in memory at a time; the file grows as it is written.
public struct ParquetWriter: ResultFileWriter {
    /// Rows per row group: a reader parallelises over row groups and skips them by their statistics.
    public var rowsPerGroup: Int

    public init(rowsPerGroup: Int = 100_000) {
        self.rowsPerGroup = max(1, rowsPerGroup)
    }

    public func write(_ tables: [ExportTable], toFile path: String) -> ExportWriteError? {
        guard let table = tables.first else { return ExportWriteError("nothing to write") }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return ExportWriteError("\(FileError(path: path, operation: "create", code: errno))") }
        defer { close(fd) }
        var file = ParquetFile(fd: fd, path: path)
        let columns = zip(table.columnNames, table.result.columns).map { ParquetColumn(name: $0, type: $1.type) }
        do {
            try file.write(ParquetFile.magic)
            var groups: [ParquetRowGroup] = []
            var start = 0
            repeat {
                let rows = start..<min(table.result.rowCount, start + rowsPerGroup)
                groups.append(try file.writeRowGroup(table.result, rows: rows, columns: columns))
                start = rows.upperBound
            } while start < table.result.rowCount
            try file.writeFooter(columns: columns, groups: groups, rowCount: table.result.rowCount)
        } catch {
            return error
        }
        return nil
    }
}

/// A column chunk as the footer describes it.
struct ParquetColumnChunk {
    var offset: Int
    var size: Int
    var valueCount: Int
    var nullCount: Int
}

/// A row group as the footer describes it.
struct ParquetRowGroup {
    var chunks: [ParquetColumnChunk]
    var rowCount: Int
}

/// The file being written: its descriptor and how many bytes are in it.
struct ParquetFile {
    static let magic: [UInt8] = Array("PAR1".utf8)

    let fd: Int32
    let path: String
    var offset = 0

    mutating func write(_ bytes: [UInt8]) throws(ExportWriteError) {
        if let error = AtomicFile.writeAll(bytes, to: fd, path: path) { throw ExportWriteError("\(error)") }
        offset += bytes.count
    }

    mutating func writeRowGroup(_ result: ResultSet, rows: Range<Int>, columns: [ParquetColumn]) throws(ExportWriteError) -> ParquetRowGroup {
        var chunks: [ParquetColumnChunk] = []
        for (index, column) in columns.enumerated() {
            let start = offset
            var page = ParquetPage()
            var nulls = 0
            var failure: ExportWriteError?
            result.cells(index).withPointers { cells in
                for row in rows {
                    column.append(cells, row, to: &page)
                    if page.valueBytes >= ParquetPage.targetBytes {
                        nulls += page.nullCount
                        do throws(ExportWriteError) { try write(page.encoded()) } catch { return failure = error }
                        page = ParquetPage()
                    }
                }
            }
            if let failure { throw failure }
            if page.valueCount > 0 || rows.isEmpty {
                nulls += page.nullCount
                try write(page.encoded())
            }
            chunks.append(ParquetColumnChunk(offset: start, size: offset - start, valueCount: rows.count, nullCount: nulls))
        }
        return ParquetRowGroup(chunks: chunks, rowCount: rows.count)
    }

    /// `FileMetaData`: version 1, the schema (a root with the columns as children), the row count,
    /// the row groups with their column chunks' metadata, and who wrote it.
    mutating func writeFooter(columns: [ParquetColumn], groups: [ParquetRowGroup], rowCount: Int) throws(ExportWriteError) {
        var thrift = ThriftCompactWriter()
        thrift.structBody { meta in
            meta.i32(1, 1)
            meta.structList(2, [nil] + columns.map(Optional.some)) { element, column in
                guard let column else {
                    element.string(4, "schema")
                    element.i32(5, Int32(columns.count))
                    return
                }
                column.writeSchemaElement(&element)
            }
            meta.i64(3, Int64(rowCount))
            meta.structList(4, groups) { group, rowGroup in
                group.structList(1, Array(zip(columns, rowGroup.chunks))) { chunk, pair in
                    let (column, info) = pair
                    chunk.i64(2, Int64(info.offset))
                    chunk.structure(3) { data in
                        data.i32(1, column.type.rawValue)
                        data.i32List(2, [0, 3])
                        data.stringList(3, [column.name])
                        data.i32(4, 0)
                        data.i64(5, Int64(info.valueCount))
                        data.i64(6, Int64(info.size))
                        data.i64(7, Int64(info.size))
                        data.i64(9, Int64(info.offset))
                        data.structure(12) { $0.i64(3, Int64(info.nullCount)) }
                    }
                }
                group.i64(2, Int64(rowGroup.chunks.reduce(0) { $0 + $1.size }))
                group.i64(3, Int64(rowGroup.rowCount))
            }
            meta.string(6, "gongkai")
        }
        var tail = ByteBuffer()
        tail.appendLittleEndian(UInt32(thrift.bytes.count))
        try write(thrift.bytes + tail.bytes + ParquetFile.magic)
    }
}
