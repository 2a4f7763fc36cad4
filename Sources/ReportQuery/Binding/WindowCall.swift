/// A window function as bound: the function, its arguments, and its window over the rows of the
/// window stage (the filtered rows, or the groups after `having`).
struct WindowCall: Sendable, Hashable {
    enum Function: Sendable, Hashable {
        case rowNumber, rank, denseRank, percentRank, cumeDist
        case ntile(Int)
        /// `lag(x, n, default)` (negative `n` for `lead`): the value `n` rows before in the partition.
        case lag(Int)
        case firstValue, lastValue
        /// An aggregate over the frame; its argument is the aggregate call's.
        case aggregate(AggregateCall)
    }

    var function: Function
    /// The value argument (lag, lead, first_value, last_value), then lag's default.
    var arguments: [BoundExpression]
    var partition: [BoundExpression]
    var order: [BoundExpression]
    var descending: [Bool]
    var frame: WindowFrame?

    /// Every expression the call reads.
    var expressions: [BoundExpression] {
        var all = arguments + partition + order
        if case .aggregate(let call) = function, let argument = call.argument { all.append(argument) }
        return all
    }

    /// The call with each expression it reads transformed.
    func mapExpressions<E: Error>(_ transform: (BoundExpression) throws(E) -> BoundExpression) throws(E) -> WindowCall {
        var copy = self
        copy.arguments = []
        for e in arguments { copy.arguments.append(try transform(e)) }
        copy.partition = []
        for e in partition { copy.partition.append(try transform(e)) }
        copy.order = []
        for e in order { copy.order.append(try transform(e)) }
        if case .aggregate(var call) = function, let argument = call.argument {
            call.argument = try transform(argument)
            copy.function = .aggregate(call)
        }
        return copy
    }
}
