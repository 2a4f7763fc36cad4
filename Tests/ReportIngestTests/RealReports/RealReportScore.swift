import ReportModel

/// How the parser's record of one real report compares with its hand-typed labels.
///
/// Per labelled field: *correct* when the parser gives the label's value; *wrong* when the parser gives
/// a non-null value that differs from the label, or any value where the label is null (the report does
/// not state it); *missed* when the parser gives null where the label has a value. A null label the
/// parser also leaves null counts as correct. Precision = correct ÷ (correct + wrong); recall = correct
/// non-null ÷ labelled non-null.
struct RealReportScore {
    /// One disagreement, written `fixture field: label L, parser P` so that the known list reads the same.
    struct Finding: Hashable, CustomStringConvertible, Comparable {
        var fixture: String
        var field: String
        var label: String
        var parser: String

        var description: String { "\(fixture) \(field): label \(label), parser \(parser)" }
        static func < (a: Finding, b: Finding) -> Bool { a.description < b.description }
    }

    var fixture: String
    var correct = 0
    /// Labels with a value (recall's denominator) and how many of them the parser got.
    var valued = 0
    var valuedCorrect = 0
    var wrong: [Finding] = []
    var missed: [Finding] = []

    init(fixture: String, labels: [String: RealReportSet.Label], record: ReportRecord) {
        self.fixture = fixture
        for (field, label) in labels.sorted(by: { $0.key < $1.key }) {
            let value = record[field]
            if label != .null { valued += 1 }
            if Self.agrees(label, value) {
                correct += 1
                if label != .null { valuedCorrect += 1 }
            } else if value.isNull {
                missed.append(Finding(fixture: fixture, field: field, label: label.description, parser: "null"))
            } else {
                wrong.append(Finding(fixture: fixture, field: field, label: label.description, parser: Self.show(value)))
            }
        }
    }

    var precision: Double { correct + wrong.count == 0 ? 1 : Double(correct) / Double(correct + wrong.count) }
    var recall: Double { valued == 0 ? 1 : Double(valuedCorrect) / Double(valued) }

    static func agrees(_ label: RealReportSet.Label, _ value: Value) -> Bool {
        switch (label, value) {
        case (.null, .null): return true
        case (.number(let n), .integer(let v)): return Double(v) == n
        case (.number(let n), .decimal(let v)): return abs(v - n) < 1e-9 * max(1, abs(n))
        case (.text(let t), .text(let v)): return t == v
        default: return false
        }
    }

    static func show(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer(let v): return String(v)
        case .decimal(let v): return RealReportSet.Label.number(v).description
        case .text(let v): return v
        case .bool(let v): return String(v)
        }
    }

    /// A line of the per-report table: name, labelled fields, wrong, missed, precision, recall.
    var line: String {
        "\(fixture): \(correct + wrong.count + missed.count) labelled (\(valued) with a value), "
            + "\(wrong.count) wrong, \(missed.count) missed, precision \(Self.percent(precision)), recall \(Self.percent(recall))"
    }

    static func percent(_ x: Double) -> String {
        let tenths = Int((x * 1000).rounded(.down))
        return "\(tenths / 10).\(tenths % 10) %"
    }
}
