/// The expression forms with keywords of their own: `case … end`, `cast(x as type)` and `x::type`,
/// `date '…'`, and an aggregate's `filter (where …)`.
extension Parser {
    /// `case [operand] when c then v … [else e] end`; `caseRange` is the `case` keyword.
    mutating func caseExpression(at caseRange: SourceRange) throws(ParseFailure) -> ParsedExpression {
        let usage = "case when … then … [else …] end"
        var operand: ParsedExpression?
        if !current.isKeyword("when") {
            guard !current.isEnd, !current.isKeyword("end"), !current.isKeyword("else") else {
                throw failure("expected 'when' after 'case'", hint: usage)
            }
            operand = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "case") }
            guard current.isKeyword("when") else {
                throw failure("expected 'when' after 'case \(text(operand!.range))'", hint: "case x when 1 then … end")
            }
        }
        var branches: [CaseBranch] = []
        while accept("when") {
            let condition = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "when") }
            guard accept("then") else {
                throw failure("expected 'then' after 'when \(text(condition.range))'", hint: usage)
            }
            let value = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "then") }
            branches.append(CaseBranch(when: condition, then: value))
        }
        var otherwise: ParsedExpression?
        if accept("else") {
            otherwise = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "else") }
        }
        guard accept("end") else {
            let found = current.isEnd ? "" : ", found \(describe(current))"
            throw failure("expected 'end' to close 'case'\(found)", hint: usage)
        }
        return try make(.caseWhen(operand: operand, branches: branches, otherwise: otherwise), from: caseRange.start)
    }

    /// `cast(x as type)` / `try_cast(x as type)`, after the function word.
    mutating func castCall(orNull: Bool, at nameRange: SourceRange) throws(ParseFailure) -> ParsedExpression {
        let word = orNull ? "try_cast" : "cast"
        position += 1   // (
        let value = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "\(word)(") }
        guard accept("as") else {
            throw failure("expected 'as' and a type in '\(word)(… as type)'", hint: "\(word)(x as integer)")
        }
        let (target, typeRange) = try castType()
        guard accept(.rightParen) else { throw failure("expected ')' to close '\(word)('") }
        return try make(.cast(value, to: target, typeRange: typeRange, orNull: orNull), from: nameRange.start)
    }

    /// `x::type` suffixes after a primary expression.
    mutating func castSuffixes(_ primary: ParsedExpression) throws(ParseFailure) -> ParsedExpression {
        var e = primary
        while accept(.doubleColon) {
            let (target, typeRange) = try castType()
            e = try make(.cast(e, to: target, typeRange: typeRange, orNull: false), from: e.range.start)
        }
        return e
    }

    /// A type name: integer, decimal, text, bool, date and their SQL synonyms; a precision such as
    /// `decimal(10, 2)` or `varchar(20)` is accepted and has no effect.
    private mutating func castType() throws(ParseFailure) -> (CastTarget, SourceRange) {
        let types = "integer, decimal, text, bool or date"
        guard case .identifier(let name, quoted: false) = current.kind else {
            throw failure("expected a type (\(types))", hint: "cast(x as integer)")
        }
        guard let target = CastTarget.named(name) else {
            throw failure("unknown type '\(name)'", hint: "types: \(types)")
        }
        var range = advance().range
        if accept(.leftParen) {
            while case .integer = current.kind {
                position += 1
                guard accept(.comma) else { break }
            }
            guard accept(.rightParen) else { throw failure("expected ')' to close the precision of '\(name)'") }
            range.end = previous?.range.end ?? range.end
        }
        return (target, range)
    }

    /// `date 'YYYY-MM-DD'`, after the word `date`.
    mutating func dateLiteral(at wordRange: SourceRange) throws(ParseFailure) -> ParsedExpression {
        guard case .string(let literal) = advance().kind else { throw unexpected() }
        return try make(.date(literal), from: wordRange.start)
    }

    /// An optional `filter (where condition)` after a function call.
    mutating func filterClause(after call: ParsedExpression) throws(ParseFailure) -> ParsedExpression {
        guard current.isKeyword("filter"), tokens[position + 1].isSymbol(.leftParen) else { return call }
        position += 2
        guard accept("where") else { throw failure("expected 'where' after 'filter ('", hint: "count(*) filter (where year = 2023)") }
        let condition = try nested { (p: inout Parser) throws(ParseFailure) in try p.expression(after: "where") }
        guard accept(.rightParen) else { throw failure("expected ')' to close 'filter (where …'") }
        return try make(.filtered(call, condition: condition), from: call.range.start)
    }
}
