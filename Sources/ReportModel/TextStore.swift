import Synchronization

/// The report texts of a load that parsed its files, held outside the records: each record refers to
/// its text by number (a deferred text), and the bytes lie in large blocks, one after another in the
/// order the texts came in. A query engine reads them there in place (`bytesInMemory`) instead of
/// copying them, so a text is in memory once.
///
/// Safe to use from any thread: `append` takes a lock to reserve room, then copies outside it.
/// Blocks are never moved or freed before the store, so the bytes of a text stay where they are.
public final class TextStore: DeferredTexts, @unchecked Sendable {
    /// Bytes per block; a longer text gets a block of its own.
    static let blockSize = 16 << 20

    private struct State: @unchecked Sendable {
        var blocks: [UnsafeMutableRawPointer] = []
        var used = 0
        var capacity = 0
        /// Where text i lies: its address and length.
        var places: [(address: UnsafeRawPointer, count: Int)] = []
    }

    private let state = Mutex(State())

    public init() {}

    deinit {
        state.withLock { state in for block in state.blocks { block.deallocate() } }
    }

    /// Copies `text` in and returns its number.
    public func append(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            let (index, destination) = state.withLock { state -> (Int, UnsafeMutableRawPointer) in
                if state.capacity - state.used < utf8.count || state.blocks.isEmpty {
                    let size = max(TextStore.blockSize, utf8.count)
                    state.blocks.append(UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 8))
                    state.used = 0
                    state.capacity = size
                }
                let destination = state.blocks[state.blocks.count - 1] + state.used
                state.used += utf8.count
                state.places.append((UnsafeRawPointer(destination), utf8.count))
                return (state.places.count - 1, destination)
            }
            if let base = utf8.baseAddress { destination.copyMemory(from: base, byteCount: utf8.count) }
            return index
        }
    }

    /// The bytes of text `index`, valid while this store lives.
    public func bytesInMemory(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        guard let place = place(index) else { return nil }
        return UnsafeBufferPointer(start: place.address.assumingMemoryBound(to: UInt8.self), count: place.count)
    }

    public func text(_ index: Int) -> String? {
        bytesInMemory(index).map { String(decoding: $0, as: UTF8.self) }
    }

    public func utf8Count(_ index: Int) -> Int? { place(index)?.count }

    public func copyUTF8(_ index: Int, to destination: UnsafeMutableRawBufferPointer) -> Bool {
        guard let bytes = bytesInMemory(index) else { return false }
        return DeferredTextCopy.copy(bytes, to: destination)
    }

    private func place(_ index: Int) -> (address: UnsafeRawPointer, count: Int)? {
        state.withLock { state in index >= 0 && index < state.places.count ? state.places[index] : nil }
    }
}
