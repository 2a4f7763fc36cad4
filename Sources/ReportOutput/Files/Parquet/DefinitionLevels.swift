/// A data page's definition levels for an optional top-level column (maximum level 1: 1 = a value,
/// 0 = null) in Parquet's RLE / bit-packing hybrid with bit width 1, after their 4-byte length as a
/// v1 data page has them. A run of 8 or more equal levels is an RLE run (header `count << 1`, then the
/// level in one byte); anything else is bit-packed in groups of 8 (header `groups << 1 | 1`, then a
/// byte per group, first level in the lowest bit), the last group padded with zeros — the page's
/// value count says where the levels end. Spec: parquet-format Encodings.md, "RLE".
enum DefinitionLevels {
    static func encode(_ defined: ArraySlice<Bool>) -> [UInt8] {
        var runs = ByteBuffer()
        let levels = Array(defined)
        var start = 0
        while start < levels.count {
            let run = runLength(levels, from: start)
            if run >= 8 {
                runs.appendVarint(UInt64(run) << 1)
                runs.append(levels[start] ? 1 : 0)
                start += run
                continue
            }
            var groups: [UInt8] = []
            repeat {
                var byte: UInt8 = 0
                for bit in 0..<8 where start + bit < levels.count && levels[start + bit] { byte |= 1 << UInt8(bit) }
                groups.append(byte)
                start += 8
            } while start < levels.count && groups.count < 63 && runLength(levels, from: start) < 8
            runs.appendVarint(UInt64(groups.count) << 1 | 1)
            runs.append(contentsOf: groups)
        }
        var out = ByteBuffer()
        out.appendLittleEndian(UInt32(runs.count))
        out.append(contentsOf: runs.bytes)
        return out.bytes
    }

    /// How many levels from `start` equal the one there.
    private static func runLength(_ levels: [Bool], from start: Int) -> Int {
        var end = start
        while end < levels.count && levels[end] == levels[start] { end += 1 }
        return end - start
    }
}
