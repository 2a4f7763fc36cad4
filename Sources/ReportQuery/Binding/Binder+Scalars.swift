import ReportModel

/// Binding of nullif, greatest, least and the text and date functions (their rules are in
/// `ScalarRules`, `TextFunctions` and `ISODate`).
extension Binder {
    mutating func bindMore(_ function: ScalarFunction, _ bound: [BoundExpression], range: SourceRange) throws(QueryError) -> BoundExpression {
        let name = function.rawValue
        switch function {
        case .nullif:
            guard let type = ValueType.common(bound[0].type, bound[1].type) else { throw comparisonError(bound[0], bound[1]) }
            if bound[0].type == .null { return constant(.null, type, range) }
            return node(.function(.nullif, bound.map { coerce($0, to: type) }), type, range)
        case .greatest, .least:
            let type = try commonType(of: bound, for: name)
            return node(.function(function, bound.map { coerce($0, to: type) }), type, range)
        case .concat:
            return node(.function(.concat, bound.map(asText)), .text, range)
        case .substr:
            var arguments = [try textArgument(bound[0], of: name)]
            for position in bound.dropFirst() { arguments.append(try wholeNumber(position, of: name)) }
            return node(.function(.substr, arguments), .text, range)
        case .replace, .lower, .upper, .trim, .ltrim, .rtrim:
            var arguments: [BoundExpression] = []
            for argument in bound { arguments.append(try textArgument(argument, of: name)) }
            return node(.function(function, arguments), .text, range)
        case .instr:
            return node(.function(.instr, [try textArgument(bound[0], of: name), try textArgument(bound[1], of: name)]),
                        .integer, range)
        case .year, .month, .day:
            return node(.function(function, [try textArgument(bound[0], of: name, what: "a date")]), .integer, range)
        case .dateDiff:
            guard case .constant(.text(let part)) = bound[0].node else {
                throw QueryError("date_diff's first argument names the unit, as a constant such as 'day'",
                                 hint: "date_diff('day', start, end)", range: bound[0].range)
            }
            guard ISODate.Part(name: part) != nil else {
                throw QueryError("unknown date part '\(part)'", hint: "date parts: day, week, month, quarter, year",
                                 range: bound[0].range)
            }
            let start = try textArgument(bound[1], of: name, what: "a date")
            let end = try textArgument(bound[2], of: name, what: "a date")
            return node(.function(.dateDiff, [bound[0], start, end]), .integer, range)
        default:
            preconditionFailure("\(name) is bound by bindScalar")
        }
    }

    /// A text argument (a typeless null becomes a text null).
    private func textArgument(_ e: BoundExpression, of function: String, what: String = "text") throws(QueryError) -> BoundExpression {
        guard e.type == .text || e.type == .null else {
            let error = typeError(function, expected: what, e)
            throw QueryError(error.message, hint: what == "text" ? "convert it with cast(… as text)" : "dates are text such as '2024-01-31'",
                             range: e.range)
        }
        return coerce(e, to: .text)
    }

    private func wholeNumber(_ e: BoundExpression, of function: String) throws(QueryError) -> BoundExpression {
        guard e.type == .integer || e.type == .null else { throw typeError(function, expected: "a whole number", e) }
        return coerce(e, to: .integer)
    }
}
