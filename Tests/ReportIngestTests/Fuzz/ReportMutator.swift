import Foundation
import ReportSynth

/// Seeded damage to the bytes of a report file, in the ways the robustness campaign of issue 12 found
/// harmful: byte flips, truncation, insertion of random bytes, huge repeats of a slice, long glued digit
/// runs and absurd figures, and for the structured formats damage to their structure (zip records of a
/// .docx, its XML, HTML tags). Deterministic for a seed.
struct ReportMutator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A mutation of `data`, and what it did (for failure messages).
    mutating func mutate(_ data: Data) -> (Data, String) {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return (Data([0]), "a NUL byte") }
        switch random.int(0...6) {
        case 0:
            let count = random.int(1...16)
            for _ in 0..<count { bytes[random.int(0...(bytes.count - 1))] ^= UInt8(random.int(1...255)) }
            return (Data(bytes), "\(count) bytes flipped")
        case 1:
            let length = random.int(0...(bytes.count - 1))
            return (Data(bytes.prefix(length)), "truncated to \(length) bytes")
        case 2:
            let noise = (0..<random.int(1...64)).map { _ in UInt8(random.int(0...255)) }
            let at = random.int(0...bytes.count)
            bytes.insert(contentsOf: noise, at: at)
            return (Data(bytes), "\(noise.count) random bytes at \(at)")
        case 3:
            let start = random.int(0...(bytes.count - 1))
            let slice = Array(bytes[start..<min(bytes.count, start + random.int(1...4096))])
            let times = random.int(2...(max(2, 1_000_000 / slice.count)))
            bytes.insert(contentsOf: Array(repeating: slice, count: times).joined(), at: start)
            return (Data(bytes), "\(slice.count) bytes at \(start) repeated \(times) times")
        case 4:
            let digits = (0..<random.int(60...140)).map { _ in UInt8(0x30 + random.int(0...9)) }
            let at = random.int(0...bytes.count)
            bytes.insert(contentsOf: Array("一、本年新收政府信息公开申请数量".utf8) + digits + Array("二、上年结转".utf8), at: at)
            return (Data(bytes), "\(digits.count) glued digits at \(at)")
        case 5:
            // Every figure after a random point becomes an absurd one.
            let at = random.int(0...(bytes.count - 1))
            var out = Array(bytes[..<at])
            var i = at
            while i < bytes.count {
                if (0x30...0x39).contains(bytes[i]) {
                    out.append(contentsOf: Array("99999999999999999999.5".utf8))
                    while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return (Data(out), "figures after \(at) made absurd")
        default:
            let at = random.int(0...bytes.count)
            let bad: [[UInt8]] = [[0xFF, 0xFE, 0xC3, 0x28, 0xA0], [0xED, 0xA0, 0x80], [0], [0xE4, 0xB8]]
            bytes.insert(contentsOf: random.pick(bad), at: at)
            return (Data(bytes), "invalid UTF-8 at \(at)")
        }
    }

    /// Damage to the structure of an XML or HTML text: tags unbalanced, nested deep, a DOCTYPE with
    /// entities, a name with invalid UTF-8 — or a byte-level mutation.
    mutating func mutateMarkup(_ text: String) -> (Data, String) {
        var utf8 = Array(text.utf8)
        let at = random.int(0...utf8.count)
        let pieces: [(String, [UInt8])] = [
            ("unclosed tags", Array(String(repeating: "<w:p><w:r><w:t>", count: random.int(1...400)).utf8)),
            ("stray end tags", Array(String(repeating: "</w:tc></w:tr></td></tr>", count: random.int(1...50)).utf8)),
            ("deep nesting", Array(String(repeating: "<table><tr><td>", count: random.int(100...3000)).utf8)),
            ("a DOCTYPE", Array("<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>".utf8)),
            ("a bad name", [0x3C, 0x77, 0x3A, 0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0x3E]),
            ("a long pre line", Array(("<pre>" + (0..<random.int(1000...20000)).map { _ in String(random.int(0...999)) }.joined(separator: " ") + "</pre>").utf8)),
        ]
        if random.chance(0.3) { return mutate(Data(utf8)) }
        let (name, bytes) = random.pick(pieces)
        utf8.insert(contentsOf: bytes, at: at)
        return (Data(utf8), "\(name) at \(at)")
    }

    /// Damage to the zip records of a .docx: bytes of its end record, central directory or first local
    /// header overwritten, or a byte-level mutation.
    mutating func mutateZip(_ data: Data) -> (Data, String) {
        var bytes = [UInt8](data)
        guard bytes.count > 100, random.chance(0.7) else { return mutate(data) }
        let region = random.int(0...2)
        let range: Range<Int> = switch region {
        case 0: (bytes.count - 22)..<bytes.count
        case 1: max(0, bytes.count - 400)..<(bytes.count - 22)
        default: 0..<60
        }
        let count = random.int(1...6)
        for _ in 0..<count {
            let offset = random.int(range.lowerBound...(range.upperBound - 1))
            bytes[offset] = random.chance(0.5) ? 0xFF : UInt8(random.int(0...255))
        }
        return (Data(bytes), "\(count) bytes of the zip's \(["end record", "central directory", "local header"][region]) overwritten")
    }
}
