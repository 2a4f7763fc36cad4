/// Appends a string's Unicode scalars to an array by decoding its UTF-8 bytes directly: the standard
/// library's generic `append(contentsOf: text.unicodeScalars)` counted the scalars in a first pass and
/// decoded through an iterator in a second, 4% of parsing time in the table reader.
enum ScalarDecoding {
    static func append(_ text: String, to scalars: inout [Unicode.Scalar]) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            scalars.reserveCapacity(scalars.count + n)
            var i = 0
            while i < n {
                let lead = UInt32(bytes[i])
                var value = lead
                var width = 1
                if lead >= 0xF0, i + 3 < n {
                    value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    width = 4
                } else if lead >= 0xE0, i + 2 < n {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    width = 3
                } else if lead >= 0xC0, i + 1 < n {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    width = 2
                }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += width
            }
        }
    }
}
