import Foundation

/// The zip package of a .docx, read with gongkai's own checked zip reader (`ZipArchive`,
/// `ZipInflater`): finds its main document part (named by the package relationships, normally
/// `word/document.xml`) and streams it, as it inflates, into `DocxDocumentParser`.
///
/// Limits: a part may inflate to at most `maximumPartSize` (64 MB) — the document.xml of a real report
/// is well under a few MB (the bundled reports' are under 200 KB), so only a zip bomb reaches it, and it
/// is stopped the moment it does, having cost 64 MB of inflation (zlib only, nothing parsed) and no
/// memory beyond a 64 KB chunk.
/// The package relationships may be at most 1 MB. At most `InflationBudget.slots` documents are read at
/// once in the whole process, bounding what a parallel load holds.
enum DocxPackage {
    static let defaultPart = "word/document.xml"
    static let relationshipsPart = "_rels/.rels"
    /// The most a main document part may inflate to.
    static let maximumPartSize = 64 << 20
    /// The most the package relationships may inflate to.
    static let maximumRelationshipsSize = 1 << 20

    /// The text of the main document part.
    static func text(from data: Data, fileName: String) throws(ReaderError) -> String {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(data)
        } catch {
            throw failure(error, fileName: fileName, part: "the zip archive")
        }
        let part = mainPart(of: archive)
        guard let entry = archive.entry(named: part) else { throw .missingPart(fileName: fileName, part: part) }
        guard entry.uncompressedSize <= maximumPartSize else {
            throw .tooLarge(fileName: fileName, limitBytes: maximumPartSize)
        }
        return try InflationBudget.withSlot { () throws(ReaderError) -> String in
            // First inflated only to count and check it (zlib alone, about a second for 64 MB): a zip
            // bomb or a damaged stream is refused before any of it is parsed, and the parse sees only
            // bytes that passed the CRC. Then inflated again, straight into the parser.
            do throws(ZipFailure) {
                try ZipInflater.stream(entry, of: archive, limit: maximumPartSize) { _ in true }
            } catch {
                throw failure(error, fileName: fileName, part: part)
            }
            let parser = DocxDocumentParser()
            do throws(ZipFailure) {
                try ZipInflater.stream(entry, of: archive, limit: maximumPartSize) { parser.push($0) }
            } catch where error != .stopped {
                throw failure(error, fileName: fileName, part: part)
            } catch {}
            switch parser.finish() {
            case .success(let text): return text
            case .failure where parser.textTooLarge:
                throw .tooLarge(fileName: fileName, limitBytes: DocxDocumentParser.maximumTextSize)
            case .failure(let malformed):
                throw .malformedXML(fileName: fileName, part: part, detail: malformed.detail)
            }
        }
    }

    /// The target of the package's officeDocument relationship, else `word/document.xml`. Relationships
    /// that cannot be read fall back to the default part (Word does the same).
    static func mainPart(of archive: ZipArchive) -> String {
        guard let entry = archive.entry(named: relationshipsPart),
              let xml = try? ZipInflater.bytes(of: entry, in: archive, limit: maximumRelationshipsSize) else {
            return defaultPart
        }
        let finder = OfficeDocumentTarget()
        guard case .success = XMLStream.parse(xml, into: finder), var target = finder.target, !target.isEmpty else {
            return defaultPart
        }
        while target.hasPrefix("/") { target.removeFirst() }
        return target
    }

    private static func failure(_ failure: ZipFailure, fileName: String, part: String) -> ReaderError {
        switch failure {
        case .damaged(let detail): .damagedArchive(fileName: fileName, detail: detail)
        case .tooLarge(let limit): .tooLarge(fileName: fileName, limitBytes: limit)
        case .stopped: .damagedArchive(fileName: fileName, detail: "\(part) could not be read")
        }
    }
}

/// Reads `_rels/.rels` for the target of the officeDocument relationship.
private final class OfficeDocumentTarget: XMLStreamSink {
    var target: String?

    func start(_ name: String, namespace: String, attributes: [String: String]) {
        guard target == nil, name == "Relationship", attributes["Type"]?.hasSuffix("/officeDocument") == true else { return }
        target = attributes["Target"]
    }

    func end() {}

    func text(_ text: String) -> Bool { true }
}
