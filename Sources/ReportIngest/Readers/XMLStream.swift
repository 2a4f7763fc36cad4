import Foundation
import CLibXML2

/// What an `XMLStream` reports: elements by local name and namespace URI (attributes by local name),
/// and text. Returning false from `text` stops the parse (the sink has seen enough).
protocol XMLStreamSink: AnyObject {
    func start(_ name: String, namespace: String, attributes: [String: String])
    func end()
    func text(_ text: String) -> Bool
}

/// libxml2's streaming (SAX2, push) XML parser for the parts of a .docx: bytes are pushed in chunks as
/// they are inflated, and whatever is wrong — invalid UTF-8 in a name, a tag left open, nesting
/// deeper than libxml2's limit of 256 — is returned as `Malformed` with its line, never a trap. No
/// network, nothing printed, and a DOCTYPE is refused outright: a Word part never has one, so no
/// entity can be declared, let alone expanded (no "billion laughs").
final class XMLStream {
    struct Malformed: Error, Equatable {
        var detail: String
    }

    private unowned let sink: XMLStreamSink
    private var context: xmlParserCtxtPtr?
    private var refusal: String?
    private var sinkStopped = false

    init(sink: XMLStreamSink) {
        self.sink = sink
    }

    /// Parses all of `bytes` in one go.
    static func parse(_ bytes: [UInt8], into sink: XMLStreamSink) -> Result<Void, Malformed> {
        let stream = XMLStream(sink: sink)
        _ = bytes.withUnsafeBufferPointer { stream.push($0) }
        return stream.finish()
    }

    /// Feeds the next bytes; false once the parse has failed or been stopped (push no more).
    func push(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let context = start() else { return false }
        guard !bytes.isEmpty, let base = bytes.baseAddress else { return true }
        let status = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            xmlParseChunk(context, $0, Int32(bytes.count), 0)
        }
        return status == 0 && context.pointee.wellFormed != 0 && refusal == nil && !sinkStopped
    }

    /// Ends the document: success, or what was wrong. Frees the parser.
    func finish() -> Result<Void, Malformed> {
        guard let context = start() else { return .failure(Malformed(detail: "the XML parser could not start")) }
        defer {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
        if !sinkStopped && refusal == nil && context.pointee.wellFormed != 0 { _ = xmlParseChunk(context, nil, 0, 1) }
        if let refusal { return .failure(Malformed(detail: refusal)) }
        if sinkStopped { return .success(()) }
        guard context.pointee.wellFormed == 0 else { return .success(()) }
        guard let error = xmlCtxtGetLastError(context) else { return .failure(Malformed(detail: "XML error")) }
        let message = error.pointee.message.map { Self.printable(String(cString: $0)) } ?? ""
        let line = error.pointee.line > 0 ? " at line \(error.pointee.line)" : ""
        return .failure(Malformed(detail: "XML error \(error.pointee.code)\(line)" + (message.isEmpty ? "" : ": \(message)")))
    }

    /// The first line of libxml2's message, control characters dropped, at most 80 characters.
    static func printable(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? ""
        let visible = line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
        return String(String.UnicodeScalarView(visible).prefix(80)).trimmingCharacters(in: .whitespaces)
    }

    private func start() -> xmlParserCtxtPtr? {
        if let context { return context }
        _ = LibXML.ready
        gongkai_xml_silence_errors()
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, name, _, uri, _, _, count, _, attributes in
            guard let user, let name else { return }
            XMLStream.of(user).startElement(name, uri, Int(count), attributes)
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            XMLStream.of(user).sink.end()
        }
        handler.characters = XMLStream.characters
        handler.cdataBlock = XMLStream.characters
        handler.internalSubset = { user, _, _, _ in
            guard let user else { return }
            XMLStream.of(user).stop(refusing: "a DOCTYPE declaration, which a Word part never has")
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        context = xmlCreatePushParserCtxt(&handler, user, nil, 0, nil)
        if let context {
            let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            xmlCtxtUseOptions(context, Int32(options))
        }
        return context
    }

    private static let characters: charactersSAXFunc = { user, bytes, length in
        guard let user, let bytes, length > 0 else { return }
        let stream = XMLStream.of(user)
        guard !stream.sinkStopped else { return }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
        if !stream.sink.text(text) { stream.stop(refusing: nil) }
    }

    private static func of(_ user: UnsafeMutableRawPointer) -> XMLStream {
        Unmanaged<XMLStream>.fromOpaque(user).takeUnretainedValue()
    }

    private func stop(refusing reason: String?) {
        if let reason { refusal = reason } else { sinkStopped = true }
        if let context { xmlStopParser(context) }
    }

    /// SAX2 attributes come as five pointers each: local name, prefix, URI, value start, value end.
    private func startElement(
        _ name: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !sinkStopped else { return }
        var values: [String: String] = [:]
        if let attributes {
            for index in 0..<count {
                guard let local = attributes[index * 5], let start = attributes[index * 5 + 3],
                      let end = attributes[index * 5 + 4], end >= start else { continue }
                values[String(cString: local)] = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
            }
        }
        sink.start(String(cString: name), namespace: uri.map { String(cString: $0) } ?? "", attributes: values)
    }
}

/// libxml2 is initialised once per process, before any parse (not thread-safe on first use).
enum LibXML {
    static let ready: Void = xmlInitParser()
}
