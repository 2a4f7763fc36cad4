import Foundation

/// Reads a report saved as a Word document (.docx) into canonical text: paragraphs as lines, each table
/// row as one line of tab-separated cells, merged cells expanded (`w:gridSpan` pads empty cells,
/// `w:vMerge` continuation cells are empty; see `DocxDocumentParser`, `SpanGrid`).
///
/// An old binary Word file (OLE compound document, magic D0 CF 11 E0) is refused with `.legacyWord`, or
/// `.passwordProtected` when it is an encrypted .docx (Word stores those in the same container).
/// A truncated or damaged zip → `.damagedArchive`; no main document part → `.missingPart`; broken XML
/// → `.malformedXML`; a part inflating past 64 MB (a zip bomb) → `.tooLarge` (see `DocxPackage`).
/// No byte of the file reaches code that can trap: the zip is read by `ZipArchive`, the XML by libxml2.
public enum DocxReportReader {
    public static func text(from data: Data, fileName: String) throws(ReaderError) -> String {
        if DocumentFormat.isOLECompoundFile(data) {
            throw DocumentFormat.isEncryptedOfficePackage(data)
                ? .passwordProtected(fileName: fileName) : .legacyWord(fileName: fileName)
        }
        return try DocxPackage.text(from: data, fileName: fileName)
    }
}
