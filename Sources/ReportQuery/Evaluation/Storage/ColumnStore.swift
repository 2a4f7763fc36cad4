import ReportModel
import Synchronization

/// The corpus in columns: one typed array and one validity array per catalog field, built from the
/// records, so a query reads only the fields it uses. The records are kept (shared, not copied) for
/// `source()`, which reads their provenance.
///
/// The short text columns (agency, region …) and their dictionaries are built with the store. The
/// number and boolean columns (most of the catalog's 306 fields) are built the first time a query
/// uses them (`table(using:)`), then kept: a session pays, in time and memory, for the fields it asks
/// about (`select *` builds them all).
///
/// The report texts (`text`, which a load from the parse cache leaves in the cache file, and the
/// sections `text.s1` … `text.s6`, held by the records as pieces of it) are not copied out at load:
/// the first query that uses one lays them all out in a `TextArena` (`table(using:)`), kept.
public final class ColumnStore: Sendable {
    /// Where the records come from: made on first read when the store reads an image.
    let recordSource: LazyRecords
    public var records: [ReportRecord] { recordSource.records }
    public let catalog: FieldCatalog
    /// The columns built with the store; the others are empty until `table(using:)` builds them.
    let table: Table
    /// The report texts' fields, laid out on first use.
    let lazyFields: Set<Int>
    private let texts = Mutex<[Int: TextSpans]?>(nil)
    /// The fields built on first use: the number and boolean fields, and with an image every field
    /// but the report texts.
    let onDemandFields: Set<Int>
    private let built = Mutex<BuiltColumns>(BuiltColumns())
    let fileField: Int
    /// Dictionary encodings of the short text fields (not `id`, `file` or the report texts), by field id,
    /// built with the store (none with an image: they are built on first use, `dictionary(_:)`);
    /// `table.layouts` holds the same fields' bytes.
    private let dictionaries: [Int: TextDictionary]
    /// The fields that have a dictionary.
    let dictionaryFields: Set<Int>
    /// The column store's image the columns are read from, when the load found one (`init(image:)`).
    let image: StoreImage?
    /// Text-order ranks of dictionary values, computed on first use.
    private let rankCache = Mutex<[Int: [Int32]]>([:])

    public var rowCount: Int { table.rowCount }

    /// The columns built on first use, with the byte layouts and dictionaries of the text ones.
    struct BuiltColumns {
        var columns: [Int: ColumnVector] = [:]
        var layouts: [Int: UTF8Layout] = [:]
        var dictionaries: [Int: TextDictionary] = [:]
    }

    /// Builds the columns from the records. A value whose kind does not match its field's type is stored as null, except an
    /// integer in a decimal field, which converts exactly.
    public convenience init(records: [ReportRecord], catalog: FieldCatalog = .standard) {
        self.init(records: LazyRecords(records), catalog: catalog)
    }

    /// Builds the short text columns from the records now (making them if they are not yet made).
    public init(records source: LazyRecords, catalog: FieldCatalog = .standard) {
        recordSource = source
        let records = source.records
        self.catalog = catalog
        image = nil
        fileField = catalog.id("file").rawValue
        let layout = ColumnStore.fieldsByKind(catalog)
        lazyFields = layout.texts
        onDemandFields = layout.numbers
        dictionaryFields = layout.dictionaryFields
        // A field not built yet has an empty column: read by mistake, it fails loudly, never as nulls.
        var columns = catalog.fields.map { ColumnVector.empty(ValueType($0.type)) }
        var dictionaries: [Int: TextDictionary] = [:]
        var layouts: [Int: UTF8Layout] = [:]
        for built in ColumnStore.textColumns(records, fields: layout.shortTexts, dictionaryFields: layout.dictionaryFields) {
            columns[built.field] = built.column
            if let dictionary = built.dictionary { dictionaries[built.field] = dictionary }
            if let bytes = built.layout { layouts[built.field] = bytes }
        }
        table = Table(columns: columns, rowCount: records.count, layouts: layouts)
        self.dictionaries = dictionaries
    }

    /// A store over the column store's image of the same corpus: no column is built now; each is read
    /// from its block on first use (or, if the block is damaged, built from the records).
    public init(image: StoreImage, records: LazyRecords, catalog: FieldCatalog = .standard) {
        recordSource = records
        self.catalog = catalog
        self.image = image
        fileField = catalog.id("file").rawValue
        let layout = ColumnStore.fieldsByKind(catalog)
        lazyFields = layout.texts
        onDemandFields = layout.numbers.union(layout.shortTexts)
        dictionaryFields = layout.dictionaryFields
        table = Table(columns: catalog.fields.map { ColumnVector.empty(ValueType($0.type)) }, rowCount: image.rowCount)
        dictionaries = [:]
    }

