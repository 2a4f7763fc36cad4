/// Layout webText: a table as one piece of text, the way a web page saved as text prints it: headers,
/// labels and cells glued ("一、本年新收政府信息公开申请数量713000074二、上年结转…"), now and then a space
/// between a label and its figures or a stray space inside the figures.
enum WebTextRenderer {
    static func render(_ table: SynthTable, rng: inout SplitMix64) -> [String] {
        var out = ""
        for row in table.rows {
            if row.isHeader {
                out += row.cells.map(\.text).joined()
                continue
            }
            out += row.prefix.joined() + row.label
            if rng.chance(0.1) { out += " " }
            out += figures(row.cells.map(\.text), &rng)
        }
        return [out]
    }

    /// The cells glued, a stray space between two characters now and then.
    private static func figures(_ cells: [String], _ rng: inout SplitMix64) -> String {
        var out = ""
        for character in cells.joined() {
            if !out.isEmpty, rng.chance(0.04) { out += " " }
            out.append(character)
        }
        return out
    }
}
