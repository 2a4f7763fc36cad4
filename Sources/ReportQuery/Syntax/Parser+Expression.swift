extension Parser {
    /// An expression; `context` names what precedes it, for "expected an expression after 'where'".
    mutating func expression(after context: String) throws(ParseFailure) -> ParsedExpression {
        guard startsExpression(current) else {
            throw failure("expected an expression after '\(context)'")
        }
        return try orExpression()
    }

    private func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .integer, .decimal, .string: return true
        case .symbol(let s): return s == .leftParen || s == .minus || s == .plus
        case .identifier(let name, let quoted):
            if quoted { return true }
            let word = name.lowercased()
            return !Keywords.reserved.contains(word) || ["not", "null", "true", "false", "case"].contains(word)
        case .end: return false
        }
    }

    func make(_ kind: ParsedExpression.Kind, from start: Int) throws(ParseFailure) -> ParsedExpression {
        let end = previous?.range.end ?? start
        let expression = ParsedExpression(kind, range: SourceRange(start: start, end: end))
        guard expression.depth <= Parser.maximumDepth else {
            throw ParseFailure("expression is nested too deeply (more than \(Parser.maximumDepth) levels)",
                               range: expression.range)
        }
        return expression
    }

    private mutating func operand(after token: Token) throws(ParseFailure) -> ParsedExpression {
        try expressionOperand(after: text(token.range)) { (p: inout Parser) throws(ParseFailure) in try p.concatenation() }
    }

    private mutating func expressionOperand(
        after context: String, _ parse: (inout Parser) throws(ParseFailure) -> ParsedExpression
    ) throws(ParseFailure) -> ParsedExpression {
        guard startsExpression(current) else { throw failure("expected an expression after '\(context)'") }
        return try parse(&self)
    }

    /// A left-associative chain `next (op next)*` for the operators `op` recognises.
    private mutating func chain(
        _ op: (Token) -> BinaryOperator?, _ next: (inout Parser) throws(ParseFailure) -> ParsedExpression
    ) throws(ParseFailure) -> ParsedExpression {
        var left = try next(&self)
        while let binary = op(current) {
            let token = advance()
            let right = try expressionOperand(after: text(token.range), next)
            left = try make(.binary(binary, left, right), from: left.range.start)
        }
        return left
    }

    private mutating func orExpression() throws(ParseFailure) -> ParsedExpression {
        try chain({ $0.isKeyword("or") ? .or : nil }) { (p: inout Parser) throws(ParseFailure) in try p.andExpression() }
    }

    private mutating func andExpression() throws(ParseFailure) -> ParsedExpression {
        try chain({ $0.isKeyword("and") ? .and : nil }) { (p: inout Parser) throws(ParseFailure) in try p.notExpression() }
    }

    private mutating func notExpression() throws(ParseFailure) -> ParsedExpression {
        guard current.isKeyword("not") else { return try predicate() }
        let op = advance()
        let operand = try nested { (p: inout Parser) throws(ParseFailure) in
            try p.expressionOperand(after: "not") { (p: inout Parser) throws(ParseFailure) in try p.notExpression() }
        }
        return try make(.not(operand), from: op.range.start)
    }

    /// Comparisons, `is [not] null`, `[not] in`, `[not] between`, `[not] like`, `~`.
    private mutating func predicate() throws(ParseFailure) -> ParsedExpression {
        var left = try concatenation()
        while true {
            let start = left.range.start
            if case .symbol(let symbol) = current.kind, let op = Parser.comparison(symbol) {
                let token = advance()
                let right = try operand(after: token)
                left = try make(.binary(op, left, right), from: start)
            } else if current.isKeyword("is") {
                position += 1
                let negated = accept("not")
                guard accept("null") else { throw failure("expected 'null' after '\(negated ? "is not" : "is")'") }
                left = try make(.isNull(left, negated: negated), from: start)
            } else if current.isKeyword("in") || current.isKeyword("between") || current.isKeyword("like")
                        || (current.isKeyword("not") && isNegatablePredicate(tokens[position + 1])) {
                left = try negatablePredicate(left)
            } else {
                return left
            }
        }
    }

    private func isNegatablePredicate(_ token: Token) -> Bool {
        token.isKeyword("in") || token.isKeyword("between") || token.isKeyword("like")
    }

    private mutating func negatablePredicate(_ left: ParsedExpression) throws(ParseFailure) -> ParsedExpression {
        let negated = accept("not")
        let keyword = advance()
        let word = (negated ? "not " : "") + (keyword.keyword ?? "")
        switch keyword.keyword {
        case "in":
            if current.isSymbol(.leftParen), tokens[position + 1].isKeyword("select") || tokens[position + 1].isKeyword("with") {
                let query = try parenthesizedQuery(after: word)
                return try make(.inQuery(left, query, negated: negated), from: left.range.start)
            }
            guard accept(.leftParen) else { throw failure("expected '(' after '\(word)'", hint: "x in (1, 2, 3)") }
            var list: [ParsedExpression] = []
            var context = "("
            repeat {
                list.append(try expression(after: context))
                context = ","
            } while accept(.comma)
            guard accept(.rightParen) else { throw failure("expected ')' to close the list of '\(word)'") }
            return try make(.inList(left, list, negated: negated), from: left.range.start)
        case "between":
            let low = try operand(after: keyword)
            guard accept("and") else { throw failure("expected 'and' in '\(word) … and …'") }
            let high = try operand(after: tokens[position - 1])
            return try make(.between(left, low: low, high: high, negated: negated), from: left.range.start)
        default:
            let pattern = try operand(after: keyword)
            return try make(.like(left, pattern: pattern, negated: negated), from: left.range.start)
        }
    }

    private static func comparison(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .equal: return .equal
        case .notEqual, .lessGreater: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .tilde: return .contains
        default: return nil
        }
    }

    /// `a || b`: looser than `+ -`, tighter than comparisons, as in PostgreSQL and DuckDB.
    private mutating func concatenation() throws(ParseFailure) -> ParsedExpression {
        try chain({ $0.isSymbol(.concat) ? .concat : nil }) { (p: inout Parser) throws(ParseFailure) in try p.additive() }
    }

    mutating func additive() throws(ParseFailure) -> ParsedExpression {
        try chain({ $0.isSymbol(.plus) ? .add : $0.isSymbol(.minus) ? .subtract : nil }) { (p: inout Parser) throws(ParseFailure) in
            try p.multiplicative()
        }
    }

    private mutating func multiplicative() throws(ParseFailure) -> ParsedExpression {
        try chain({ $0.isSymbol(.star) ? .multiply : $0.isSymbol(.slash) ? .divide : nil }) { (p: inout Parser) throws(ParseFailure) in
            try p.unary()
        }
    }

    private mutating func unary() throws(ParseFailure) -> ParsedExpression {
        guard current.isSymbol(.minus) || current.isSymbol(.plus) else { return try castSuffixes(primary()) }
        let token = advance()
        let operand = try nested { (p: inout Parser) throws(ParseFailure) in
            try p.expressionOperand(after: p.text(token.range)) { (p: inout Parser) throws(ParseFailure) in
                try p.unary()
            }
        }
        return token.isSymbol(.plus) ? operand : try make(.negate(operand), from: token.range.start)
    }

    /// Runs `parse` one nesting level deeper, refusing runaway nesting before the stack does.
    mutating func nested(_ parse: (inout Parser) throws(ParseFailure) -> ParsedExpression) throws(ParseFailure) -> ParsedExpression {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Parser.maximumDepth else {
            throw failure("expression is nested too deeply (more than \(Parser.maximumDepth) levels)")
        }
        return try parse(&self)
    }
}
