/// Text made safe for one terminal line: newline, carriage return and tab become the two-character
/// escapes `\n`, `\r`, `\t`; other control characters become `\u{XX}`. A backslash stays as it is
/// (human formats are for reading; data formats escape losslessly). The one escape for text from a
/// file or the user on its way to a terminal: table cells, load messages, `.show`, error messages.
public enum VisibleText {
    /// `keepingTabs`: a tab stays (harmless to a terminal, and the layout of a report's line).
    public static func escape(_ text: String, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingTabs && $0 == "\t") }) else { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": keepingTabs ? nil : "\\t"
            case _ where isControl(scalar): "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: nil
            }
        }
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
