import CGongkaiZlib

/// Streams the bytes of one zip entry — stored, or deflated (raw deflate through zlib) — to a consumer
/// in chunks of `chunkSize`, so no part is ever held whole. Reading stops with `.tooLarge` the moment
/// the output passes `limit`, whatever size the archive declares (a zip bomb costs at most `limit`
/// bytes of inflation, never memory); a damaged deflate stream, one that ends early, or a CRC-32 that
/// does not match is `.damaged`. The consumer returns false to stop (→ `.stopped`).
enum ZipInflater {
    static let chunkSize = 1 << 16

    static func stream(
        _ entry: ZipArchive.Entry, of archive: ZipArchive, limit: Int,
        to consume: (UnsafeBufferPointer<UInt8>) -> Bool
    ) throws(ZipFailure) {
        guard entry.flags & 1 == 0 else { throw .damaged("\(entry.name) is encrypted") }
        let range = try archive.dataRange(of: entry)
        var crc: UInt = 0
        let result: ZipFailure? = archive.bytes.withUnsafeBufferPointer { whole in
            let input = UnsafeBufferPointer(rebasing: whole[range])
            var produced = 0
            func deliver(_ chunk: UnsafeBufferPointer<UInt8>) -> ZipFailure? {
                produced += chunk.count
                if produced > limit { return .tooLarge(limit: limit) }
                if let base = chunk.baseAddress, !chunk.isEmpty { crc = crc32(crc, base, uInt(chunk.count)) }
                return consume(chunk) ? nil : .stopped
            }
            switch entry.method {
            case 0:
                var offset = 0
                while offset < input.count {
                    let length = min(chunkSize, input.count - offset)
                    if let failure = deliver(UnsafeBufferPointer(rebasing: input[offset..<(offset + length)])) { return failure }
                    offset += length
                }
                return nil
            case 8:
                return inflate(input, name: entry.name, deliver: deliver)
            default:
                return .damaged("\(entry.name) uses compression method \(entry.method), which gongkai does not read")
            }
        }
        if let result { throw result }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else {
            throw .damaged("\(entry.name) fails its CRC check (the file is damaged)")
        }
    }

    /// A whole entry of at most `limit` bytes, for small parts (the package relationships).
    static func bytes(of entry: ZipArchive.Entry, in archive: ZipArchive, limit: Int) throws(ZipFailure) -> [UInt8] {
        var result: [UInt8] = []
        try stream(entry, of: archive, limit: limit) { chunk in
            result.append(contentsOf: chunk)
            return true
        }
        return result
    }

    private static func inflate(
        _ input: UnsafeBufferPointer<UInt8>, name: String, deliver: (UnsafeBufferPointer<UInt8>) -> ZipFailure?
    ) -> ZipFailure? {
        let damaged = ZipFailure.damaged("\(name) cannot be decompressed (the file is damaged)")
        guard input.count <= Int(UInt32.max) else { return damaged }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: chunkSize)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = uInt(input.count)
        while true {
            let status: Int32 = output.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                return CGongkaiZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let count = chunkSize - Int(stream.avail_out)
            if count > 0, let failure = output.withUnsafeBufferPointer({ deliver(UnsafeBufferPointer(rebasing: $0[0..<count])) }) {
                return failure
            }
            switch status {
            case Z_STREAM_END: return nil
            case Z_OK: continue
            // No progress possible: the input ran out before the stream's end.
            case Z_BUF_ERROR: return .damaged("\(name) is truncated")
            default: return damaged
            }
        }
    }
}
