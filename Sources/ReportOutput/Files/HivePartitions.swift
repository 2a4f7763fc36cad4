import ReportModel

/// A result split for a Hive-style partitioned folder (`year=2022/province=山东省/part-0.parquet`),
/// which DuckDB, pyarrow, Polars and Spark read as one dataset with the partition columns restored
/// from the folder names. Each partition holds the rows with its values, in their order, without the
/// partition columns; partitions are ordered by their folder names. A folder name is `NAME=VALUE`
/// with the characters Hive escapes (`/ \ = % : # ? " ' * [ ] { } ^`, control characters) written
/// as `%XX` of their UTF-8 bytes, which the readers decode; Chinese stays as it is. Null is Hive's
/// `__HIVE_DEFAULT_PARTITION__`, which the readers read back as null.
public struct HivePartitions {
    public struct Partition {
        /// One folder name per partition column, outermost first.
        public var folders: [String]
        public var result: ResultSet
    }

    public static let nullFolderValue = "__HIVE_DEFAULT_PARTITION__"

    public let partitions: [Partition]

    public init(_ result: ResultSet, by names: [String]) {
        let keys = names.compactMap { name in result.columns.firstIndex { $0.name == name } }
        let kept = result.columns.indices.filter { !keys.contains($0) }
        var rowsByFolders: [[String]: [Int]] = [:]
        for row in 0..<result.rowCount {
            let folders = keys.map { HivePartitions.folder(result.columns[$0].name, result[row, $0]) }
            rowsByFolders[folders, default: []].append(row)
        }
        partitions = rowsByFolders.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { folders in
            let rows = rowsByFolders[folders]!
            let values: [any ResultValues] = kept.map { SelectedRows(result: result, column: $0, rows: rows) }
            return Partition(folders: folders, result: ResultSet(columns: kept.map { result.columns[$0] }, values: values,
                                                                 rowCount: rows.count))
        }
    }

    /// `NAME=VALUE`, escaped.
    static func folder(_ name: String, _ value: Value) -> String {
        let text: String
        switch value {
        case .null: text = nullFolderValue
        case .decimal(let v) where !v.isFinite: text = nullFolderValue
        default: text = escape(value.description)
        }
        return escape(name) + "=" + text
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || "/\\=%:#?\"'*[]{}^".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// One column of a result read through a list of its rows.
private struct SelectedRows: ResultValues {
    let result: ResultSet
    let column: Int
    let rows: [Int]
    var count: Int { rows.count }
    func value(at row: Int) -> Value { result[rows[row], column] }
}
