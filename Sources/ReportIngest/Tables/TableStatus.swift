/// How a table appears in a report (`tables.*`).
enum TableStatus: String, Sendable {
    case text, partial, image, absent
}
