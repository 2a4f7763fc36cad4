import CSQLite
import Foundation

/// SQLite's side of "render and write": a query's rows as CSV (a header, then a line per row; a
/// field quoted when it holds a comma, quote or line break, quotes doubled; NULL as nothing), from
/// `sqlite3_column_text` into a 1 MB buffer written to a file descriptor in large writes — what the
/// `sqlite3` shell's `.mode csv` does, without its per-cell printf.
enum SQLiteCSV {
    /// Runs `sql` and writes its rows to `fd`; returns the rows written.
    @discardableResult
    static func write(_ sql: String, in database: SQLiteDatabase, to fd: Int32) throws -> Int {
        let statement = try database.prepare(sql)
        defer { sqlite3_finalize(statement) }
        var out = OutputBuffer(fd: fd)
        let columns = sqlite3_column_count(statement)
        for c in 0..<columns {
            if c > 0 { out.append(UInt8(ascii: ",")) }
            let name = sqlite3_column_name(statement, c)!
            out.field(UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name))
        }
        out.append(UInt8(ascii: "\n"))
        var rows = 0
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw BenchError("SQLite: \(String(cString: sqlite3_errmsg(database.handle)))") }
            for c in 0..<columns {
                if c > 0 { out.append(UInt8(ascii: ",")) }
                guard sqlite3_column_type(statement, c) != SQLITE_NULL, let text = sqlite3_column_text(statement, c) else { continue }
                out.field(text, count: Int(sqlite3_column_bytes(statement, c)))
            }
            out.append(UInt8(ascii: "\n"))
            rows += 1
        }
        try out.flush()
        return rows
    }
}

/// Bytes gathered and written to a descriptor a megabyte at a time.
struct OutputBuffer {
    let fd: Int32
    private var bytes: [UInt8] = []
    private var failed = false

    init(fd: Int32) {
        self.fd = fd
        bytes.reserveCapacity(1 << 20)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
        if bytes.count >= 1 << 20 { try? flush() }
    }

    /// A CSV field: as it is, or quoted with its quotes doubled when it holds `,` `"` CR or LF.
    mutating func field(_ start: UnsafePointer<UInt8>, count: Int) {
        let buffer = UnsafeBufferPointer(start: start, count: count)
        let needsQuotes = buffer.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes {
            bytes.append(contentsOf: buffer)
        } else {
            bytes.append(0x22)
            for byte in buffer {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
        if bytes.count >= 1 << 20 { try? flush() }
    }

    mutating func flush() throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { failed = true; break }
            offset += n
        }
        bytes.removeAll(keepingCapacity: true)
        if failed { throw BenchError("write failed (errno \(errno))") }
    }
}
