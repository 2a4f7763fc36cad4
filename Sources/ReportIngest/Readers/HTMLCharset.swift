import Foundation

/// Decodes the bytes of an HTML page into a string, honouring its declared charset.
///
/// Order: a byte-order mark wins; then the charset declared in the first 4 KB — `<meta charset=…>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding=…?>`. GB2312, GBK and
/// GB18030 (and their aliases) are all decoded as GB18030, their superset. One exception: a page that
/// declares a legacy charset (GBK, Latin-1 …) but is valid UTF-8 with non-ASCII text is decoded as UTF-8 —
/// such a page is mislabelled, since GBK text is practically never valid UTF-8. Without a usable
/// declaration: UTF-8 if valid, else GB18030 (the usual encoding of Chinese pages), else UTF-8 with
/// replacement characters. Decoding never fails.
enum HTMLCharset {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let big5 = String.Encoding(rawValue: 0x8000_0A03)
    /// How far into the page a charset declaration is looked for.
    static let prescanLength = 4096

    static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: data.dropFirst(3), as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
            return text
        }
        if bytes.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
            return text
        }
        let utf8 = String(validating: data, as: UTF8.self)
        if let label = declaredCharset(in: data), let declared = encoding(forLabel: label), declared != .utf8 {
            if let utf8, data.contains(where: { $0 >= 0x80 }) { return utf8 }
            if let text = String(data: data, encoding: declared) { return text }
        }
        if let utf8 { return utf8 }
        if let text = String(data: data, encoding: gb18030) { return text }
        return String(decoding: data, as: UTF8.self)
    }

    /// The charset label declared near the top of the page, lowercased, or nil.
    static func declaredCharset(in data: Data) -> String? {
        // ASCII-lowercased prefix; bytes outside ASCII cannot be part of a declaration.
        let head = String(decoding: data.prefix(prescanLength).map { byte -> UInt8 in
            if byte >= 0x80 { return 0x3F }
            return (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }, as: UTF8.self)
        if head.hasPrefix("<?xml"), let end = head.firstIndex(of: ">"),
           let label = value(after: "encoding", in: head[..<end]) {
            return label
        }
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            if let label = value(after: "charset", in: rest[meta.upperBound..<tagEnd]) { return label }
            rest = rest[tagEnd...]
        }
        return nil
    }

    static func encoding(forLabel label: String) -> String.Encoding? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn",
             "csgb2312", "gb_2312-80", "gb_2312", "chinese", "iso-ir-58":
            gb18030
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            big5
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252":
            .windowsCP1252
        default:
            nil
        }
    }

    /// The token after `name`, optional spaces, `=`, optional spaces and an optional quote.
    private static func value(after name: String, in text: Substring) -> String? {
        guard let found = text.range(of: name) else { return nil }
        var rest = text[found.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard rest.first == "=" else { return value(after: name, in: text[found.upperBound...]) }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
        let token = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
        return token.isEmpty ? nil : String(token)
    }
}
