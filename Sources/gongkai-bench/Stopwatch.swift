import Foundation

/// Wall time since creation, from the monotonic clock.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    var nanoseconds: UInt64 { DispatchTime.now().uptimeNanoseconds - start }
    var milliseconds: Double { Double(nanoseconds) / 1e6 }
    var seconds: Double { Double(nanoseconds) / 1e9 }

    /// The median of `runs` timings of `body` (milliseconds), after one untimed warm-up call.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var times: [Double] = []
        for _ in 0..<runs {
            let watch = Stopwatch()
            try body()
            times.append(watch.milliseconds)
        }
        return median(times)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
