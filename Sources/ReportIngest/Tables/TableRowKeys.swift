import ReportModel

/// The label keys of tables 二 and 三 (format.md §2–3), tolerant of numbering, quotes and line breaks.
enum TableRowKeys {
    /// Table 二: the label must end with the key ("…现行有效件数规章" is the row 规章).
    static let proactive = RowKeyMatcher<ProactiveRow>([
        ("规章", .rules, atEnd: true),
        ("规范性文件", .normative, atEnd: true),
        ("行政许可", .license, atEnd: true),
        ("行政处罚", .penalty, atEnd: true),
        ("行政强制", .coercion, atEnd: true),
        ("事业性收费", .fees, atEnd: true),
        ("其他对外管理服务事项", .otherServices, atEnd: true),
        ("政府集中采购", .procurement, atEnd: true),
    ])

    /// Table 三: the 25 printed rows, the single （六）其他处理 row of the 2019 template, and the group
    /// rows （三）（四）（五）, recognised so that a subtotal printed on them is not taken for another row.
    /// "3.其他" and "（七）总计" keep their numbering: the bare words are also column headers (其他, 总计),
    /// which a row of column numbers could follow.
    static let requests = RowKeyMatcher<RequestRow>([
        ("本年新收", .new, atEnd: false),
        ("上年结转", .carriedIn, atEnd: false),
        ("予以公开", .granted, atEnd: false),
        ("部分公开", .partial, atEnd: false),
        ("国家秘密", .deniedStateSecret, atEnd: false),
        ("禁止公开", .deniedLawForbidden, atEnd: false),
        ("三安全一稳定", .deniedSecurity, atEnd: false),
        ("危及", .deniedSecurity, atEnd: false),
        ("第三方合法权益", .deniedThirdParty, atEnd: false),
        ("内部事务", .deniedInternal, atEnd: false),
        ("过程性信息", .deniedProcess, atEnd: false),
        ("行政执法案卷", .deniedEnforcementFile, atEnd: false),
        ("行政查询事项", .deniedInquiry, atEnd: false),
        ("不掌握", .unavailableNotHeld, atEnd: false),
        ("另行制作", .unavailableNeedsCreation, atEnd: false),
        ("仍不明确", .unavailableUnclear, atEnd: false),
        ("信访举报投诉", .notProcessedPetition, atEnd: false),
        ("重复申请", .notProcessedDuplicate, atEnd: false),
        ("公开出版物", .notProcessedPublication, atEnd: false),
        ("大量反复申请", .notProcessedExcessive, atEnd: false),
        ("重新出具", .notProcessedConfirm, atEnd: false),
        ("逾期不补正", .otherHandlingNoCorrection, atEnd: false),
        ("缴纳费用", .otherHandlingNoFee, atEnd: false),
        ("收费通知", .otherHandlingNoFee, atEnd: false),
        ("3.其他", .otherHandlingMisc, atEnd: true),
        ("3、其他", .otherHandlingMisc, atEnd: true),
        ("其他处理", .otherHandling, atEnd: true),
        ("不予公开", .denied, atEnd: true),
        ("无法提供", .unavailable, atEnd: true),
        ("不予处理", .notProcessed, atEnd: true),
        ("七)总计", .processed, atEnd: true),
        ("七、总计", .processed, atEnd: true),
        ("结转下年", .carriedOut, atEnd: false),
    ])
}

extension TableRowKeys {
    /// Table 二's row words as they start a label in running text (`StreamProactiveRows`): 行政规范性文件
    /// before 规范性文件, longest first at each position.
    static let proactiveWords: [(word: [Unicode.Scalar], row: ProactiveRow)] = [
        ("行政规范性文件", ProactiveRow.normative), ("规范性文件", .normative), ("规章", .rules), ("行政许可", .license),
        ("其他对外管理服务事项", .otherServices), ("行政处罚", .penalty), ("行政强制", .coercion),
        ("行政事业性收费", .fees), ("事业性收费", .fees), ("政府集中采购", .procurement),
    ].map { (LabelText.folded($0.0), $0.1) }

    /// The row word starting at `i`, with its length.
    static func proactiveWord(_ text: [Unicode.Scalar], at i: Int) -> (ProactiveRow, Int)? {
        for (word, row) in proactiveWords where text[i] == word[0] {
            if LabelText.starts(text[...], at: i, with: word) { return (row, word.count) }
        }
        return nil
    }
}
