import Dispatch
import ReportModel

/// How a data format (CSV, TSV, JSON, JSON Lines) writes a large result on both cores: the rows in
/// blocks of `blockRows`, two blocks at a time rendered on two threads, each into a buffer of its
/// own, then written in row order — the same bytes as one thread writes, in memory two blocks deep.
/// A result under `threshold` rows is written on the calling thread (the threads would cost more).
/// `standard` is the rule; a test sets a low threshold to run the parallel path on small results.
public struct RowBlocks: Sendable, Hashable {
    /// Results with at least this many rows are written in blocks on two threads.
    public var threshold: Int
    /// Rows per block.
    public var blockRows: Int

    /// 4,096 rows and blocks of 2,048: a headline row is about 100 bytes, so a block is ~200 KB
    /// (a report text ~5 KB, ~10 MB).
    public static let standard = RowBlocks(threshold: 4_096, blockRows: 2_048)

    public init(threshold: Int, blockRows: Int) {
        self.threshold = threshold
        self.blockRows = max(1, blockRows)
    }

    /// Writes `result`'s rows to `out` through `rows`, given the columns' cells (`CellPointers`, in
    /// column order) and a range of rows to write to the writer it is given; see `write(rowCount:)`.
    func write(_ result: ResultSet, to out: ByteWriter,
               rows: @Sendable (UnsafeBufferPointer<CellPointers>, Range<Int>, ByteWriter) -> Void) {
        ResultCells.withPointers(result.columns.indices.map(result.cells)) { pointers in
            let columns = SharedColumns(pointers: pointers)
            write(rowCount: result.rowCount, to: out) { range, out in rows(columns.pointers, range, out) }
        }
    }

    /// Writes rows `0..<rowCount` to `out` through `rows`, which writes a range of rows to the writer
    /// it is given and may be called from two threads at once (each with its own writer).
    func write(rowCount: Int, to out: ByteWriter, rows: @Sendable (Range<Int>, ByteWriter) -> Void) {
        guard rowCount >= threshold, rowCount > blockRows else { return rows(0..<rowCount, out) }
        let slots = [BlockSlot(), BlockSlot()]
        var start = 0
        while start < rowCount, out.failure == nil {
            let ranges = (0..<2).map { half in
                min(rowCount, start + half * blockRows)..<min(rowCount, start + (half + 1) * blockRows)
            }
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                slots[half].render(ranges[half], rows)
            }
            for slot in slots { slot.drain(to: out) }
            start += 2 * blockRows
        }
    }
}

/// The columns' pointers, read (never written) by both threads while `write` runs.
private struct SharedColumns: @unchecked Sendable {
    let pointers: UnsafeBufferPointer<CellPointers>
}

/// One thread's block: its writer and the bytes it collected (kept between blocks, emptied).
private final class BlockSlot: @unchecked Sendable {
    private let box = ByteBox()
    private lazy var writer = ByteWriter.collecting(into: box)

    func render(_ range: Range<Int>, _ rows: (Range<Int>, ByteWriter) -> Void) {
        guard !range.isEmpty else { return }
        rows(range, writer)
        writer.flush()
    }

    func drain(to out: ByteWriter) {
        out.append(box.bytes)
        box.bytes.removeAll(keepingCapacity: true)
    }
}
