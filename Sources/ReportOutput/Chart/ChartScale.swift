/// Maps values to bars within a fixed number of columns, with an axis when some values are negative
/// (see `ChartRenderer`). `bar` returns the text before the value: padding, the bar, a space.
struct ChartScale {
    let negativeColumns: Int
    let positiveColumns: Int
    let largestNegative: Double
    let largestPositive: Double

    init(_ values: [Double], area: Int) {
        let finite = values.filter(\.isFinite)
        largestPositive = max(0, finite.max() ?? 0)
        largestNegative = max(0, -(finite.min() ?? 0))
        let total = largestPositive + largestNegative
        var negative = total > 0 ? Int((Double(area) * largestNegative / total).rounded()) : 0
        if largestNegative > 0 { negative = min(max(negative, 1), largestPositive > 0 ? area - 1 : area) }
        negativeColumns = negative
        positiveColumns = area - negative
    }

    func bar(_ value: Double?) -> String {
        let axis = String(repeating: " ", count: negativeColumns)
        guard let value, value.isFinite, value != 0 else { return axis }
        if value > 0 {
            let eighths = Int((value / largestPositive * Double(positiveColumns * 8)).rounded())
            return axis + BarGlyphs.rightward(eighths: max(1, eighths)) + " "
        }
        let halves = max(1, Int((-value / largestNegative * Double(negativeColumns * 2)).rounded()))
        let bar = BarGlyphs.leftward(halves: halves)
        return String(repeating: " ", count: negativeColumns - DisplayWidth.of(bar)) + bar + " "
    }
}
