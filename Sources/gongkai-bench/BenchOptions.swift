import Foundation

/// The benchmark's command line.
///
/// ```
/// gongkai-bench [DIR] [--quick] [--runs N] [--seed S] [--sizes N,N…] [--no-sqlite]
/// gongkai-bench --load-only PATH [--cache off|DIR]      (internal: one measured load in a child process)
/// ```
/// DIR (default /tmp/gongkai-bench) holds the generated corpora (`DIR/10k`, `DIR/100k`, reused when
/// their marker says they were written with the same count and seed) and the bench's own parse cache
/// (`DIR/cache`), so the user's cache is never touched.
struct BenchOptions {
    var directory = "/tmp/gongkai-bench"
    /// Corpus sizes whose loads are measured; queries run on the largest.
    var sizes = [10_000, 100_000]
    /// Timed runs per query (the median is reported), after one untimed warm-up run.
    var runs = 9
    var seed: UInt64 = 1
    var sqlite = true
    /// The bundled corpus, for the "shell ready" row (skipped when it does not exist).
    var bundledCorpus = "corpus"
    var loadOnly: String?
    var cache: String?
    /// `--profile-query STATEMENT`: load the largest corpus from the cache and run only this, `runs`
    /// times (to run under perf or callgrind).
    var profileQuery: String?

    static let usage = """
        usage: gongkai-bench [DIR] [--quick] [--runs N] [--seed S] [--sizes N,N...] [--no-sqlite] [--bundled PATH]
          DIR          where corpora are generated and reused (default /tmp/gongkai-bench)
          --quick      a small run: 1,000 and 5,000 reports, 5 runs per query
          --runs N     timed runs per query (median reported; default 9)
          --seed S     generator seed (default 1)
          --sizes L    corpus sizes to load, comma-separated (default 10000,100000); queries use the largest
          --no-sqlite  skip the SQLite side
          --bundled P  the bundled corpus for the shell-ready row (default corpus)
          --profile-query Q  only load the largest corpus (cached) and run Q --runs times, for a profiler
        """

    static func parse(_ arguments: [String]) -> Result<BenchOptions, BenchError> {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) throws(BenchError) -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return next
        }
        do throws(BenchError) {
            while let argument = rest.popFirst() {
                switch argument {
                case "--quick":
                    options.sizes = [1_000, 5_000]
                    options.runs = 5
                case "--runs":
                    guard let runs = Int(try value(argument)), runs > 0 else { throw BenchError("--runs needs a positive number") }
                    options.runs = runs
                case "--seed":
                    guard let seed = UInt64(try value(argument)) else { throw BenchError("--seed needs a number") }
                    options.seed = seed
                case "--sizes":
                    let sizes = try value(argument).split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
                    guard !sizes.isEmpty else { throw BenchError("--sizes needs positive numbers") }
                    options.sizes = sizes.sorted()
                case "--no-sqlite": options.sqlite = false
                case "--bundled": options.bundledCorpus = try value(argument)
                case "--load-only": options.loadOnly = try value(argument)
                case "--cache": options.cache = try value(argument)
                case "--profile-query": options.profileQuery = try value(argument)
                case "-h", "--help": throw BenchError(usage)
                default:
                    if argument.hasPrefix("-") { throw BenchError("unknown option \(argument)\n\(usage)") }
                    options.directory = argument
                }
            }
        } catch {
            return .failure(error)
        }
        return .success(options)
    }
}

/// A message for the user; the bench prints it and exits with status 1.
struct BenchError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
