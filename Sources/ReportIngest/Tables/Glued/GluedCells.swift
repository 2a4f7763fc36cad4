/// Reads one glued run as the cells of a row of `width` cells: the only way of splitting it; or, where
/// several splits exist and the template makes groups of cells add up (`sums`), the only split whose
/// groups add up. Anything else is left null with the reason, never guessed.
enum GluedCells {
    /// More splits than this are not enumerated: the run is left null.
    static let limit = 20_000

    enum Outcome: Equatable {
        case cells([CellNumber])
        /// Why the run was left null ("digits 1100011 split 2 ways").
        case unresolved(String)
    }

    static func resolve(_ run: GluedRun, width: Int, sums: SumGroups? = nil) -> Outcome {
        if width == 1 {
            guard let amount = GluedSplits.amount(run) else {
                return .unresolved("'\(run.text)' is not one figure")
            }
            return .cells([amount == amount.rounded() && !run.scalars.contains(".") ? .integer(Int(amount)) : .decimal(amount)])
        }
        let structural = GluedSplits.count(run, into: width, limit: limit + 1)
        switch structural {
        case 0: return .unresolved(cannotSplit(run, width))
        case 1: return GluedSplits.all(run, into: width, limit: 1).map { .cells($0[0].map(CellNumber.integer)) }
            ?? .unresolved(cannotSplit(run, width))
        default:
            guard let sums, structural <= limit else { return .unresolved(splitWays(run, structural)) }
            guard let splits = GluedSplits.all(run, into: width, sums: sums, limit: limit) else {
                return .unresolved(splitWays(run, limit + 1))
            }
            switch splits.count {
            case 0: return .unresolved(noneAddsUp(run))
            case 1: return .cells(splits[0].map(CellNumber.integer))
            default: return .unresolved(splitWays(run, splits.count))
            }
        }
    }

    static func noneAddsUp(_ run: GluedRun) -> String {
        "digits \(run.text): no split adds up; left null"
    }

    static func cannotSplit(_ run: GluedRun, _ width: Int) -> String {
        "digits \(run.text) cannot be \(width) cells; left null"
    }

    static func splitWays(_ run: GluedRun, _ ways: Int) -> String {
        ways > limit ? "digits \(run.text) split more than \(limit) ways; left null"
            : "digits \(run.text) split \(ways) ways; left null"
    }
}
