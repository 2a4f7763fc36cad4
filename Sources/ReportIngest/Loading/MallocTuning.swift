#if canImport(Glibc)
import Glibc
#endif

/// A large load allocates gigabytes in small pieces (each record's value arrays and texts) from several
/// threads. glibc grows each thread's heap 128 KB at a time by default, each step an `mprotect` that
/// takes the address-space lock every other thread's page faults wait on: profiles of a 100,000-report
/// load showed 6% of the time in `mprotect` alone. Growing heaps 64 MB at a time (untouched pages cost
/// no memory) removes that. Process-wide, set once, and only before a load of many files.
enum MallocTuning {
    static let minimumFiles = 2_000

    static func prepare(forFiles count: Int) {
        #if canImport(Glibc)
        guard count >= minimumFiles else { return }
        _ = applied
        #endif
    }

    #if canImport(Glibc)
    /// `mallopt(M_TOP_PAD, 64 MB)`, looked up at run time (<malloc.h> is not in the Glibc module);
    /// M_TOP_PAD is -2 in glibc's malloc.h.
    private static let applied: Bool = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        return mallopt(-2, 64 << 20) == 1
    }()
    #endif
}
