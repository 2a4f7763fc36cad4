extension Parser {
    /// `CALL over ([partition by E, …] [order by E [asc|desc], …] [rows FRAME])` after a function call.
    mutating func window(_ call: ParsedExpression) throws(ParseFailure) -> ParsedExpression {
        position += 1   // over
        guard accept(.leftParen) else {
            throw failure("expected '(' after 'over'", hint: "rank() over (partition by province order by requests.new desc)")
        }
        var spec = WindowSpec(partitionBy: [], orderBy: [], frame: nil)
        if accept("partition") {
            try expect("by", after: "partition")
            spec.partitionBy = try expressionList(after: "partition by")
        }
        if accept("order") {
            try expect("by", after: "order")
            spec.orderBy = try orderItems(after: "order by")
        }
        if current.isKeyword("rows") {
            let start = advance().range.start
            if accept("between") {
                let low = try frameBound()
                guard accept("and") else { throw failure("expected 'and' in 'rows between … and …'") }
                spec.frame = WindowFrame(start: low, end: try frameBound(), range: SourceRange(start: start, end: start))
            } else {
                spec.frame = WindowFrame(start: try frameBound(), end: .currentRow, range: SourceRange(start: start, end: start))
            }
            spec.frame!.range.end = previous?.range.end ?? start
            if let frame = spec.frame, Parser.order(frame.start) > Parser.order(frame.end)
                || frame.start == .unboundedFollowing || frame.end == .unboundedPreceding {
                throw ParseFailure("this frame ends before it starts", hint: "rows between 2 preceding and current row",
                                   range: frame.range)
            }
        }
        guard accept(.rightParen) else {
            throw failure("expected ')' to close 'over (…)'", hint: "over ([partition by …] [order by …] [rows between … and …])")
        }
        return ParsedExpression(.window(call, spec), range: SourceRange(start: call.range.start, end: previous?.range.end ?? call.range.end))
    }

    /// `unbounded preceding`, `N preceding`, `current row`, `N following`, `unbounded following`.
    private mutating func frameBound() throws(ParseFailure) -> WindowFrame.Bound {
        let usage = "unbounded preceding, 2 preceding, current row, 2 following or unbounded following"
        if accept("unbounded") {
            if accept("preceding") { return .unboundedPreceding }
            if accept("following") { return .unboundedFollowing }
            throw failure("expected 'preceding' or 'following' after 'unbounded'")
        }
        if accept("current") {
            guard accept("row") else { throw failure("expected 'row' after 'current'") }
            return .currentRow
        }
        guard case .integer(let n) = current.kind else { throw failure("expected a frame bound", hint: usage) }
        position += 1
        if accept("preceding") { return .preceding(n) }
        if accept("following") { return .following(n) }
        throw failure("expected 'preceding' or 'following' after \(n)")
    }

    /// Where a bound lies, for checking that a frame's start is not after its end.
    private static func order(_ bound: WindowFrame.Bound) -> Int {
        switch bound {
        case .unboundedPreceding: return Int.min
        case .preceding(let n): return -n
        case .currentRow: return 0
        case .following(let n): return n
        case .unboundedFollowing: return Int.max
        }
    }
}