    /// The catalog's fields by how the store holds them: the report texts (laid out on first use), the
    /// short texts (`id`, `file` and the dictionary-encoded ones) and the numbers and booleans.
    static func fieldsByKind(_ catalog: FieldCatalog) -> (texts: Set<Int>, shortTexts: [Int], numbers: Set<Int>, dictionaryFields: Set<Int>) {
        var texts: Set<Int> = []
        var shortTexts: [Int] = []
        var numbers: Set<Int> = []
        var dictionaryFields: Set<Int> = []
        for field in catalog.fields {
            if field.group == .text {
                texts.insert(field.id.rawValue)
            } else if field.type == .text {
                shortTexts.append(field.id.rawValue)
                if !undictionaried.contains(field.name) { dictionaryFields.insert(field.id.rawValue) }
            } else {
                numbers.insert(field.id.rawValue)
            }
        }
        return (texts, shortTexts, numbers, dictionaryFields)
    }

    /// The short text fields that differ on (almost) every row, so have no dictionary.
    static let undictionaried: Set<String> = ["id", "file"]

    /// The short text columns of `fields`, from the records.
    static func textColumns(_ records: [ReportRecord], fields: [Int], dictionaryFields: Set<Int>)
        -> [(field: Int, column: ColumnVector, dictionary: TextDictionary?, layout: UTF8Layout?)] {
        fill(records, fields: fields, placeholder: "") { $0.text($1) }.map { field, column in
            if dictionaryFields.contains(field) {
                let dictionary = TextDictionary(column)
                // Rows with the same text share the dictionary's one String: copying a column's values
                // into a result then touches a few hot reference counts, not one cold object per row
                // (most of the time of `select id, agency` over 100,000 reports).
                let shared = dictionary.codes.map { $0 >= 0 ? dictionary.values[Int($0)] : "" }
                return (field, .text(Column(values: shared, valid: column.valid)), dictionary, UTF8Layout(column.values))
            }
            // `id` and `file` differ on every row: their strings are copied in row order, so that reading
            // a column in order reads memory in order (the records' own strings lie wherever the load
            // allocated them, one cache miss per row; reading every `id` of a 100,000-row result took
            // longer than the text search that produced it).
            return (field, .text(Column(values: column.values.map(ColumnStore.inOrder), valid: column.valid)), nil, nil)
        }
    }

    /// The dictionary of a dictionary-encoded field (built now from the image if not yet built), or nil.
    func dictionary(_ field: Int) -> TextDictionary? {
        guard image != nil else { return dictionaries[field] }
        guard dictionaryFields.contains(field) else { return nil }
        return built.withLock { built in
            buildMissing([field], into: &built)
            return built.dictionaries[field]
        }
    }

    /// The columns, with those of `fields` built (once; later queries reuse them) and the texts laid
    /// out when `fields` uses one.
    func table(using fields: Set<Int>) -> Table {
        var result = table
        let wanted = fields.intersection(onDemandFields)
        if !wanted.isEmpty {
            built.withLock { built in
                buildMissing(wanted, into: &built)
                for field in wanted {
                    result.columns[field] = built.columns[field]!
                    if let layout = built.layouts[field] { result.layouts[field] = layout }
                }
            }
        }
        if !fields.isDisjoint(with: lazyFields) {
            result.spans = texts.withLock { texts in
                if let texts { return texts }
                let built = TextArena.build(records, fields: lazyFields.sorted(), textField: catalog.id("text").rawValue)
                texts = built
                return built
            }
        }
        return result
    }

    /// Builds those of `fields` not built yet: from the image when there is one (a block that is
    /// missing or damaged is built from the records instead), else from the records.
    private func buildMissing(_ fields: Set<Int>, into built: inout BuiltColumns) {
        var missing = fields.filter { built.columns[$0] == nil }
        guard !missing.isEmpty else { return }
        if let image {
            for field in missing.sorted() {
                guard let read = ColumnStore.read(field, from: image, catalog: catalog, dictionaryFields: dictionaryFields) else {
                    image.reportDamage()
                    continue
                }
                built.columns[field] = read.column
                if let dictionary = read.dictionary { built.dictionaries[field] = dictionary }
                if let layout = read.layout { built.layouts[field] = layout }
                missing.remove(field)
            }
        }
        guard !missing.isEmpty else { return }
        let texts = missing.filter { catalog.fields[$0].type == .text }.sorted()
        for read in ColumnStore.textColumns(records, fields: texts, dictionaryFields: dictionaryFields) {
            built.columns[read.field] = read.column
            if let dictionary = read.dictionary { built.dictionaries[read.field] = dictionary }
            if let layout = read.layout { built.layouts[read.field] = layout }
        }
        for (field, column) in ColumnStore.build(records, fields: missing.subtracting(texts), catalog: catalog) {
            built.columns[field] = column
        }
    }

    /// Builds every column now, the texts laid out too: the store at its largest (what a session that
    /// reads every field comes to; the benchmark measures it).
    public func buildEveryColumn() {
        _ = table(using: onDemandFields.union(lazyFields))
    }

