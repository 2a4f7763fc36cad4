/// The document titles a text cites, 《…》, for the readers that look at who issued a cited document
/// (`AgencyFinder.citedDocuments`, `CompileNotice`). A 《 with no 》 within `reach` characters opens no
/// title (the scan goes on after it); whitespace inside a title is dropped (PDF line breaks).
enum CitedTitles {
    static let open = Array("《".utf8)
    static let close = Array("》".utf8)

    /// Calls `body` with each title and the flow offset where it starts, in text order.
    static func each(in flow: FlowText, reach: Int, _ body: (_ title: String, _ start: Int) -> Void) {
        let hay = flow.bytes
        var i = 0
        while let opening = Bytes.find(open, in: hay, i..<hay.count) {
            let start = opening + open.count
            let limit = Bytes.forward(hay, from: start, characters: reach, limit: hay.count)
            guard let closing = Bytes.find(close, in: hay, start..<limit) else {
                i = start
                continue
            }
            i = closing + close.count
            body(String(decoding: hay[start..<closing], as: UTF8.self).filter { !$0.isWhitespace }, start)
        }
    }
}
