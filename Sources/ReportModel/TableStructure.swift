/// The rows of table 三 (收到和处理政府信息公开申请情况) in the official order, with the group rows
/// （三）–（六） and the derived `received` row. `name` is the path segment after `requests.`.
public enum RequestRow: Int, Sendable, Hashable, CaseIterable {
    case new, carriedIn, received
    case granted, partial
    case denied, deniedStateSecret, deniedLawForbidden, deniedSecurity, deniedThirdParty
    case deniedInternal, deniedProcess, deniedEnforcementFile, deniedInquiry
    case unavailable, unavailableNotHeld, unavailableNeedsCreation, unavailableUnclear
    case notProcessed, notProcessedPetition, notProcessedDuplicate, notProcessedPublication
    case notProcessedExcessive, notProcessedConfirm
    case otherHandling, otherHandlingNoCorrection, otherHandlingNoFee, otherHandlingMisc
    case processed, carriedOut

    public var name: String {
        switch self {
        case .new: return "new"
        case .carriedIn: return "carried_in"
        case .received: return "received"
        case .granted: return "granted"
        case .partial: return "partial"
        case .denied: return "denied"
        case .deniedStateSecret: return "denied.state_secret"
        case .deniedLawForbidden: return "denied.law_forbidden"
        case .deniedSecurity: return "denied.security"
        case .deniedThirdParty: return "denied.third_party"
        case .deniedInternal: return "denied.internal"
        case .deniedProcess: return "denied.process"
        case .deniedEnforcementFile: return "denied.enforcement_file"
        case .deniedInquiry: return "denied.inquiry"
        case .unavailable: return "unavailable"
        case .unavailableNotHeld: return "unavailable.not_held"
        case .unavailableNeedsCreation: return "unavailable.needs_creation"
        case .unavailableUnclear: return "unavailable.unclear"
        case .notProcessed: return "not_processed"
        case .notProcessedPetition: return "not_processed.petition"
        case .notProcessedDuplicate: return "not_processed.duplicate"
        case .notProcessedPublication: return "not_processed.publication"
        case .notProcessedExcessive: return "not_processed.excessive"
        case .notProcessedConfirm: return "not_processed.confirm"
        case .otherHandling: return "other_handling"
        case .otherHandlingNoCorrection: return "other_handling.no_correction"
        case .otherHandlingNoFee: return "other_handling.no_fee"
        case .otherHandlingMisc: return "other_handling.misc"
        case .processed: return "processed"
        case .carriedOut: return "carried_out"
        }
    }

    /// The official label (format.md §3).
    public var label: String {
        switch self {
        case .new: return "一、本年新收政府信息公开申请数量"
        case .carriedIn: return "二、上年结转政府信息公开申请数量"
        case .received: return "本年收到申请合计（一＋二）"
        case .granted: return "（一）予以公开"
        case .partial: return "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
        case .denied: return "（三）不予公开"
        case .deniedStateSecret: return "1.属于国家秘密"
        case .deniedLawForbidden: return "2.其他法律行政法规禁止公开"
        case .deniedSecurity: return "3.危及“三安全一稳定”"
        case .deniedThirdParty: return "4.保护第三方合法权益"
        case .deniedInternal: return "5.属于三类内部事务信息"
        case .deniedProcess: return "6.属于四类过程性信息"
        case .deniedEnforcementFile: return "7.属于行政执法案卷"
        case .deniedInquiry: return "8.属于行政查询事项"
        case .unavailable: return "（四）无法提供"
        case .unavailableNotHeld: return "1.本机关不掌握相关政府信息"
        case .unavailableNeedsCreation: return "2.没有现成信息需要另行制作"
        case .unavailableUnclear: return "3.补正后申请内容仍不明确"
        case .notProcessed: return "（五）不予处理"
        case .notProcessedPetition: return "1.信访举报投诉类申请"
        case .notProcessedDuplicate: return "2.重复申请"
        case .notProcessedPublication: return "3.要求提供公开出版物"
        case .notProcessedExcessive: return "4.无正当理由大量反复申请"
        case .notProcessedConfirm: return "5.要求行政机关确认或重新出具已获取信息"
        case .otherHandling: return "（六）其他处理"
        case .otherHandlingNoCorrection: return "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        case .otherHandlingNoFee: return "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        case .otherHandlingMisc: return "3.其他"
        case .processed: return "（七）总计"
        case .carriedOut: return "四、结转下年度继续办理"
        }
    }

