import ReportModel

/// A comparison with a value the field never takes in the loaded reports — `level = 'county '`,
/// `province = '山东'` — answers nothing without any error; this says so, as a warning (the query
/// still runs): `level is never 'county ' in the loaded reports; it is one of: city, county,
/// province`. Only for text fields with a small set of values: those with a fixed set
/// (`FieldValueAliases`: level, template, tables.*; there only for a value outside the set —
/// `tables.review = 'image'` over reports without one is a fair question) and any other with at most
/// `maximumListed` distinct values loaded; for a field with more, only when loaded values contain
/// the text or are contained in it (`'山东'` → "did you mean '山东省'?"). Nothing is said for a field
/// no loaded report has a value of.
enum ValueWarnings {
    static let maximumListed = 12
    static let maximumSuggested = 5

    static func warnings(for compared: [ComparedValue], store: ColumnStore) -> [QueryError] {
        var seen: Set<ComparedValue> = []
        var warnings: [QueryError] = []
        for item in compared where seen.insert(item).inserted {
            guard let values = store.dictionary(item.field.rawValue)?.values, !values.isEmpty,
                  !values.contains(item.value) else { continue }
            let field = store.catalog.fields[item.field.rawValue].name
            // A value of a fixed set that no loaded report happens to have is a fair question.
            if let fixed = FieldValueAliases.names(forField: field), fixed.contains(where: { $0.key == item.value }) { continue }
            let message = "\(field) is never '\(item.value)' in the loaded reports"
            if FieldValueAliases.names(forField: field) != nil || values.count <= maximumListed {
                let listed = values.sorted().map { "'\($0)'" }.joined(separator: ", ")
                warnings.append(QueryError(message, hint: "it is one of: \(listed)", range: item.range))
                continue
            }
            let needle = String(item.value.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard !needle.isEmpty else { continue }
            let close = values.filter { $0.contains(needle) || (!$0.isEmpty && needle.contains($0)) }.sorted()
            guard !close.isEmpty else { continue }
            let shown = close.prefix(maximumSuggested).map { "'\($0)'" }.joined(separator: ", ")
            warnings.append(QueryError(message, hint: "did you mean \(shown)\(close.count > maximumSuggested ? ", …" : "")?",
                                       range: item.range))
        }
        return warnings
    }
}
