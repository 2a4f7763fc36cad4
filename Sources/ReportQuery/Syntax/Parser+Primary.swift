extension Parser {
    /// Literals, names, function calls and parenthesised expressions.
    mutating func primary() throws(ParseFailure) -> ParsedExpression {
        let token = current
        switch token.kind {
        case .integer(let value):
            position += 1
            return ParsedExpression(.integer(value), range: token.range)
        case .decimal(let value):
            position += 1
            return ParsedExpression(.decimal(value), range: token.range)
        case .string(let value):
            position += 1
            return ParsedExpression(.string(value), range: token.range)
        case .symbol(.leftParen) where tokens[position + 1].isKeyword("select") || tokens[position + 1].isKeyword("with"):
            let query = try parenthesizedQuery(after: "(")
            return ParsedExpression(.subquery(query), range: SourceRange(start: token.range.start, end: previous?.range.end ?? token.range.end))
        case .symbol(.leftParen):
            position += 1
            var inner = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "(") }
            guard accept(.rightParen) else {
                throw failure("expected ')' to close '('",
                              hint: current.isEnd ? nil : "found \(describe(current))")
            }
            inner.range = SourceRange(start: token.range.start, end: previous?.range.end ?? token.range.end)
            return inner
        case .identifier(let name, let quoted):
            position += 1
            if !quoted {
                switch name.lowercased() {
                case "null": return ParsedExpression(.null, range: token.range)
                case "true": return ParsedExpression(.bool(true), range: token.range)
                case "false": return ParsedExpression(.bool(false), range: token.range)
                case "case": return try caseExpression(at: token.range)
                case "date" where current.kind.isString: return try dateLiteral(at: token.range)
                case "cast" where current.isSymbol(.leftParen), "try_cast" where current.isSymbol(.leftParen):
                    return try castCall(orNull: name.lowercased() == "try_cast", at: token.range)
                default: break
                }
                if name.lowercased() == "exists", current.isSymbol(.leftParen),
                   tokens[position + 1].isKeyword("select") || tokens[position + 1].isKeyword("with") {
                    let query = try parenthesizedQuery(after: "exists")
                    return ParsedExpression(.exists(query), range: SourceRange(start: token.range.start, end: previous?.range.end ?? token.range.end))
                }
                if current.isSymbol(.leftParen), !name.contains(".") {
                    let call = try filterClause(after: call(name, at: token.range))
                    return current.isKeyword("over") ? try window(call) : call
                }
            }
            return ParsedExpression(.name(name), range: token.range)
        default:
            throw failure("expected an expression, found \(describe(token))")
        }
    }

    private mutating func call(_ name: String, at nameRange: SourceRange) throws(ParseFailure) -> ParsedExpression {
        position += 1   // (
        var arguments: [ParsedExpression] = []
        var distinct = false
        var star = false
        if current.isSymbol(.star) {
            position += 1
            star = true
        } else if !current.isSymbol(.rightParen) {
            distinct = accept("distinct")
            var context = distinct ? "distinct" : "("
            repeat {
                arguments.append(try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: context) })
                context = ","
            } while accept(.comma)
        }
        guard accept(.rightParen) else {
            throw failure("expected ')' to close the arguments of '\(name)'",
                          hint: current.isEnd ? nil : "separate arguments with ','")
        }
        let range = SourceRange(start: nameRange.start, end: previous?.range.end ?? nameRange.end)
        return ParsedExpression(.call(name: name, nameRange: nameRange, arguments: arguments, distinct: distinct, star: star),
                          range: range)
    }
}
