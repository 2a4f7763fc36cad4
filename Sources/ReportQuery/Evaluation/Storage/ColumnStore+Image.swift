import ReportModel

/// The column store's image (`StoreImage`, blocks laid out by `ColumnImage`): written from a store built
/// from records, read back a column at a time by a store over the image.
extension ColumnStore {
    /// Writes every column but the report texts' to `sink`, a field at a time (the number columns are
    /// built for it in batches and dropped, so writing does not keep them all). False when the sink
    /// could not write the image.
    public func writeImage(to sink: any StoreImageSink) -> Bool {
        let layout = ColumnStore.fieldsByKind(catalog)
        for field in layout.shortTexts {
            let bytes: [UInt8]
            if let dictionary = dictionary(field) {
                bytes = ColumnImage.encodeText(codes: dictionary.codes, values: dictionary.values)
            } else {
                guard case .text(let column) = table(using: [field]).columns[field] else { return false }
                var values: [String] = []
                let codes = column.valid.indices.map { row -> Int32 in
                    guard column.valid[row] else { return -1 }
                    values.append(column.values[row])
                    return Int32(values.count - 1)
                }
                bytes = ColumnImage.encodeText(codes: codes, values: values)
            }
            bytes.withUnsafeBytes { sink.append(field: field, $0) }
        }
        let numbers = layout.numbers.sorted()
        for start in stride(from: 0, to: numbers.count, by: 32) {
            let batch = Set(numbers[start..<min(numbers.count, start + 32)])
            for (field, column) in ColumnStore.build(records, fields: batch, catalog: catalog).sorted(by: { $0.0 < $1.0 }) {
                ColumnImage.encode(column).withUnsafeBytes { sink.append(field: field, $0) }
            }
        }
        return sink.finish()
    }

    /// Field `field`'s column read from the image, with its dictionary and byte layout for a
    /// dictionary-encoded text; nil when the block is missing or damaged.
    static func read(_ field: Int, from image: StoreImage, catalog: FieldCatalog, dictionaryFields: Set<Int>)
        -> (column: ColumnVector, dictionary: TextDictionary?, layout: UTF8Layout?)? {
        guard let bytes = image.block(field) else { return nil }
        let rows = image.rowCount
        let type = catalog.fields[field].type
        guard type == .text else { return ColumnImage.decode(bytes, type: type, rows: rows).map { ($0, nil, nil) } }
        guard let (codes, values) = ColumnImage.decodeText(bytes, rows: rows) else { return nil }
        let valid = codes.map { $0 >= 0 }
        guard dictionaryFields.contains(field) else {
            // `id` and `file`: one string per row, allocated in row order (see `textColumns`).
            return (.text(Column(values: codes.map { $0 >= 0 ? values[Int($0)] : "" }, valid: valid)), nil, nil)
        }
        let dictionary = TextDictionary(codes: codes, values: values)
        let shared = codes.map { $0 >= 0 ? values[Int($0)] : "" }
        return (.text(Column(values: shared, valid: valid)), dictionary, UTF8Layout(codes: codes, values: dictionary.layout))
    }
}

extension ColumnStore {
    /// The column store of a loaded corpus: over its image when the load found one (nothing is built or
    /// decoded now), else built from its records — and then written as an image when the load asks for
    /// one, so that the next start reads it. The shell opens every corpus through this.
    public static func of(_ corpus: Corpus) -> ColumnStore {
        if let image = corpus.storeImage { return ColumnStore(image: image, records: corpus.recordSource) }
        let store = ColumnStore(records: corpus.recordSource)
        if let open = corpus.storeImageSink, let sink = open() { _ = store.writeImage(to: sink) }
        return store
    }
}
