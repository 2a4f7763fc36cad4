import ReportModel

/// Random figures for table 二 (2021 meaning) and table 四.
enum OtherFigures {
    /// 规章 ×3, 规范性文件 ×3, 许可, 处罚, 强制 (counts) and 收费 in 万元 cents.
    static func proactive(_ rng: inout SplitMix64) -> (counts: [ProactiveItem: Int], feeCents: Int) {
        let counts: [ProactiveItem: Int] = [
            .rulesIssued: rng.count(zero: 0.9, max: 2), .rulesRepealed: rng.count(zero: 0.95, max: 1),
            .rulesValid: rng.count(zero: 0.7, max: 10), .normativeIssued: rng.count(zero: 0.5, max: 10),
            .normativeRepealed: rng.count(zero: 0.7, max: 5), .normativeValid: rng.count(zero: 0.3, max: 40),
            .license: rng.count(zero: 0.5, max: 300), .penalty: rng.count(zero: 0.5, max: 100),
            .coercion: rng.count(zero: 0.7, max: 20),
        ]
        return (counts, rng.chance(0.6) ? 0 : rng.int(1...500_000))
    }

    /// Five outcomes per block (维持, 纠正, 其他, 尚未审结, 总计 = their sum), three blocks.
    static func review(_ rng: inout SplitMix64) -> [Int] {
        var cells: [Int] = []
        for _ in ReviewBlock.printed {
            let active = rng.chance(0.3)
            let parts = (0..<4).map { _ in active ? rng.count(zero: 0.5, max: 3) : 0 }
            cells += parts + [parts.reduce(0, +)]
        }
        return cells
    }
}
