import Foundation

/// The document formats a report may come in besides plain text, and the reader that turns each into
/// canonical text (paragraphs as lines, table rows as tab-separated cells).
///
/// The loader calls `detect` for files whose extension is in `fileExtensions`, then `text(from:fileName:)`.
/// Content wins over the extension: a ".doc" that is really a .docx, an HTML page or RTF is read (or
/// refused) as what it is.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case docx
    /// Word 97–2003 binary (.doc): refused with a message asking for .docx.
    case legacyWord
    /// Rich Text Format: refused with a message asking for .docx.
    case rtf
    case pdf

    /// Extensions (lowercased, without the dot) of the files the loader should pass to `detect`.
    public static let fileExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "docx", "doc", "pdf"]

    /// The format of a file, from its first bytes, else its extension; nil when it is none of these
    /// (plain text, or any other file).
    public static func detect(fileName: String, data: Data) -> DocumentFormat? {
        let head = data.prefix(1024)
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if isOLECompoundFile(data) { return .legacyWord }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        if fileExtensions.contains(fileExtension), looksLikeHTML(head) { return .html }
        switch fileExtension {
        case "html", "htm", "xhtml", "shtml": return .html
        case "docx": return .docx
        case "doc": return .legacyWord
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// The canonical text of `data`, read as this format.
    public func text(from data: Data, fileName: String) throws(ReaderError) -> String {
        switch self {
        case .html: try HTMLReportReader.text(from: data, fileName: fileName)
        case .docx: try DocxReportReader.text(from: data, fileName: fileName)
        case .legacyWord:
            throw Self.isEncryptedOfficePackage(data) ? .passwordProtected(fileName: fileName) : .legacyWord(fileName: fileName)
        case .rtf: throw .unsupportedFormat(fileName: fileName, format: "RTF")
        case .pdf: try PDFReportReader.text(from: data, fileName: fileName)
        }
    }

    /// An OLE compound document (the container of .doc, and of encrypted .docx).
    static func isOLECompoundFile(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// An OLE container holding an encrypted Office package (a password-protected .docx).
    static func isEncryptedOfficePackage(_ data: Data) -> Bool {
        let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: name) != nil
    }

    /// Starts (after a BOM and white space) with a tag, and names html early on.
    private static func looksLikeHTML(_ head: Data) -> Bool {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let start = text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        return start.hasPrefix("<") && (text.contains("<html") || text.contains("<!doctype html"))
    }
}
