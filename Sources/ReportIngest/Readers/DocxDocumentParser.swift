import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Walks a Word main document part (`word/document.xml`) and feeds `DocumentAssembler`.
///
/// - `w:p` → a line: the text of its `w:t` runs; `w:tab` → tab; `w:br`/`w:cr` → line break.
///   Field instructions (`w:instrText`), deleted text (`w:delText`) and hidden runs (`w:vanish`) are
///   not text; the `mc:Fallback` copy of alternate content is skipped (its `mc:Choice` is read).
/// - `w:tbl`/`w:tr`/`w:tc` → table rows; `w:gridSpan` → colspan; `w:gridBefore` → leading empty cells;
///   `w:vMerge` (continue) and `w:hMerge` (continue) → continuation cells, printed empty.
/// - A drawing → `[image: description]`, the marker the plain-text reports use.
final class DocxDocumentParser: NSObject, XMLParserDelegate {
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

    /// The canonical text of `xml`, or what is wrong with the XML.
    static func text(of xml: Data) -> Result<String, Malformed> {
        let walker = DocxDocumentParser()
        let parser = XMLParser(data: xml)
        parser.delegate = walker
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            let error = parser.parserError as NSError?
            let line = parser.lineNumber > 0 ? " at line \(parser.lineNumber)" : ""
            return .failure(Malformed(detail: "XML error \(error?.code ?? 0)\(line)"))
        }
        guard walker.stack.isEmpty else {
            return .failure(Malformed(detail: "the XML ends before its elements are closed"))
        }
        return .success(walker.assembler.finish())
    }

    struct Malformed: Error {
        var detail: String
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let namespace = namespaceURI ?? ""
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

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
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

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipFrom == nil { assembler.append(string) }
    }

    /// An attribute by local name, whether the parser reports it qualified ("w:val") or not.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first(where: { $0.key.hasSuffix(":" + name) })?.value
    }

    static func integer(_ value: String?) -> Int {
        min(Int(value?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0, SpanGrid.maximumColumns)
    }
}
