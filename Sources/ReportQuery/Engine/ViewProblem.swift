/// A stored view that could not be loaded, and why (the range is within `definition`).
public struct ViewProblem: Sendable, Hashable {
    public var name: String
    public var definition: String
    public var error: QueryError

    public init(name: String, definition: String, error: QueryError) {
        self.name = name
        self.definition = definition
        self.error = error
    }
}
