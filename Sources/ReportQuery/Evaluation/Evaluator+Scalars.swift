import ReportModel

/// `case`, `cast` and the row functions of `ScalarRules`, over vectors.
extension Evaluator {
    /// A function of `ScalarRules`, row by row over its arguments' vectors.
    func rowByRow(_ function: ScalarFunction, _ arguments: [BoundExpression], _ rows: RowSelection, type: ValueType) throws(QueryError) -> ColumnVector {
        var vectors: [ColumnVector] = []
        for argument in arguments { vectors.append(try evaluate(argument, rows)) }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        var row: [Value] = []
        for k in 0..<rows.count {
            row.removeAll(keepingCapacity: true)
            for vector in vectors { row.append(vector.value(at: k)) }
            values.append(ScalarRules.apply(function, row))
        }
        return ColumnVector.make(type, values)
    }

    /// Each branch's condition is evaluated on the rows no earlier branch took, and its value only on
    /// the rows it takes (so `case when … then cast(x as integer) end` converts only those rows).
    func caseWhen(_ branches: [BoundCaseBranch], otherwise: BoundExpression, _ rows: RowSelection, type: ValueType) throws(QueryError) -> ColumnVector {
        var result = [Value](repeating: .null, count: rows.count)
        var remaining = Array(0..<rows.count)
        func fill(_ positions: [Int], with e: BoundExpression) throws(QueryError) {
            guard !positions.isEmpty else { return }
            let values = try evaluate(e, .indices(positions.map { rows.row($0) }))
            for (i, k) in positions.enumerated() { result[k] = values.value(at: i) }
        }
        for branch in branches where !remaining.isEmpty {
            let taken = try condition(branch.condition, .indices(remaining.map { rows.row($0) }))
            var chosen: [Int] = []
            var rest: [Int] = []
            for (i, k) in remaining.enumerated() {
                if taken.valid[i] && taken.values[i] { chosen.append(k) } else { rest.append(k) }
            }
            try fill(chosen, with: branch.value)
            remaining = rest
        }
        try fill(remaining, with: otherwise)
        return ColumnVector.make(type, result)
    }

    /// `cast`: each value by `ValueConversion`; a value that does not convert is an error, or null for try_cast.
    func convert(_ inner: BoundExpression, to target: CastTarget, orNull: Bool, _ rows: RowSelection, _ e: BoundExpression) throws(QueryError) -> ColumnVector {
        let vector = try evaluate(inner, rows)
        if case .integer(let c) = vector, target == .decimal {
            return .decimal(Column(values: c.values.map { Double($0) }, valid: c.valid))
        }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for k in 0..<rows.count {
            let value = vector.value(at: k)
            guard let converted = ValueConversion.convert(value, to: target) else {
                if orNull {
                    values.append(.null)
                    continue
                }
                throw ValueConversion.failure(value, to: target, range: e.range)
            }
            values.append(converted)
        }
        return ColumnVector.make(e.type, values)
    }
}

extension ColumnVector {
    /// A vector of `type` from values of that type (null where a value is null or of another kind).
    static func make(_ type: ValueType, _ values: [Value]) -> ColumnVector {
        switch type {
        case .integer, .null:
            return .integer(Column.build(count: values.count, placeholder: 0) { values[$0].intValue })
        case .decimal:
            return .decimal(Column.build(count: values.count, placeholder: 0) { values[$0].doubleValue })
        case .text:
            return .text(Column.build(count: values.count, placeholder: "") { values[$0].textValue })
        case .bool:
            return .bool(Column.build(count: values.count, placeholder: false) { values[$0].boolValue })
        }
    }
}
