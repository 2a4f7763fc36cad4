extension String {
    /// The text with every scalar for which `replacement` returns a string replaced by that string.
    /// Works scalar by scalar, so a `"` followed by a combining mark (one `Character`) is still seen;
    /// shared by the escaping of every format.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
