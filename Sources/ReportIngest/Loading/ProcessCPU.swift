#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's CPU time so far: user + system, every thread (`getrusage(RUSAGE_SELF)`), in
/// microseconds. A phase that runs on all cores is timed by it where its wall time would count the
/// moments its threads waited for a core (on a loaded machine, most of a short phase).
public enum ProcessCPU {
    public static func microseconds() -> Int64 {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Int64(usage.ru_utime.tv_sec) * 1_000_000 + Int64(usage.ru_utime.tv_usec)
        return user + Int64(usage.ru_stime.tv_sec) * 1_000_000 + Int64(usage.ru_stime.tv_usec)
    }
}
