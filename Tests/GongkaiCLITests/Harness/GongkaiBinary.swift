import Foundation

/// Where the built `gongkai` executable is, and the environment the tests run it in.
enum GongkaiBinary {
    /// The executable beside the test bundle (same build directory), else
    /// `<package>/.build/debug/gongkai`.
    static func path(file: String = #filePath) -> String? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("gongkai"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("gongkai"))
        }
        let package = URL(fileURLWithPath: file)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/gongkai"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The repository's corpus/ (the five real reports), as an absolute path.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path

    /// A small, explicit environment: nothing of the test runner's leaks in (no user history,
    /// no ~/.editrc). `lang` nil leaves LANG and every LC_ variable unset.
    static func environment(home: String, lang: String? = "C.UTF-8") -> [String: String] {
        var environment = [
            "PATH": "/usr/bin:/bin",
            "TERM": "xterm",
            "HOME": home,
            "GONGKAI_HISTORY": home + "/history",
        ]
        environment["LANG"] = lang
        return environment
    }
}
