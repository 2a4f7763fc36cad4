import Foundation

/// Walks a Word main document part (`word/document.xml`) and feeds `DocumentAssembler`.
///
/// - `w:p` → a line: the text of its `w:t` runs; `w:tab` → tab; `w:br`/`w:cr` → line break.
///   Field instructions (`w:instrText`), deleted text (`w:delText`) and hidden runs (`w:vanish`) are
///   not text; the `mc:Fallback` copy of alternate content is skipped (its `mc:Choice` is read).
/// - `w:tbl`/`w:tr`/`w:tc` → table rows; `w:gridSpan` → colspan; `w:gridBefore` → leading empty cells;
///   `w:vMerge` (continue) and `w:hMerge` (continue) → continuation cells, printed empty.
/// - A drawing → `[image: description]`, the marker the plain-text reports use.
///
/// The XML arrives in chunks as it is inflated (`push`), parsed by `XMLStream` (libxml2), so a part is
/// never held whole; the text it yields is capped at `maximumTextSize`.
final class DocxDocumentParser: XMLStreamSink {
    /// The most text a document may yield: the loader's limit for a plain-text file (32 MB).
    static let maximumTextSize = LoadOptions.defaultMaxFileSize

    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let drawingNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    ]
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    private var assembler = DocumentAssembler()
    /// Open Word elements' local names ("" for elements of other namespaces), innermost last.
    private var stack: [String] = []
    private var skipFrom: Int?
    private var inText = false
    private var runHidden = false
    /// UTF-8 bytes of text appended so far.
    private var textSize = 0
    private(set) var textTooLarge = false
    private lazy var stream = XMLStream(sink: self)

    /// The canonical text of a whole part, or what is wrong with its XML.
    static func text(of xml: [UInt8]) -> Result<String, XMLStream.Malformed> {
        let walker = DocxDocumentParser()
        _ = xml.withUnsafeBufferPointer { walker.push($0) }
        return walker.finish()
    }

    /// Feeds the next bytes of the part; false once parsing has failed or stopped.
    func push(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        stream.push(bytes)
    }

    /// The canonical text, or what is wrong with the XML (`textTooLarge` tells a text over the cap).
    func finish() -> Result<String, XMLStream.Malformed> {
        switch stream.finish() {
        case .failure(let malformed): return .failure(malformed)
        case .success:
            if textTooLarge { return .failure(XMLStream.Malformed(detail: "the text is larger than the limit")) }
            return .success(assembler.finish())
        }
    }

    func start(_ elementName: String, namespace: String, attributes: [String: String]) {
        let isWord = Self.wordNamespaces.contains(namespace)
        let parent = stack.last ?? ""
        let grandparent = stack.count > 1 ? stack[stack.count - 2] : ""
        stack.append(isWord ? elementName : "")
        guard skipFrom == nil else { return }
        if namespace == Self.compatibilityNamespace && elementName == "Fallback" {
            skipFrom = stack.count
            return
        }
        if Self.drawingNamespaces.contains(namespace) && elementName == "docPr" && !runHidden {
            let description = Self.attribute("descr", in: attributes) ?? ""
            let label = description.isEmpty ? (Self.attribute("name", in: attributes) ?? "") : description
            assembler.append(" [image: \(TextNormalization.line(label))] ")
            return
        }
        guard isWord else { return }
        switch elementName {
        case "p": assembler.breakLine()
        case "tbl": assembler.beginTable()
        case "tr": assembler.beginRow()
        case "tc": assembler.beginCell()
        case "gridBefore" where parent == "trPr":
            let columns = Self.integer(Self.attribute("val", in: attributes))
            if columns > 0 {
                assembler.beginCell(colspan: columns)
                assembler.endCell()
            }
        case "gridSpan" where parent == "tcPr":
            assembler.setCellColspan(max(Self.integer(Self.attribute("val", in: attributes)), 1))
        case "vMerge" where parent == "tcPr", "hMerge" where parent == "tcPr":
            if Self.attribute("val", in: attributes) != "restart" { assembler.markCellContinuation() }
        case "r": runHidden = false
        case "vanish" where parent == "rPr" && grandparent == "r": runHidden = true
        case "t": inText = !runHidden
        case "tab" where parent == "r", "ptab" where parent == "r":
            if !runHidden { assembler.appendTab() }
        case "br" where parent == "r", "cr" where parent == "r":
            if !runHidden { assembler.breakLine() }
        case "noBreakHyphen" where parent == "r":
            if !runHidden { assembler.append("-") }
        default: break
        }
    }

    func end() {
        let name = stack.popLast() ?? ""
        if let from = skipFrom {
            if stack.count < from { skipFrom = nil }
            return
        }
        switch name {
        case "p": assembler.breakLine()
        case "tc": assembler.endCell()
        case "tr": assembler.endRow()
        case "tbl": assembler.endTable()
        case "t": inText = false
        default: break
        }
    }

    func text(_ string: String) -> Bool {
        guard inText && skipFrom == nil else { return true }
        textSize += string.utf8.count
        guard textSize <= Self.maximumTextSize else {
            textTooLarge = true
            return false
        }
        assembler.append(string)
        return true
    }

    /// An attribute by local name (`XMLStream` reports them so).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        attributes[name]
    }

    static func integer(_ value: String?) -> Int {
        min(Int(value?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0, SpanGrid.maximumColumns)
    }
}
