/// The few ANSI SGR styles the renderers use when `RenderOptions.color` is on.
enum ANSIStyle: String {
    case bold = "1"
    case dim = "2"
    case boldRed = "1;31"
    case boldGreen = "1;32"

    /// `text` between this style's escape and the reset escape.
    func wrap(_ text: String) -> String {
        "\u{1B}[\(rawValue)m" + text + "\u{1B}[0m"
    }
}
