/// How a synthetic report prints its tables (format.md §8 hazards, one layout per report).
public enum Layout: String, Sendable, CaseIterable {
    /// One row per line, tab-separated cells (report 001).
    case tabRows
    /// One cell per line after a tab, blank lines between rows, bookmarks and "　0" (report 003).
    case cellPerLine
    /// PDF-flowed text: "label n n n", labels broken over lines, 无 for 0 (report 004).
    case pdfFlowed
    /// Markdown pipe tables with `|---|` separator rows.
    case markdownPipe
    /// Tables pasted as `[image: …]`; the number of requests is stated in words (reports 000, 002).
    case image
    /// Some rows of the tables left out (report 001), printed in one of the four text layouts.
    case partial
    /// The 2019 trial template (国办公开办函〔2019〕60号), printed in one of the four text layouts.
    case template2019
    /// A web page saved as text: the whole report on one line, labels and cells glued together
    /// ("一、本年新收政府信息公开申请数量713000074二、…"), multi-digit figures, now and then a stray space.
    case webText
    /// A web page: the narrative as paragraphs, the tables as real `<table>`s (table 三 with rowspan for
    /// 三、本年度办理结果 and the groups （三）–（六）, colspan for 法人或其他组织); file extension .html.
    case html

    /// The four ways of printing a table as text.
    public static let textLayouts: [Layout] = [.tabRows, .cellPerLine, .pdfFlowed, .markdownPipe]

    /// The extension of a report file in this layout ("html" for web pages, else "txt").
    public var fileExtension: String { self == .html ? "html" : "txt" }
}
