import ReportModel

/// A number the narrative states, and the 1-based line it is on.
struct Figure: Sendable, Hashable {
    var value: Value
    var line: Int

    init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }

    init(_ number: ScannedNumber, in flow: FlowText) {
        self.init(number.integer.map(Value.integer) ?? .decimal(number.double), line: flow.lineNumber(at: number.start))
    }
}
