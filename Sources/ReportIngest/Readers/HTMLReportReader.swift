import CLibXML2
import Foundation

/// Reads a report saved as a web page (.html/.htm) into canonical text: paragraphs as lines, each table
/// row as one line of tab-separated cells (spans expanded, see `SpanGrid`).
///
/// The page is decoded by `HTMLCharset` (declared charset, GBK pages included), then parsed by
/// libxml2's forgiving HTML parser (recover, no network, no error output) in streaming (SAX) mode, so
/// a page of tens of megabytes costs time linear in its size and memory proportional to its text, not
/// to a document tree. A page with no report in it still yields its text: deciding whether it is a
/// report is the loader's job.
public enum HTMLReportReader {
    /// Bytes handed to the parser at a time.
    static let chunkSize = 1 << 20

    public static func text(from data: Data, fileName: String) throws(ReaderError) -> String {
        let decoded = HTMLCharset.decode(data)
        _ = LibXML.ready
        gongkai_xml_silence_errors()
        let sink = HTMLEventSink()
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            HTMLReportReader.eventSink(context)
                .start(String(cString: name), attributes: HTMLReportReader.attributeDictionary(attributes))
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            HTMLReportReader.eventSink(context).end(String(cString: name))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        let parsed: Bool = withExtendedLifetime(sink) {
            let context = Unmanaged.passUnretained(sink).toOpaque()
            guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
                return false
            }
            defer { htmlFreeParserCtxt(parser) }
            let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
            htmlCtxtUseOptions(parser, Int32(options))
            var utf8 = removingBogusComments(Array(decoded.utf8))
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        let length = min(chunkSize, bytes.count - offset)
                        _ = htmlParseChunk(parser, bytes.baseAddress! + offset, Int32(length), 0)
                        offset += length
                    }
                    _ = htmlParseChunk(parser, nil, 0, 1)
                }
            }
            return true
        }
        guard parsed else {
            throw .malformedXML(fileName: fileName, part: "the page", detail: "the HTML parser could not start")
        }
        return sink.finish()
    }

    /// Drops every `<![ … >` outside comments — Word's downlevel conditionals `<![if !supportLists]>` /
    /// `<![endif]>` — which browsers treat as comments but libxml2 would pass on as text.
    static func removingBogusComments(_ bytes: [UInt8]) -> [UInt8] {
        let bang = UInt8(ascii: "!"), less = UInt8(ascii: "<"), greater = UInt8(ascii: ">")
        let dash = UInt8(ascii: "-"), bracket = UInt8(ascii: "[")
        var result: [UInt8] = []
        var index = 0
        var copiedUpTo = 0
        while index + 3 < bytes.count {
            guard bytes[index] == less, bytes[index + 1] == bang else {
                index += 1
                continue
            }
            if bytes[index + 2] == dash && bytes[index + 3] == dash {
                // A comment: skip to its end, untouched.
                var end = index + 4
                while end + 2 < bytes.count && !(bytes[end] == dash && bytes[end + 1] == dash && bytes[end + 2] == greater) {
                    end += 1
                }
                index = end + 3
            } else if bytes[index + 2] == bracket {
                if result.isEmpty { result.reserveCapacity(bytes.count) }
                result.append(contentsOf: bytes[copiedUpTo..<index])
                let close = bytes[(index + 3)...].firstIndex(of: greater) ?? bytes.count - 1
                index = close + 1
                copiedUpTo = index
            } else {
                index += 2
            }
        }
        guard copiedUpTo > 0 else { return bytes }
        result.append(contentsOf: bytes[min(copiedUpTo, bytes.count)...])
        return result
    }

    private static let characters: charactersSAXFunc = { context, bytes, length in
        guard let context, let bytes, length > 0 else { return }
        let buffer = UnsafeBufferPointer(start: bytes, count: Int(length))
        HTMLReportReader.eventSink(context).text(String(decoding: buffer, as: UTF8.self))
    }

    fileprivate static func eventSink(_ context: UnsafeMutableRawPointer) -> HTMLEventSink {
        Unmanaged<HTMLEventSink>.fromOpaque(context).takeUnretainedValue()
    }

    /// libxml2's NULL-terminated name/value array as a dictionary (a value-less attribute maps to "").
    fileprivate static func attributeDictionary(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) -> [String: String] {
        guard let attributes else { return [:] }
        var result: [String: String] = [:]
        var index = 0
        while let name = attributes[index] {
            let value = attributes[index + 1].map { String(cString: $0) } ?? ""
            result[String(cString: name).lowercased()] = value
            index += 2
        }
        return result
    }
}
