/// A compiled `like` pattern: `%` matches any run of characters, `_` exactly one (one Unicode scalar,
/// so one Chinese character); everything else matches itself, case-sensitively. No escape character.
struct LikePattern: Sendable {
    private enum Part: Sendable, Equatable {
        case byte(UInt8)
        case one
        case any
    }

    private let parts: [Part]

    init(_ pattern: String) {
        parts = pattern.utf8.map { b in b == 0x25 ? .any : b == 0x5F ? .one : .byte(b) }
    }

    func matches(_ text: String) -> Bool {
        if let result = text.utf8.withContiguousStorageIfAvailable({ match($0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { match($0) }
    }

    /// Greedy matching with backtracking to the last `%` (linear in practice, never exponential).
    func match(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var t = 0, p = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < parts.count {
                switch parts[p] {
                case .byte(let b) where b == text[t]:
                    t += 1; p += 1; continue
                case .one:
                    t += LikePattern.scalarLength(text[t]); p += 1; continue
                case .any:
                    starP = p; starT = t; p += 1; continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT += LikePattern.scalarLength(text[starT])
            t = starT
        }
        while p < parts.count, parts[p] == .any { p += 1 }
        return p == parts.count
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
