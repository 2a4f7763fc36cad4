/// A record's fields in their packed form (`RecordStorage`), for the parse cache: written out as raw
/// bytes (`ReportRecord.withPackedSlots`) and copied back (`RecordRestorer.restorePacked`), which
/// checks every slot. Per field a tag byte (kind in the low 3 bits, origin in bits 3–4), a 4-byte
/// payload and a 4-byte line; then the 8-byte numbers, the texts and the pieces the payloads index.
/// The bytes are in the machine's order: the cache file records it and refuses another.
public struct PackedSlots {
    public let tags: UnsafeBufferPointer<UInt8>
    public let bits: UnsafeBufferPointer<UInt32>
    public let lines: UnsafeBufferPointer<Int32>
    public let wide: UnsafeBufferPointer<UInt64>
    public let texts: [String]
    /// The pieces, `PackedSlots.pieceSize` bytes each: source field, start and length (Int32 each).
    public let pieces: UnsafeRawBufferPointer
    /// Where a deferred text's payload points (`DeferredTexts`), if the record defers one.
    public let deferred: (any DeferredTexts)?

    public static let kindMask: UInt8 = 7
    /// The kind of a text held by the record (its payload indexes `texts`).
    public static let textKind = RecordStorage.Kind.text.rawValue
    /// The kind of a text held by a `DeferredTexts` (its payload is the text's number there).
    public static let deferredKind = RecordStorage.Kind.deferred.rawValue
    public static let pieceSize = MemoryLayout<TextPiece>.stride
}

extension ReportRecord {
    /// The record's packed slots, read in place.
    public func withPackedSlots<R>(_ body: (PackedSlots) -> R) -> R {
        storage.bits.withUnsafeBufferPointer { bits in
            storage.tags.withUnsafeBufferPointer { tags in
                storage.lines.withUnsafeBufferPointer { lines in
                    storage.wide.withUnsafeBufferPointer { wide in
                        storage.pieces.withUnsafeBytes { pieces in
                            body(PackedSlots(tags: tags, bits: bits, lines: lines, wide: wide, texts: storage.texts, pieces: pieces,
                                                 deferred: storage.deferred))
                        }
                    }
                }
            }
        }
    }
}

extension RecordRestorer {
    /// A deferred text a packed record refers to: which text of `source` and its length in bytes.
    public struct DeferredSlot {
        public var source: any DeferredTexts
        public var index: Int
        public var length: Int

        public init(source: any DeferredTexts, index: Int, length: Int) {
            self.source = source
            self.index = index
            self.length = length
        }
    }

    /// Copies packed slots (`tags`, `bits`, `lines`: one per field; `wide`, `pieces`: raw, as
    /// `withPackedSlots` gives them) and checks each: a known kind and origin, a payload inside its
    /// side array, a piece inside a text field's bytes, at most one deferred text (`deferred`, whose
    /// number replaces the payload). Returns why the slots are not a record's, or nil.
    public mutating func restorePacked(tags: UnsafeRawBufferPointer, bits: UnsafeRawBufferPointer, lines: UnsafeRawBufferPointer,
                                       wide: UnsafeRawBufferPointer, texts: [String], pieces: UnsafeRawBufferPointer,
                                       deferred: DeferredSlot?) -> String? {
        let n = count
        guard tags.count == n, bits.count == 4 * n, lines.count == 4 * n, wide.count % 8 == 0,
              pieces.count % PackedSlots.pieceSize == 0 else { return "packed slots of the wrong size" }
        UnsafeMutableRawBufferPointer(self.tags).copyMemory(from: tags)
        UnsafeMutableRawBufferPointer(self.bits).copyMemory(from: bits)
        UnsafeMutableRawBufferPointer(self.lines).copyMemory(from: lines)
        self.wide = [UInt64](unsafeUninitializedCapacity: wide.count / 8) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: wide)
            initialized = wide.count / 8
        }
        self.texts = texts
        self.pieces = [TextPiece](unsafeUninitializedCapacity: pieces.count / PackedSlots.pieceSize) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: pieces)
            initialized = pieces.count / PackedSlots.pieceSize
        }
        return check(deferred)
    }

    /// Checks the slots just copied; sets the deferred text's number.
    private mutating func check(_ deferred: DeferredSlot?) -> String? {
        var deferredField: Int?
        for field in 0..<count {
            let tag = tags[field], payload = Int(bits[field])
            guard tag >> 5 == 0 else { return "bad origin" }
            switch RecordStorage.Kind(rawValue: tag & PackedSlots.kindMask) {
            case .null?, .integer?, .bool?: continue
            case .decimal?, .wideInteger?: guard payload < wide.count else { return "number index out of range" }
            case .text?: guard payload < texts.count else { return "text index out of range" }
            case .piece?: guard payload < pieces.count else { return "piece index out of range" }
            case .deferred?:
                guard let deferred, deferredField == nil else { return "unexpected deferred text" }
                deferredField = field
                self.deferred = deferred.source
                bits[field] = UInt32(deferred.index)
            case nil: return "bad value kind"
            }
        }
        if deferred != nil && deferredField == nil { return "deferred text without a field" }
        for piece in pieces {
            let source = Int(piece.source)
            guard source >= 0, source < count, piece.start >= 0, piece.count >= 0 else { return "bad text range" }
            let length: Int
            switch tags[source] & PackedSlots.kindMask {
            case PackedSlots.textKind: length = texts[Int(bits[source])].utf8.count
            case PackedSlots.deferredKind: length = deferred?.length ?? 0
            default: return "a range into no text"
            }
            guard Int(piece.start) + Int(piece.count) <= length else { return "bad text range" }
        }
        return nil
    }
}
