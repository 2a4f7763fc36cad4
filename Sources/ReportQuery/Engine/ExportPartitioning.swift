import ReportModel

/// `partition by NAME, …`: which result columns name an export's folders. A name is a column of the
/// result as it is named there (`year`, `"requests.new"`, an alias), or a field name or Chinese alias
/// of the same field as a column (`年度` for `year`). Each column once; at least one column must be
/// left for the files.
enum ExportPartitioning {
    static func columns(_ names: [Name], of result: ResultSet, catalog: FieldCatalog) throws(QueryError) -> [String] {
        var chosen: [String] = []
        for name in names {
            let columnNames = result.columns.map(\.name)
            let field = catalog.lookup(name.text)
            guard let column = columnNames.first(where: { $0 == name.text })
                ?? columnNames.first(where: { $0.lowercased() == name.text.lowercased() })
                ?? columnNames.first(where: { field != nil && catalog.lookup($0) == field }) else {
                let listed = columnNames.prefix(8).joined(separator: ", ") + (columnNames.count > 8 ? ", …" : "")
                throw QueryError("cannot partition by '\(name.text)': the result has no such column",
                                 hint: "partition by one of its columns: \(listed)", range: name.range)
            }
            guard !chosen.contains(column) else {
                throw QueryError("'\(column)' is named twice in 'partition by'", range: name.range)
            }
            chosen.append(column)
        }
        if !chosen.isEmpty && chosen.count >= Set(result.columns.map(\.name)).count {
            throw QueryError("partitioning by every column leaves nothing for the files",
                             hint: "export at least one column besides the partition columns", range: names.last?.range)
        }
        return chosen
    }
}
