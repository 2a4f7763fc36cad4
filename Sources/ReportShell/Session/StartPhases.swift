#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportIngest

/// When a one-shot start spent its time: the monotonic clock (`CLOCK_MONOTONIC`, the same in every
/// process, so a parent that noted when it spawned gongkai can place each mark) and this process's
/// CPU time (user + system, `getrusage`) at each named mark, in order. The session marks `start`
/// (its init begins), `loaded` (the corpus is loaded) and `ready` (the column store and the views);
/// the executable marks `statement` after the first -c/-f item.
///
/// `GONGKAI_PHASES=1 gongkai … -c '…'` prints them to standard error just before exit, one line:
/// `gongkai-phases start=WALL_NS,CPU_US loaded=… ready=… statement=…` (the benchmark's warm one-shot
/// split; what is left to the exit is the parent's wait end minus the last mark).
public struct StartPhases: Sendable {
    public struct Mark: Sendable, Equatable {
        public var name: String
        /// CLOCK_MONOTONIC, nanoseconds.
        public var wallNanoseconds: UInt64
        /// This process's user + system CPU time so far, microseconds.
        public var cpuMicroseconds: UInt64
    }

    /// The environment variable that asks the executable to print the marks.
    public static let environmentVariable = "GONGKAI_PHASES"

    public private(set) var marks: [Mark] = []

    public init() {}

    public mutating func mark(_ name: String) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let cpu = UInt64(max(0, ProcessCPU.microseconds()))
        marks.append(Mark(name: name, wallNanoseconds: UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec),
                          cpuMicroseconds: cpu))
    }

    /// `gongkai-phases start=…,… loaded=…,…` and a newline.
    public var line: String {
        "gongkai-phases " + marks.map { "\($0.name)=\($0.wallNanoseconds),\($0.cpuMicroseconds)" }.joined(separator: " ") + "\n"
    }
}
