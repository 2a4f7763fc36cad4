import Foundation
import ReportModel

/// The reports' texts of a load from the parse cache, left in the cache file until a query needs them:
/// a warm load then reads a tenth of the file, and a session that never searches the texts never
/// holds them. Text number `index` is the one of the load's file number `index`.
///
/// A text is read with `pread` from the cache file opened at load (a newer cache renamed over it does
/// not change what this descriptor reads), checked against the length and hash its entry recorded, and
/// kept. When it cannot be read or does not match (the file was truncated or overwritten in place),
/// `reread` parses the report file again, accepted only if its bytes still hash to the content hash
/// the cache recorded; failing that the text is nil (the field reads as null), never another text.
final class CachedTexts: DeferredTexts, @unchecked Sendable {
    struct Place {
        var offset: Int
        var length: Int
        var hash: UInt64
    }

    private let descriptor: Int32
    private let lock = NSLock()
    private var places: [Place?]
    private var texts: [String?]
    private let reread: @Sendable (Int) -> String?

    /// Texts of the file open as `descriptor` (duplicated; the copy is closed with this object).
    init?(descriptor: Int32, count: Int, reread: @escaping @Sendable (Int) -> String?) {
        self.descriptor = dup(descriptor)
        guard self.descriptor >= 0 else { return nil }
        _ = fcntl(self.descriptor, F_SETFD, FD_CLOEXEC)
        places = Array(repeating: nil, count: count)
        texts = Array(repeating: nil, count: count)
        self.reread = reread
    }

    deinit { close(descriptor) }

    /// Records where text `index` lies (once per index, from any thread, before it is read).
    func register(_ index: Int, offset: Int, length: Int, hash: UInt64) {
        lock.lock()
        places[index] = Place(offset: offset, length: length, hash: hash)
        lock.unlock()
    }

    func text(_ index: Int) -> String? {
        lock.lock()
        let cached = index >= 0 && index < texts.count ? texts[index] : nil
        let place = index >= 0 && index < places.count ? places[index] : nil
        lock.unlock()
        if let cached { return cached }
        guard let place else { return nil }
        guard let text = read(place) ?? reread(index) else { return nil }
        lock.lock()
        texts[index] = text
        lock.unlock()
        return text
    }

    func utf8Count(_ index: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if index >= 0 && index < texts.count, let cached = texts[index] { return cached.utf8.count }
        return index >= 0 && index < places.count ? places[index]?.length : nil
    }

    /// Reads the text straight into `destination` (a text already read is copied), checked as `text`
    /// checks it, and does not keep it.
    func copyUTF8(_ index: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        lock.lock()
        let cached = index >= 0 && index < texts.count ? texts[index] : nil
        let place = index >= 0 && index < places.count ? places[index] : nil
        lock.unlock()
        if let cached { return DeferredTextCopy.copy(cached, to: destination) }
        guard let place, place.length == destination.count else { return false }
        if read(place, into: destination) { return true }
        guard let text = reread(index) else { return false }
        return DeferredTextCopy.copy(text, to: destination)
    }

    /// The text at `place`, when the file still holds exactly the bytes written there. Bytes that hash
    /// as written are the UTF-8 the encoder wrote from a Swift string, so they are not validated again
    /// (see `ByteReader.string`).
    private func read(_ place: Place) -> String? {
        guard place.length > 0 else { return place.hash == XXHash64.hash([]) ? "" : nil }
        var bytes = [UInt8](repeating: 0, count: place.length)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            guard read(place, into: buffer) else { return nil }
            return try? ByteReader.string(UnsafeRawBufferPointer(buffer), checked: false)
        }
    }

    /// Reads the bytes at `place` into `buffer` (of exactly their length); true when the file still
    /// holds exactly the bytes written there.
    private func read(_ place: Place, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        guard place.length > 0 else { return place.hash == XXHash64.hash([]) }
        var done = 0
        while done < place.length {
            let n = pread(descriptor, buffer.baseAddress! + done, place.length - done, off_t(place.offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return XXHash64.hash(UnsafeRawBufferPointer(buffer)) == place.hash
    }

    /// A report's text parsed again from its file, when the file's bytes still hash to `contentHash`.
    static func reread(_ file: CorpusFile, contentHash: UInt64, options: LoadOptions) -> String? {
        guard case .bytes(let data) = CorpusLoader.read(file, options: options),
              data.withUnsafeBytes({ XXHash64.hash($0) }) == contentHash,
              case .record(let record) = CorpusLoader.parse(data, file, options: options) else { return nil }
        return record.text(RecordEncoder.deferredField)
    }
}
