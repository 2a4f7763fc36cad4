/// A text compared and hashed by its UTF-8 bytes (Unicode code points), not by Swift's canonical
/// equivalence: the same as `TextOrder`, and much faster for Chinese text. Grouping, `distinct`, `in`
/// and `=` on text all use it.
struct TextKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool { TextOrder.equal(a.text, b.text) }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) } }
    }
}
