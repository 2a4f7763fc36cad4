import Dispatch

/// Times the phases of a load one after another: each `lap` returns the seconds since the previous
/// one (or since the clock was made).
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
