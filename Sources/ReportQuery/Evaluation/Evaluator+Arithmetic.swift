/// Arithmetic: integers stay integers and report overflow as an error; decimals must stay finite;
/// division by zero is null.
extension Evaluator {
    static func overflow(_ range: SourceRange) -> QueryError {
        QueryError("number too large: the result does not fit in a 64-bit integer", range: range)
    }

    static func notFinite(_ range: SourceRange) -> QueryError {
        QueryError("number too large: the result is not a finite decimal", range: range)
    }

    func negate(_ vector: ColumnVector, range: SourceRange) throws(QueryError) -> ColumnVector {
        switch vector {
        case .integer(let c):
            var values = c.values
            for i in 0..<values.count where c.valid[i] {
                guard values[i] != Int.min else { throw Evaluator.overflow(range) }
                values[i] = -values[i]
            }
            return .integer(Column(values: values, valid: c.valid))
        case .decimal(let c):
            return .decimal(Column(values: c.values.map { -$0 }, valid: c.valid))
        default:
            return vector
        }
    }

    func arithmetic(_ op: ArithmeticOperator, _ a: ColumnVector, _ b: ColumnVector, range: SourceRange) throws(QueryError) -> ColumnVector {
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            return .integer(try Evaluator.integers(op, x, y, range: range))
        case (.decimal(let x), .decimal(let y)):
            return .decimal(try Evaluator.decimals(op, x, y, range: range))
        default:
            preconditionFailure("arithmetic on mismatched vectors")
        }
    }

    private static func integers(_ op: ArithmeticOperator, _ x: Column<Int>, _ y: Column<Int>, range: SourceRange) throws(QueryError) -> Column<Int> {
        let n = x.count
        var values = [Int](repeating: 0, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n where x.valid[i] && y.valid[i] {
            let (result, overflow): (Int, Bool)
            switch op {
            case .add: (result, overflow) = x.values[i].addingReportingOverflow(y.values[i])
            case .subtract: (result, overflow) = x.values[i].subtractingReportingOverflow(y.values[i])
            case .multiply: (result, overflow) = x.values[i].multipliedReportingOverflow(by: y.values[i])
            case .divide: preconditionFailure("integer division is done in decimals")
            }
            if overflow { throw Evaluator.overflow(range) }
            values[i] = result
            valid[i] = true
        }
        return Column(values: values, valid: valid)
    }

    private static func decimals(_ op: ArithmeticOperator, _ x: Column<Double>, _ y: Column<Double>, range: SourceRange) throws(QueryError) -> Column<Double> {
        let n = x.count
        var values = [Double](repeating: 0, count: n)
        var valid = [Bool](repeating: false, count: n)
        for i in 0..<n where x.valid[i] && y.valid[i] {
            let result: Double
            switch op {
            case .add: result = x.values[i] + y.values[i]
            case .subtract: result = x.values[i] - y.values[i]
            case .multiply: result = x.values[i] * y.values[i]
            case .divide:
                if y.values[i] == 0 { continue }
                result = x.values[i] / y.values[i]
            }
            guard result.isFinite else { throw Evaluator.notFinite(range) }
            values[i] = result
            valid[i] = true
        }
        return Column(values: values, valid: valid)
    }
}
