import ReportModel

/// `select distinct`, `union [all]`, `intersect [all]`, `except [all]` over whole rows. Two rows are
/// the same when every column is equal, nulls equal to nulls (as SQL's `distinct` compares). Rows
/// come out in the order of their first occurrence, the left table's before the right's.
enum SetOperations {
    /// The first row of each distinct row.
    static func distinct(_ table: Table, types: [ValueType]) -> Table {
        var index = GroupIndex(types: types)
        let groups = index.assign(allColumns(table), count: table.rowCount)
        var seen = [Bool](repeating: false, count: index.groupCount)
        var rows: [Int] = []
        for (row, g) in groups.enumerated() where !seen[g] {
            seen[g] = true
            rows.append(row)
        }
        return gather(table, rows)
    }

    static func combine(_ op: SetOperator, all: Bool, _ left: Table, _ right: Table, types: [ValueType]) -> Table {
        let leftColumns = zip(allColumns(left), types).map { $0.converted(to: $1) }
        let rightColumns = zip(allColumns(right), types).map { $0.converted(to: $1) }
        if op == .union {
            let columns = zip(leftColumns, rightColumns).enumerated().map { k, pair in pair.0.appending(pair.1, type: types[k]) }
            let table = Table(columns: columns, rowCount: left.rowCount + right.rowCount)
            return all ? table : distinct(table, types: types)
        }
        var index = GroupIndex(types: types)
        let leftGroups = index.assign(leftColumns, count: left.rowCount)
        let rightGroups = index.assign(rightColumns, count: right.rowCount)
        var inRight = [Int](repeating: 0, count: index.groupCount)
        for g in rightGroups { inRight[g] += 1 }
        var inLeft = [Int](repeating: 0, count: index.groupCount)
        for g in leftGroups { inLeft[g] += 1 }
        var emitted = [Int](repeating: 0, count: index.groupCount)
        var rows: [Int] = []
        for (row, g) in leftGroups.enumerated() {
            let allowed: Int
            switch (op, all) {
            case (.intersect, true): allowed = min(inLeft[g], inRight[g])
            case (.intersect, false): allowed = inRight[g] > 0 ? 1 : 0
            case (.except, true): allowed = max(0, inLeft[g] - inRight[g])
            default: allowed = inRight[g] == 0 ? 1 : 0
            }
            if emitted[g] < allowed {
                emitted[g] += 1
                rows.append(row)
            }
        }
        return gather(Table(columns: leftColumns, rowCount: left.rowCount), rows)
    }

    private static func allColumns(_ table: Table) -> [ColumnVector] {
        table.columns.indices.map { table.column($0) }
    }

    private static func gather(_ table: Table, _ rows: [Int]) -> Table {
        Table(columns: table.columns.indices.map { table.gather($0, .indices(rows)) }, rowCount: rows.count)
    }
}
