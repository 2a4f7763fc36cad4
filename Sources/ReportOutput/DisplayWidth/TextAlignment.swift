/// Where text sits in a column wider than itself.
public enum TextAlignment: Sendable, Hashable {
    case left
    case right
    case center
}
