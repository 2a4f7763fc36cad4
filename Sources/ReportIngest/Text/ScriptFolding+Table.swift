extension ScriptFolding {
    /// `TraditionalCharacters.pairs` as a flat lookup over U+3400…U+9FFF (every traditional character of
    /// the table is there): the simplified scalar, or 0. Built once.
    struct Table: Sendable {
        static let base: UInt32 = 0x3400
        static let end: UInt32 = 0xA000
        static let shared = Table(pairs: TraditionalCharacters.pairs)

        private var simple: [UInt16]
        /// The simplified forms the table produces (a plain occurrence of one makes a name ambiguous).
        private(set) var products: Set<UInt32> = []

        init(pairs: String) {
            simple = Array(repeating: 0, count: Int(Self.end - Self.base))
            let scalars = pairs.unicodeScalars.filter { !$0.properties.isWhitespace }
            var iterator = scalars.makeIterator()
            while let traditional = iterator.next(), let simplified = iterator.next() {
                guard (Self.base..<Self.end).contains(traditional.value), simplified.value <= 0xFFFF else { continue }
                simple[Int(traditional.value - Self.base)] = UInt16(simplified.value)
                products.insert(simplified.value)
            }
        }

        /// The simplified form of `scalar`, or nil when it is not a traditional character of the table.
        @inline(__always)
        func simplified(_ scalar: UInt32) -> UInt32? {
            guard scalar >= Self.base && scalar < Self.end else { return nil }
            let value = simple[Int(scalar - Self.base)]
            return value == 0 ? nil : UInt32(value)
        }
    }

    /// Gives a name read from the folded text back in the report's own characters: each simplified
    /// character the folding produced becomes the traditional one it came from. When that is not unique —
    /// two traditional characters folded to it, or the report also prints it as it is — the name cannot
    /// be given back with certainty and `restore` returns nil (the caller leaves the field null and warns).
    struct Restorer: Sendable {
        /// Simplified scalar → the traditional scalar it came from; `ambiguous` when not unique.
        private var origins: [UInt32: UInt32] = [:]
        private var ambiguous: Set<UInt32> = []

        init(original bytes: [UInt8], table: Table) {
            var plain: Set<UInt32> = []
            var i = 0
            while i < bytes.count {
                guard bytes[i] >= 0xE3 && bytes[i] <= 0xE9, let scalar = ScriptFolding.threeByteScalar(bytes, at: i) else {
                    i += 1
                    continue
                }
                if let simple = table.simplified(scalar) {
                    if let known = origins[simple], known != scalar { ambiguous.insert(simple) }
                    origins[simple] = scalar
                } else if table.products.contains(scalar) {
                    plain.insert(scalar)
                }
                i += 3
            }
            ambiguous.formUnion(plain.filter { origins[$0] != nil })
        }

        /// `name` in the report's characters, or nil when a character of it cannot be given back uniquely.
        func restore(_ name: String) -> String? {
            var out = String.UnicodeScalarView()
            for scalar in name.unicodeScalars {
                if ambiguous.contains(scalar.value) { return nil }
                if let origin = origins[scalar.value], let back = Unicode.Scalar(origin) {
                    out.append(back)
                } else {
                    out.append(scalar)
                }
            }
            return String(out)
        }
    }
}