    /// Short Chinese alias usable in queries (`本年新收`, `予以公开.自然人`).
    public var alias: String {
        switch self {
        case .new: return "本年新收"
        case .carriedIn: return "上年结转"
        case .received: return "收到申请合计"
        case .granted: return "予以公开"
        case .partial: return "部分公开"
        case .denied: return "不予公开"
        case .deniedStateSecret: return "国家秘密"
        case .deniedLawForbidden: return "法律法规禁止公开"
        case .deniedSecurity: return "三安全一稳定"
        case .deniedThirdParty: return "第三方合法权益"
        case .deniedInternal: return "内部事务信息"
        case .deniedProcess: return "过程性信息"
        case .deniedEnforcementFile: return "行政执法案卷"
        case .deniedInquiry: return "行政查询事项"
        case .unavailable: return "无法提供"
        case .unavailableNotHeld: return "不掌握相关信息"
        case .unavailableNeedsCreation: return "需要另行制作"
        case .unavailableUnclear: return "申请内容不明确"
        case .notProcessed: return "不予处理"
        case .notProcessedPetition: return "信访举报投诉"
        case .notProcessedDuplicate: return "重复申请"
        case .notProcessedPublication: return "公开出版物"
        case .notProcessedExcessive: return "大量反复申请"
        case .notProcessedConfirm: return "确认或重新出具"
        case .otherHandling: return "其他处理"
        case .otherHandlingNoCorrection: return "逾期不补正"
        case .otherHandlingNoFee: return "逾期未缴费"
        case .otherHandlingMisc: return "其他处理其他"
        case .processed: return "办理总计"
        case .carriedOut: return "结转下年"
        }
    }

    /// Group rows （三）–（六） add up their sub-rows; `received` is new + carried_in.
    public var children: [RequestRow] {
        switch self {
        case .denied: return [.deniedStateSecret, .deniedLawForbidden, .deniedSecurity, .deniedThirdParty,
                              .deniedInternal, .deniedProcess, .deniedEnforcementFile, .deniedInquiry]
        case .unavailable: return [.unavailableNotHeld, .unavailableNeedsCreation, .unavailableUnclear]
        case .notProcessed: return [.notProcessedPetition, .notProcessedDuplicate, .notProcessedPublication,
                                    .notProcessedExcessive, .notProcessedConfirm]
        case .otherHandling: return [.otherHandlingNoCorrection, .otherHandlingNoFee, .otherHandlingMisc]
        case .received: return [.new, .carriedIn]
        default: return []
        }
    }

    public var isDerived: Bool { !children.isEmpty }

    /// The 25 rows printed with numbers in the 2021 table, in order.
    public static let printed: [RequestRow] = allCases.filter { !$0.isDerived }

    /// The outcome rows whose sum is （七）总计 (2021 template: the sub-rows of （三）–（六）).
    public static let outcomes: [RequestRow] = [.granted, .partial] + denied.children + unavailable.children
        + notProcessed.children + otherHandling.children
}

/// The columns of table 三 (申请人情况). `org` is derived: the five 法人或其他组织 columns.
public enum ApplicantColumn: Int, Sendable, Hashable, CaseIterable {
    case natural, business, research, ngo, legalService, otherOrg, org, total

    public var name: String {
        switch self {
        case .natural: return "natural"
        case .business: return "business"
        case .research: return "research"
        case .ngo: return "ngo"
        case .legalService: return "legal_service"
        case .otherOrg: return "other_org"
        case .org: return "org"
        case .total: return "total"
        }
    }

    public var label: String {
        switch self {
        case .natural: return "自然人"
        case .business: return "商业企业"
        case .research: return "科研机构"
        case .ngo: return "社会公益组织"
        case .legalService: return "法律服务机构"
        case .otherOrg: return "其他组织"
        case .org: return "法人或其他组织"
        case .total: return "总计"
        }
    }

    /// The seven columns printed in the table, in order.
    public static let printed: [ApplicantColumn] = [.natural, .business, .research, .ngo, .legalService, .otherOrg, .total]
    /// The six applicant columns that add up to `total`.
    public static let applicants: [ApplicantColumn] = [.natural, .business, .research, .ngo, .legalService, .otherOrg]
    /// The five columns of 法人或其他组织.
    public static let organisations: [ApplicantColumn] = [.business, .research, .ngo, .legalService, .otherOrg]
}

