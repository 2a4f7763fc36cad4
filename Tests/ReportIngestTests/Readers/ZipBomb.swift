import CGongkaiZlib
import Foundation

/// Builds a .docx zip bomb fast (zlib in C, not a zip library in a debug build): a document.xml of
/// well-formed paragraphs, `size` bytes or a little more, deflated about 300:1.
enum ZipBomb {
    static let head = Data(#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#.utf8)
    static let tail = Data("</w:body></w:document>".utf8)

    /// `declaredSize`, when given, is the size both headers claim (a bomb that lies).
    static func docx(size: Int, declaredSize: Int? = nil) -> Data {
        var chunk = Data()
        while chunk.count < 1 << 20 { chunk.append(Data("<w:p><w:r><w:t>0</w:t></w:r></w:p>".utf8)) }
        let pieces = [head] + Array(repeating: chunk, count: max(1, (size - head.count) / chunk.count + 1)) + [tail]
        var crc: UInt = 0
        var total = 0
        var stream = z_stream()
        _ = deflateInit2_(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        var compressed = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for (index, piece) in pieces.enumerated() {
            var input = [UInt8](piece)
            total += input.count
            crc = crc32(crc, &input, uInt(input.count))
            input.withUnsafeMutableBufferPointer { bytes in
                stream.next_in = bytes.baseAddress
                stream.avail_in = uInt(bytes.count)
                let flush = index == pieces.count - 1 ? Z_FINISH : Z_NO_FLUSH
                repeat {
                    let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        _ = deflate(&stream, flush)
                        return out.count - Int(stream.avail_out)
                    }
                    compressed.append(contentsOf: buffer[0..<produced])
                } while stream.avail_out == 0 || (flush == Z_FINISH && stream.avail_in > 0)
            }
        }
        deflateEnd(&stream)
        return zip(name: "word/document.xml", compressed: compressed, crc: UInt32(crc), size: declaredSize ?? total)
    }

    /// A one-entry zip (deflate) around `compressed`.
    static func zip(name: String, compressed: [UInt8], crc: UInt32, size: Int) -> Data {
        var out = Data()
        func u16(_ value: Int) { out.append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]) }
        func u32(_ value: Int) { u16(value & 0xFFFF); u16(value >> 16 & 0xFFFF) }
        let nameBytes = Data(name.utf8)
        u32(0x0403_4B50); u16(20); u16(0); u16(8); u16(0); u16(0)
        u32(Int(crc)); u32(compressed.count); u32(size); u16(nameBytes.count); u16(0)
        out.append(nameBytes)
        out.append(contentsOf: compressed)
        let directory = out.count
        u32(0x0201_4B50); u16(20); u16(20); u16(0); u16(8); u16(0); u16(0)
        u32(Int(crc)); u32(compressed.count); u32(size); u16(nameBytes.count); u16(0); u16(0); u16(0); u16(0); u32(0); u32(0)
        out.append(nameBytes)
        let directorySize = out.count - directory
        u32(0x0605_4B50); u16(0); u16(0); u16(1); u16(1); u32(directorySize); u32(directory); u16(0)
        return out
    }
}
