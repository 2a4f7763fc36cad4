#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dictionary codes for body names (`PanelIndex`): the same UTF-8 bytes get the same small integer,
/// without a `String` hashed per report (Swift hashes a Chinese `String` through its normalisation) or
/// an array made per report: a name's bytes are hashed in place, and copied once, when first seen, into
/// one pool that later names are compared with byte for byte (two names sharing a hash stay apart).
struct AgencyCodes: Sendable {
    /// The names seen, back to back; `offsets[c] ..< offsets[c + 1]` holds code c's bytes.
    private var pool: [UInt8] = []
    private var offsets: [Int] = [0]
    /// Codes by the hash of their bytes (a short list when two names share a hash).
    private var byHash: [Int: [Int32]] = [:]

    init(capacity: Int) {
        byHash.reserveCapacity(capacity)
    }

    var count: Int { offsets.count - 1 }

    /// The code of `name`'s bytes, a new one when they are new.
    mutating func code(of name: String) -> Int32 {
        var name = name
        return name.withUTF8 { code(of: $0) }
    }

    mutating func code(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        if let codes = byHash[hash] {
            for code in codes where equal(code, bytes) { return code }
        }
        let code = Int32(count)
        pool.append(contentsOf: bytes)
        offsets.append(pool.count)
        byHash[hash, default: []].append(code)
        return code
    }

    /// The name a code stands for.
    func name(_ code: Int32) -> String {
        String(decoding: pool[offsets[Int(code)]..<offsets[Int(code) + 1]], as: UTF8.self)
    }

    private func equal(_ code: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[Int(code)], end = offsets[Int(code) + 1]
        guard end - start == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            bytes.isEmpty || memcmp(pool.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
