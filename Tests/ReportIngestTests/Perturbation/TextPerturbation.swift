import ReportSynth

/// Random changes to a report's whitespace and line structure that keep every label's words and every
/// figure as printed, written without the parser's notions of rows, cells or labels: blank lines
/// inserted, lines joined (with a space where two figures or letters would otherwise touch) and split
/// (never inside a number or a `[…]` marker), tabs, spaces and full-width spaces swapped, the pieces
/// of a line put one per line (cells per line) and runs of short lines put on one (rows per line).
struct TextPerturbation {
    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    private static let spaces: [String] = [" ", "  ", "\t", "\u{3000}"]

    mutating func perturb(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        // One document-wide change, sometimes.
        switch rng.int(0...5) {
        case 0: lines = lines.flatMap { explode($0, blankBetween: true) }
        case 1: lines = lines.map { swapSpaces($0, all: true) }
        case 2: lines = lines.flatMap { explode($0, blankBetween: false) }
        default: break
        }
        for _ in 0..<rng.int(2...14) {
            guard !lines.isEmpty else { break }
            let i = rng.int(0...(lines.count - 1))
            switch rng.int(0...6) {
            case 0: lines.insert(contentsOf: Array(repeating: "", count: rng.int(1...2)), at: i)
            case 1: if i + 1 < lines.count { lines[i] = join(lines[i], lines[i + 1]); lines.remove(at: i + 1) }
            case 2: if let (a, b) = split(lines[i]) { lines[i] = a; lines.insert(b, at: i + 1) }
            case 3: lines[i] = swapSpaces(lines[i], all: false)
            case 4: lines.replaceSubrange(i...i, with: explode(lines[i], blankBetween: rng.chance(0.5)))
            case 5:
                let end = min(lines.count, i + rng.int(2...8))
                let run = lines[i..<end]
                if run.allSatisfy({ $0.count <= 40 }) { lines.replaceSubrange(i..<end, with: [run.joined(separator: " ")]) }
            default:
                lines[i] = lines[i] + rng.pick(["", " ", "\t", "\u{3000}"])
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func isTight(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-" || c == "+")
    }

    /// The two lines as one; a space between them where a figure or a letter meets another.
    private mutating func join(_ a: String, _ b: String) -> String {
        let tight = Self.isTight(a.last) || Self.isTight(b.first)
        return a + (tight ? rng.pick([" ", "\t", "\u{3000}"]) : rng.pick(["", " "])) + b
    }

    /// The line cut at a random point that is not inside a number, a word of Latin letters or a marker.
    private mutating func split(_ line: String) -> (String, String)? {
        let chars = Array(line)
        guard chars.count >= 2 else { return nil }
        var open = 0
        var points: [Int] = []
        for k in 1..<chars.count {
            if chars[k - 1] == "[" { open += 1 }
            if chars[k - 1] == "]" { open = max(0, open - 1) }
            if open == 0, !(Self.isTight(chars[k - 1]) && Self.isTight(chars[k])) { points.append(k) }
        }
        guard !points.isEmpty else { return nil }
        let k = rng.pick(points)
        return (String(chars[..<k]), String(chars[k...]))
    }

    /// Whitespace runs replaced by other whitespace (tabs ↔ spaces ↔ full-width spaces).
    private mutating func swapSpaces(_ line: String, all: Bool) -> String {
        var out = ""
        var inRun = false
        for c in line {
            if c == " " || c == "\t" || c == "\u{3000}" {
                if !inRun { out += all || rng.chance(0.5) ? rng.pick(Self.spaces) : String(c) }
                inRun = true
            } else {
                out.append(c)
                inRun = false
            }
        }
        return out
    }

    /// Each whitespace-separated piece on a line of its own (markers kept whole).
    private mutating func explode(_ line: String, blankBetween: Bool) -> [String] {
        var pieces: [String] = []
        var current = ""
        var open = 0
        for c in line {
            if c == "[" { open += 1 }
            if c == "]" { open = max(0, open - 1) }
            if open == 0, c == " " || c == "\t" || c == "\u{3000}" {
                if !current.isEmpty { pieces.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        guard pieces.count > 1 else { return [line] }
        return blankBetween ? pieces.flatMap { [$0, ""] } : pieces
    }
}
