import ReportModel

/// The text functions, value by value, with SQLite's rules (positions and lengths count characters,
/// i.e. Unicode scalars, from 1; a null argument gives null).
enum TextFunctions {
    /// Keeps position arguments in a range where SQLite's arithmetic below cannot overflow.
    private static func clamp(_ n: Int) -> Int { Swift.min(Swift.max(n, -(1 << 40)), 1 << 40) }

    /// `substr(s, start[, length])` as SQLite computes it: start 1 is the first character, 0 the
    /// position before it, a negative start counts from the end; a negative length takes the
    /// characters before start.
    static func substr(_ text: String, start: Int, length: Int?) -> String {
        let scalars = Array(text.unicodeScalars)
        var p1 = clamp(start)
        var p2 = length.map(clamp) ?? scalars.count
        var negative = false
        if p2 < 0 {
            p2 = -p2
            negative = true
        }
        if p1 < 0 {
            p1 += scalars.count
            if p1 < 0 {
                p2 += p1
                if p2 < 0 { p2 = 0 }
                p1 = 0
            }
        } else if p1 > 0 {
            p1 -= 1
        } else if p2 > 0 {
            p2 -= 1
        }
        if negative {
            p1 -= p2
            if p1 < 0 {
                p2 += p1
                p1 = 0
            }
        }
        guard p1 < scalars.count, p2 > 0 else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[p1..<Swift.min(scalars.count, p1 + p2)])
        return String(result)
    }

    /// `instr(s, part)`: the position (in characters, from 1) of the first occurrence, 0 if none; 1
    /// for an empty part.
    static func instr(_ text: String, _ part: String) -> Int {
        let hay = Array(text.utf8), needle = Array(part.utf8)
        guard !needle.isEmpty else { return 1 }
        guard let offset = firstOffset(of: needle, in: hay, from: 0) else { return 0 }
        return 1 + hay[..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `replace(s, from, to)`: every occurrence replaced, left to right; an empty `from` changes nothing.
    static func replace(_ text: String, _ from: String, _ to: String) -> String {
        let hay = Array(text.utf8), needle = Array(from.utf8), replacement = Array(to.utf8)
        guard !needle.isEmpty else { return text }
        var result: [UInt8] = []
        var i = 0
        while let offset = firstOffset(of: needle, in: hay, from: i) {
            result += hay[i..<offset]
            result += replacement
            i = offset + needle.count
        }
        result += hay[i...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte offset of the first occurrence of `needle` at or after `start` (valid UTF-8 never
    /// matches in the middle of a character).
    private static func firstOffset(of needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard hay.count - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    enum TrimSide { case both, leading, trailing }

    /// `trim(s[, characters])`: the characters given (by default the space) removed from the ends.
    static func trim(_ text: String, _ characters: String = " ", side: TrimSide) -> String {
        let set = Set(characters.unicodeScalars)
        var scalars = Array(text.unicodeScalars)[...]
        if side != .trailing { while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() } }
        if side != .leading { while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() } }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// `concat(…)`: the values as text, nulls skipped (PostgreSQL, DuckDB).
    static func concat(_ values: [Value]) -> String {
        values.filter { !$0.isNull }.map(\.description).joined()
    }
}
