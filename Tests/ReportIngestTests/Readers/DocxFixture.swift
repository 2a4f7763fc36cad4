import Foundation
import XCTest
import ZIPFoundation

/// Builds .docx files for the tests with ZIPFoundation: a minimal package ([Content_Types].xml,
/// _rels/.rels, word/document.xml) around a WordprocessingML body.
enum DocxFixture {
    /// One table cell of a `w:tbl`.
    struct Cell {
        enum VerticalMerge { case restart, proceed }
        var text: String
        var gridSpan = 1
        var vMerge: VerticalMerge?
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """
    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    /// A zip at `url` holding `entries` (path → text), deflated.
    static func writeZip(_ entries: [(String, String)], to url: URL) throws {
        try writeZip(bytes: entries.map { ($0.0, Data($0.1.utf8)) }, to: url)
    }

    /// A zip at `url` holding `entries` (path → bytes), deflated.
    static func writeZip(bytes entries: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    /// A complete .docx whose body is `body` (WordprocessingML).
    static func writeDocx(body: String, to url: URL) throws {
        try writeZip([
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("word/document.xml", document(body: body)),
        ], to: url)
    }

    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:v="urn:schemas-microsoft-com:vml"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A paragraph; a "[bookmark: X]" marker of the text export becomes a Word bookmark, a line
    /// break inside the text a second paragraph.
    static func paragraph(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var xml = "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>"
            var rest = Substring(line)
            while let marker = rest.range(of: "[bookmark: "), let close = rest[marker.upperBound...].firstIndex(of: "]") {
                xml += run(String(rest[..<marker.lowerBound]))
                xml += "<w:bookmarkStart w:id=\"0\" w:name=\"\(rest[marker.upperBound..<close])\"/><w:bookmarkEnd w:id=\"0\"/>"
                rest = rest[rest.index(after: close)...]
            }
            return xml + run(String(rest)) + "</w:p>"
        }.joined()
    }

    static func run(_ text: String) -> String {
        text.isEmpty ? "" : "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    static func table(_ rows: [[Cell]]) -> String {
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"SpanGrid\"/></w:tblPr><w:tblGrid/>"
        for row in rows {
            xml += "<w:tr>"
            for cell in row {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/>"
                if cell.gridSpan > 1 { xml += "<w:gridSpan w:val=\"\(cell.gridSpan)\"/>" }
                switch cell.vMerge {
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .proceed: xml += "<w:vMerge/>"
                case nil: break
                }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>" + paragraph(cell.text) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
