import ReportModel

/// Chinese names for the values of the fields with a fixed set of values — `level`, `template` and
/// `tables.*` — so `level = '县级'`, `tables.requests = '图片'` and `template in ('60号')` mean
/// `level = 'county'`, `tables.requests = 'image'`, `template in ('2019')`. The one place these
/// names live: the binder replaces a text constant compared with one of these fields (`=`, `!=`,
/// `<>`, `in`, by a corpus column, also through a join) by the value it names; `.fields` and
/// docs/query-language.md list them. Results keep the canonical values (fields.md).
public enum FieldValueAliases {
    /// Canonical value → its Chinese names, the first one the name shown in listings.
    static let level: KeyValuePairs<String, [String]> = [
        "central": ["中央级", "中央"], "province": ["省级"], "city": ["市级", "地市级"],
        "county": ["县级", "区县级"], "township": ["乡镇级", "乡级"],
    ]
    static let template: KeyValuePairs<String, [String]> = [
        "2021": ["30号", "2021版"], "2019": ["60号", "2019版"], "unknown": ["未知"],
    ]
    static let tables: KeyValuePairs<String, [String]> = [
        "text": ["文本"], "partial": ["部分"], "unread": ["未读"], "image": ["图片"], "absent": ["缺失"],
    ]

    /// The field's value names (canonical value → Chinese names), or nil for a field without any.
    public static func names(forField field: String) -> KeyValuePairs<String, [String]>? {
        switch field {
        case "level": return level
        case "template": return template
        case _ where field.hasPrefix("tables."): return tables
        default: return nil
        }
    }

    /// The canonical value `text` names for `field`: `canonical('县级', field: 'level')` is `county`;
    /// nil when `text` is no Chinese name of a value of that field (then it is compared as written).
    public static func canonical(_ text: String, field: String) -> String? {
        names(forField: field)?.first { $0.value.contains(text) }?.key
    }

    /// "county 县级/区县级, …": a field's values with their Chinese names, for listings.
    public static func listing(forField field: String) -> String? {
        names(forField: field).map { pairs in
            pairs.map { "\($0.key) \($0.value.joined(separator: "/"))" }.joined(separator: ", ")
        }
    }
}
