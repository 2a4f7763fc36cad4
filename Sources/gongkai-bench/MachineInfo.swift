import Foundation

/// What the numbers were measured on: CPU, cores, memory, kernel, compiler and SQLite.
enum MachineInfo {
    static func describe() -> String {
        let cpu = firstValue(in: "/proc/cpuinfo", key: "model name") ?? "unknown CPU"
        let memory = firstValue(in: "/proc/meminfo", key: "MemTotal").map { text -> String in
            let kb = Double(text.split(separator: " ").first ?? "") ?? 0
            return String(format: "%.1f GB", kb / 1_048_576)
        } ?? "?"
        var name = utsname()
        uname(&name)
        let kernel = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        #if compiler(>=6.3)
        let swift = "Swift 6.3+"
        #else
        let swift = "Swift < 6.3"
        #endif
        let thp = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8))
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "?"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory) RAM, Linux \(kernel) "
            + "(transparent huge pages: \(thp)), \(swift) release build, SQLite \(SQLiteDatabase.version)"
    }

    /// The 1-minute load average: other work on the machine slows every number here.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func firstValue(in file: String, key: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}
