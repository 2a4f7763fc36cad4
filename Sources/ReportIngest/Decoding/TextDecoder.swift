import Foundation

/// Turns the bytes of a text file into a String with LF line breaks: UTF-8 (with or without a byte-order
/// mark), UTF-16 LE/BE with a byte-order mark, else GB18030 (a superset of GBK and GB2312).
/// Binary data (NUL bytes, many control characters) and bytes valid in none of these are rejected.
public enum TextDecoder {
    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// More control bytes than this share of the text makes a file binary.
    static let maxControlShare = 0.02

    public static func decode(_ data: Data) -> Result<String, DecodingFailure> {
        if data.isEmpty { return .failure(.empty) }
        let decoded: Result<String, DecodingFailure> = data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), data: data)
        }
        return decoded.flatMap { text in
            if text.isEmpty { return .failure(.empty) }
            return .success(LineBreaks.normalize(text))
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, data: Data) -> Result<String, DecodingFailure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(UnsafeBufferPointer(rebasing: bytes[3...]), withBOM: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(data.dropFirst(2), .utf16LittleEndian, "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(data.dropFirst(2), .utf16BigEndian, "UTF-16BE") }
        if let reason = binaryReason(bytes) { return .failure(.binary(reason: reason)) }
        if case .success(let text) = utf8(bytes, withBOM: false) { return .success(text) }
        if let text = String(data: data, encoding: gb18030) { return .success(text) }
        return .failure(.undecodable(reason: "not valid UTF-8, UTF-16 (with a byte-order mark) or GB18030"))
    }

    private static func utf8(_ bytes: UnsafeBufferPointer<UInt8>, withBOM: Bool) -> Result<String, DecodingFailure> {
        if bytes.isEmpty { return .failure(.empty) }
        if withBOM, let reason = binaryReason(bytes) { return .failure(.binary(reason: reason)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.undecodable(reason: "a UTF-8 byte-order mark, but the bytes are not valid UTF-8"))
        }
        return .success(text)
    }

    private static func utf16(_ data: Data, _ encoding: String.Encoding, _ name: String) -> Result<String, DecodingFailure> {
        if data.isEmpty { return .failure(.empty) }
        guard data.count % 2 == 0, let text = String(data: data, encoding: encoding) else {
            return .failure(.undecodable(reason: "a \(name) byte-order mark, but the bytes are not valid \(name)"))
        }
        let controls = text.unicodeScalars.reduce(0) { $0 + (isControl($1.value) || $1.value == 0 ? 1 : 0) }
        if Double(controls) > maxControlShare * Double(max(text.unicodeScalars.count, 1)) {
            return .failure(.binary(reason: "\(controls) control characters"))
        }
        return .success(text)
    }

    static let nulReason = "contains NUL bytes; UTF-16 needs a byte-order mark"

    /// Why the bytes (no byte-order mark) look binary, or nil for text.
    static func binaryReason(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var controls = 0
        var i = 0
        // Eight bytes at a time: a word with no byte below 0x20 or equal to 0x7F (most of a text) has no
        // NUL and no control; only the others are looked at byte by byte.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let low = (w &- ones &* 0x20) & ~w & highs
                let del = ((w ^ (ones &* 0x7F)) &- ones) & ~(w ^ (ones &* 0x7F)) & highs
                if low | del != 0 {
                    for k in i..<i + 8 {
                        if bytes[k] == 0 { return nulReason }
                        if isControl(UInt32(bytes[k])) { controls += 1 }
                    }
                }
                i += 8
            }
        }
        while i < bytes.count {
            if bytes[i] == 0 { return nulReason }
            if isControl(UInt32(bytes[i])) { controls += 1 }
            i += 1
        }
        if Double(controls) > maxControlShare * Double(bytes.count) {
            return "\(controls) control characters in \(bytes.count) bytes"
        }
        return nil
    }

    /// C0 controls and DEL, except tab, LF, VT, FF and CR.
    private static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && !(0x09...0x0D).contains(value)) || value == 0x7F
    }
}
