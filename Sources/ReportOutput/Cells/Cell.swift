import ReportModel

/// One cell as a human format shows it: escaped, possibly cut, measured once.
struct Cell {
    var text: String
    var width: Int
    var isNull: Bool

    init(text: String, isNull: Bool = false) {
        self.text = text
        self.width = DisplayWidth.of(text)
        self.isNull = isNull
    }

    /// A value's cell on one terminal line, cut to `RenderOptions.maxColumnWidth` (`HumanCells`' rule).
    init(_ value: Value, format: ColumnFormat, options: RenderOptions) {
        self.init(shown: format.text(value, options: options), isNull: value.isNull, options: options)
    }

    private init(shown: String, isNull: Bool, options: RenderOptions) {
        var bytes: [UInt8] = []
        width = HumanCells.plain(shown, into: &bytes, options: options)
        text = String(decoding: bytes, as: UTF8.self)
        self.isNull = isNull
    }

    /// The cell padded to `width`, with nulls dimmed and headers bold when colour is on.
    func padded(to width: Int, alignment: TextAlignment, style: ANSIStyle?, options: RenderOptions) -> String {
        let filler = String(repeating: " ", count: max(0, width - self.width))
        let styled = options.color ? (style ?? (isNull ? .dim : nil))?.wrap(text) ?? text : text
        switch alignment {
        case .right: return filler + styled
        case .left: return styled + filler
        case .center:
            let before = filler.count / 2
            return String(filler.prefix(before)) + styled + String(filler.dropFirst(before))
        }
    }
}
