/// Terminal output made readable for assertions: escape sequences, carriage returns,
/// backspaces and bells removed. (Not a screen model: redrawn text stays in the transcript.)
enum ANSIText {
    static func clean(_ raw: String) -> String {
        var out = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                skipEscape(&scalars)
            case "\r", "\u{8}", "\u{7}":
                continue
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Skips the rest of an escape sequence: CSI (ESC [ … final byte), OSC (ESC ] … BEL or
    /// ESC \), or a two-character escape.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]":
            var previous: Unicode.Scalar = " "
            while let next = scalars.next() {
                if next == "\u{7}" || (previous == "\u{1B}" && next == "\\") { break }
                previous = next
            }
        default:
            return
        }
    }
}