/// The blocks of table 四. `litigation` is derived: direct + after_review.
public enum ReviewBlock: Int, Sendable, Hashable, CaseIterable {
    case review, litigationDirect, litigationAfterReview, litigation

    public var name: String {
        switch self {
        case .review: return "review"
        case .litigationDirect: return "litigation.direct"
        case .litigationAfterReview: return "litigation.after_review"
        case .litigation: return "litigation"
        }
    }

    public var label: String {
        switch self {
        case .review: return "行政复议"
        case .litigationDirect: return "行政诉讼 未经复议直接起诉"
        case .litigationAfterReview: return "行政诉讼 复议后起诉"
        case .litigation: return "行政诉讼"
        }
    }

    public var alias: String {
        switch self {
        case .review: return "行政复议"
        case .litigationDirect: return "直接起诉"
        case .litigationAfterReview: return "复议后起诉"
        case .litigation: return "行政诉讼"
        }
    }

    /// The three blocks printed in the table, in order (15 cells).
    public static let printed: [ReviewBlock] = [.review, .litigationDirect, .litigationAfterReview]
}

/// The five outcome columns of each block of table 四.
public enum ReviewOutcome: Int, Sendable, Hashable, CaseIterable {
    case upheld, corrected, other, pending, total

    public var name: String {
        switch self {
        case .upheld: return "upheld"
        case .corrected: return "corrected"
        case .other: return "other"
        case .pending: return "pending"
        case .total: return "total"
        }
    }

    public var label: String {
        switch self {
        case .upheld: return "结果维持"
        case .corrected: return "结果纠正"
        case .other: return "其他结果"
        case .pending: return "尚未审结"
        case .total: return "总计"
        }
    }

    /// 维持 / 纠正 / 其他 / 未审结 / 合计, for aliases such as `行政复议.纠正`.
    public var shortLabel: String {
        switch self {
        case .upheld: return "维持"
        case .corrected: return "纠正"
        case .other: return "其他"
        case .pending: return "未审结"
        case .total: return "合计"
        }
    }
}

/// The cells of table 二 (主动公开政府信息情况).
public enum ProactiveItem: Int, Sendable, Hashable, CaseIterable {
    case rulesIssued, rulesRepealed, rulesValid
    case normativeIssued, normativeRepealed, normativeValid
    case license, penalty, coercion, fees

    public var name: String {
        switch self {
        case .rulesIssued: return "proactive.rules.issued"
        case .rulesRepealed: return "proactive.rules.repealed"
        case .rulesValid: return "proactive.rules.valid"
        case .normativeIssued: return "proactive.normative.issued"
        case .normativeRepealed: return "proactive.normative.repealed"
        case .normativeValid: return "proactive.normative.valid"
        case .license: return "proactive.license"
        case .penalty: return "proactive.penalty"
        case .coercion: return "proactive.coercion"
        case .fees: return "proactive.fees"
        }
    }

    public var label: String {
        switch self {
        case .rulesIssued: return "规章 本年制发件数"
        case .rulesRepealed: return "规章 本年废止件数"
        case .rulesValid: return "规章 现行有效件数"
        case .normativeIssued: return "行政规范性文件 本年制发件数"
        case .normativeRepealed: return "行政规范性文件 本年废止件数"
        case .normativeValid: return "行政规范性文件 现行有效件数"
        case .license: return "行政许可 本年处理决定数量"
        case .penalty: return "行政处罚 本年处理决定数量"
        case .coercion: return "行政强制 本年处理决定数量"
        case .fees: return "行政事业性收费 本年收费金额（万元）"
        }
    }

    public var aliases: [String] {
        switch self {
        case .rulesIssued: return ["规章制发"]
        case .rulesRepealed: return ["规章废止"]
        case .rulesValid: return ["规章现行有效"]
        case .normativeIssued: return ["规范性文件制发"]
        case .normativeRepealed: return ["规范性文件废止"]
        case .normativeValid: return ["规范性文件现行有效"]
        case .license: return ["行政许可"]
        case .penalty: return ["行政处罚"]
        case .coercion: return ["行政强制"]
        case .fees: return ["行政事业性收费"]
        }
    }

    public var unit: String { self == .fees ? "万元" : "件" }
    public var type: FieldType { self == .fees ? .decimal : .integer }
}