    /// The columns of number and boolean `fields`, filled from the records.
    static func build(_ records: [ReportRecord], fields: Set<Int>, catalog: FieldCatalog) -> [(Int, ColumnVector)] {
        guard !fields.isEmpty else { return [] }
        let byType = Dictionary(grouping: fields.sorted()) { catalog.fields[$0].type }
        let integers = fillIntegers(records, fields: byType[.integer] ?? [])
        let decimals = fillSlots(records, fields: byType[.decimal] ?? [], placeholder: 0.0) { RecordSlot.number($0, $1, $2) }
        let bools = fillSlots(records, fields: byType[.bool] ?? [], placeholder: false) { bits, tag, _ in RecordSlot.bool(bits, tag) }
        return integers.map { ($0, .integer($1)) } + decimals.map { ($0, .decimal($1)) } + bools.map { ($0, .bool($1)) }
    }

    /// A new copy of a string (allocated now, next to the copies made before it).
    private static func inOrder(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// The text-order rank of each distinct value of a dictionary-encoded field.
    func ranks(of field: Int) -> [Int32] {
        rankCache.withLock { cache in
            if let ranks = cache[field] { return ranks }
            let ranks = dictionary(field)?.ranks() ?? []
            cache[field] = ranks
            return ranks
        }
    }

    /// Fills the columns of `fields` (all of one type), a block of records at a time: within a block,
    /// field by field, so each column is written in order while the block's records stay in cache.
    private static func fill<T: Sendable>(
        _ records: [ReportRecord], fields: [Int], placeholder: T, _ extract: (borrowing ReportRecord, Int) -> T?
    ) -> [(Int, Column<T>)] {
        let n = records.count
        var values = fields.map { _ in [T](repeating: placeholder, count: n) }
        var valid = fields.map { _ in [Bool](repeating: false, count: n) }
        let block = 64
        records.withUnsafeBufferPointer { records in
            for start in stride(from: 0, to: n, by: block) {
                let end = min(n, start + block)
                for (k, field) in fields.enumerated() {
                    values[k].withUnsafeMutableBufferPointer { values in
                        valid[k].withUnsafeMutableBufferPointer { valid in
                            for r in start..<end where field < records[r].fieldCount {
                                if let v = extract(records[r], field) {
                                    values[r] = v
                                    valid[r] = true
                                }
                            }
                        }
                    }
                }
            }
        }
        return fields.indices.map { (fields[$0], Column(values: values[$0], valid: valid[$0])) }
    }

    /// The integer columns (most of the catalog): for a large corpus the fields are split in halves
    /// filled on two threads, each with the same specialised loop as `fillSlots`.
    private static func fillIntegers(_ records: [ReportRecord], fields: [Int]) -> [(Int, Column<Int>)] {
        guard records.count >= 8_192, fields.count >= 2 else {
            return fillSlots(records, fields: fields, placeholder: 0) { RecordSlot.integer($0, $1, $2) }
        }
        let halves = [Array(fields[..<(fields.count / 2)]), Array(fields[(fields.count / 2)...])]
        let filled = ParallelChunks.map(halves) { half in
            fillSlots(records, fields: half, placeholder: 0) { RecordSlot.integer($0, $1, $2) }
        }
        return filled[0] + filled[1]
    }

    /// `fill` for number and boolean fields, reading the records' packed slots in place.
    private static func fillSlots<T: Sendable>(
        _ records: [ReportRecord], fields: [Int], placeholder: T, _ decode: (UInt32, UInt8, UnsafeBufferPointer<UInt64>) -> T?
    ) -> [(Int, Column<T>)] {
        fill(records, fields: fields, placeholder: placeholder) { record, field in
            record.withSlots { bits, tags, wide in decode(bits[field], tags[field], wide) }
        }
    }

    /// "file:line (origin)" for a row's field, or nil when the value is null. A derived value has no
    /// single line: "file (derived)".
    func source(row: Int, field: Int) -> String? {
        let record = records[row]
        guard field < record.fieldCount, record.piece(FieldID(field)) != nil || !record[FieldID(field)].isNull else { return nil }
        let file = record.text(fileField) ?? "?"
        guard let provenance = record.source(of: FieldID(field)) else { return "\(file) (unknown)" }
        let line = provenance.line > 0 ? ":\(provenance.line)" : ""
        return "\(file)\(line) (\(provenance.origin.rawValue)\(ColumnStore.comparison(record, field: field, catalog: catalog)))"
    }

    /// ", compared with ID" for a check across years (`FieldGroup.panel`): the report it was compared with.
    static func comparison(_ record: ReportRecord, field: Int, catalog: FieldCatalog) -> String {
        guard catalog[FieldID(field)].group == .panel, let prev = catalog.lookup("panel.prev"),
              field != prev.rawValue, let other = record.text(prev.rawValue) else { return "" }
        return ", compared with \(other)"
    }
}
