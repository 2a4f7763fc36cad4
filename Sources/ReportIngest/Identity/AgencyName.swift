/// Cleaning and cutting of agency names found in titles, sentences and document titles.
enum AgencyName {
    /// Words that end the body of an agency name, longest first at a position.
    static let bodyEnds = ["委员会", "办公室", "办公厅", "人民政府", "办事处", "局", "厅", "委", "中心", "院", "署"]
    /// What may follow 人民政府 within the same name.
    static let continuations = ["办公室", "办公厅"]
    static let trailingNoise = ["关于", "的", "（", "("]
    static let forbidden: Set<Character> = ["，", "。", "；", "：", ",", ";", ":", "、", "！", "？", "|", "｜", "丨", ">", "＞", "#"]
    static let quotes: Set<Character> = ["“", "”", "\"", "《", "》", "「", "」"]

    /// The name without spaces, markup and quotes, trailing 关于/的 removed; nil when it is not a
    /// plausible name (punctuation inside, shorter than 3 or longer than 40 characters).
    static func clean(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        var name = String(decoding: PlaceholderMarkup.stripped(bytes, 0..<bytes.count), as: UTF8.self)
        name.removeAll { $0.isWhitespace || quotes.contains($0) }
        var trimmed = true
        while trimmed {
            trimmed = false
            for noise in trailingNoise where name.hasSuffix(noise) {
                name.removeLast(noise.count)
                trimmed = true
            }
        }
        guard (3...40).contains(name.count), !name.contains(where: forbidden.contains) else { return nil }
        return name
    }

    static let bodyEndScalars = bodyEnds.map(\.scalars)
    static let governmentScalars = "人民政府".scalars
    static let continuationScalars = continuations.map(\.scalars)

    /// The body at the start of `text` up to its first ending word (工业和信息化局 in
    /// 工业和信息化局政务公开工作实施方案), or nil when none ends it within 20 characters.
    static func body(at text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars)
        let head = Array(scalars.prefix(20))
        var best: (offset: Int, length: Int)?
        for end in bodyEndScalars {
            guard let offset = head.firstIndex(ofScalars: end) else { continue }
            if best == nil || offset < best!.offset || (offset == best!.offset && end.count > best!.length) {
                best = (offset, end.count)
            }
        }
        guard let best else { return nil }
        var length = best.offset + best.length
        if scalars.hasPrefix(scalars: governmentScalars, at: length - governmentScalars.count),
           let more = continuationScalars.first(where: { scalars.hasPrefix(scalars: $0, at: length) }) {
            length += more.count
        }
        guard length >= 2 else { return nil }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[..<length])
        return String(body)
    }
}
