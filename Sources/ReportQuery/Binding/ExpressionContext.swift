/// Where an expression stands, which decides what it may contain and how names resolve.
struct ExpressionContext: Sendable {
    /// The clause or operator, for messages ("where", "group by" …).
    var clause: String
    var allowsAggregates = false
    var insideAggregate = false
    /// In the select list and order by: window functions (`rank() over (…)`).
    var allowsWindows = false
    /// The argument of a window aggregate in a grouped query, which may itself aggregate (`sum(count(*)) over ()`).
    var groupedWindow = false
    /// In order by and group by a select alias wins over a field of the same name; elsewhere fields win.
    var aliasesFirst = false
    /// Aliases being expanded (an alias may not refer to itself).
    var expanding: Set<String> = []
}
