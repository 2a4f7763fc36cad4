import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The zip package of a .docx: finds and decompresses its main document part (named by the package
/// relationships, normally `word/document.xml`), with a size limit against zip bombs.
enum DocxPackage {
    static let defaultPart = "word/document.xml"
    /// The largest main document part read (decompressed).
    static let maximumPartSize = 256 * 1_048_576

    static func mainDocument(from data: Data, fileName: String) throws(ReaderError) -> (part: String, xml: Data) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damagedArchive(fileName: fileName, detail: "the zip archive is truncated or damaged")
        }
        var part = defaultPart
        if let relationships = archive["_rels/.rels"],
           let xml = try? extract(relationships, from: archive, fileName: fileName),
           let target = OfficeDocumentTarget.find(in: xml) {
            part = target
        }
        guard let entry = archive[part] else { throw .missingPart(fileName: fileName, part: part) }
        return (part, try extract(entry, from: archive, fileName: fileName))
    }

    private static func extract(_ entry: Entry, from archive: Archive, fileName: String) throws(ReaderError) -> Data {
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else {
            throw .tooLarge(fileName: fileName, limitBytes: maximumPartSize)
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > maximumPartSize { throw ReaderError.tooLarge(fileName: fileName, limitBytes: maximumPartSize) }
            }
        } catch let error as ReaderError {
            throw error
        } catch {
            throw .damagedArchive(fileName: fileName, detail: "\(entry.path) cannot be decompressed (the file is damaged)")
        }
        return data
    }
}

/// Reads `_rels/.rels` for the target of the officeDocument relationship.
private final class OfficeDocumentTarget: NSObject, XMLParserDelegate {
    private var target: String?

    static func find(in xml: Data) -> String? {
        let finder = OfficeDocumentTarget()
        let parser = XMLParser(data: xml)
        parser.delegate = finder
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        guard var target = finder.target, !target.isEmpty else { return nil }
        while target.hasPrefix("/") { target.removeFirst() }
        return target
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard target == nil, elementName.hasSuffix("Relationship"),
              attributes["Type"]?.hasSuffix("/officeDocument") == true else { return }
        target = attributes["Target"]
    }
}
