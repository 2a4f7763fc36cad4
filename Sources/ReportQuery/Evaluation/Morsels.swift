import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// When row-wise work is split across threads, and how: the one rule for the joins' probe and pair
/// gathering, the sort of one key's rows (`Sorter.order`, the windows' order), `prev`/`next` and the
/// computed outputs of a query without `order by` or `limit` (`QueryExecutor.computedOutputs`).
///
/// Work over fewer than `minimumRows` rows runs on the calling thread (starting threads costs more
/// than it saves); above it, the rows are cut into `parts(of:)` contiguous ranges, one per worker,
/// each computed on its own thread (`ParallelChunks.map`) into its own output or its own disjoint
/// slice of one (`DisjointSlices`), and the pieces are put together in range order, so the result is
/// the same as on one thread, order included. The tests lower the threshold (`$minimumRows`) to run
/// the split path on small tables and compare it with the serial one.
enum Morsels {
    /// Rows below which work stays on one thread: a task-local, so a test can lower it for its own
    /// queries only (`Morsels.$minimumRows.withValue(2) { … }`).
    @TaskLocal static var minimumRows = 32_768

    /// Threads to split among (the machine's cores, at most 8).
    static let workers = max(1, min(8, activeProcessors()))

    /// `0 ..< count` as one range (below the threshold) or up to `workers` nearly equal ranges.
    static func parts(of count: Int) -> [Range<Int>] { parts(of: count, rows: count) }

    /// `0 ..< count` (e.g. chunks) as one range, or, when work over `rows` rows is split, up to
    /// `workers` nearly equal ranges.
    static func parts(of count: Int, rows: Int) -> [Range<Int>] {
        guard rows >= max(1, minimumRows), workers > 1, count > 1 else { return [0..<count] }
        let pieces = min(workers, count)
        return (0..<pieces).map { k in count * k / pieces..<count * (k + 1) / pieces }
    }

    /// Whether work over `count` rows is split.
    static func splits(_ count: Int) -> Bool { parts(of: count).count > 1 }

    private static func activeProcessors() -> Int {
        #if canImport(Glibc)
        return sysconf(Int32(_SC_NPROCESSORS_ONLN))
        #else
        return 2
        #endif
    }
}

/// An array being filled from several threads, each writing only its own range of indices (from
/// `Morsels.parts`): the buffer is shared, the writes are disjoint, so there is no data race. Only
/// `DisjointSlices.filling` makes one, and it returns after every thread is done.
struct DisjointSlices<Element: Sendable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>

    /// Stores `value` at `index` (each index written once, by the thread that owns its range).
    @inline(__always)
    func initialize(_ index: Int, to value: Element) { (base + index).initialize(to: value) }

    /// An array of `count` elements filled by `parts` calls of `fill(slices, k)`, each on its own
    /// thread (one call runs on this one); together they must initialize every index exactly once.
    static func filling(count: Int, parts: Int, _ fill: @Sendable (DisjointSlices, Int) -> Void) -> [Element] {
        guard count > 0 else { return [] }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slices = DisjointSlices(base: buffer.baseAddress!)
            if parts == 1 {
                fill(slices, 0)
            } else {
                DispatchQueue.concurrentPerform(iterations: parts) { k in fill(slices, k) }
            }
            initialized = count
        }
    }
}
