import Foundation

/// The benchmark's command line.
///
/// ```
/// gongkai-bench [DIR] [--scratch S] [--quick] [--runs N] [--seed S] [--sizes SMALL,LARGE] [--panel N] [--no-duckdb] …
/// gongkai-bench --load-only PATH [--cache off|DIR] [--no-columns]   (internal: one measured load, a child)
/// gongkai-bench --profile-query STATEMENT [DIR]                     (one statement N times, for a profiler)
/// ```
/// DIR (default /tmp/gongkai-bench) holds the generated corpora (`DIR/10k`, `DIR/100k`, `DIR/panel-100k`), reused while
/// their marker says they were written with the same count and seed, and only read otherwise. What
/// the bench writes — its parse caches, the SQLite files, the exports — goes to the scratch folder
/// (default `DIR/scratch`), so the user's cache is never touched.
struct BenchOptions {
    var directory = "/tmp/gongkai-bench"
    var scratch: String?
    /// The small and the large corpus: the statements run on the large one, the one-shot on both,
    /// the cold parse on the small one.
    var sizes = [10_000, 100_000]
    /// The panel corpus (`BenchCorpus.panel`): issue 15's cross-report statements and the panel checks'
    /// share measured again on it; nil: as large as the large corpus. 0 leaves it out.
    var panelSize: Int?
    /// Timed runs per statement (the median is reported), after one untimed warm-up run.
    var runs = 9
    /// Pairs of one-shot runs (gongkai, sqlite3) per corpus; cold parses.
    var oneShotRuns = 7
    var coldRuns = 3
    var seed: UInt64 = 1
    var duckdb = true
    var python = ".build/python/bin/python"
    var duckdbScript = "scripts/bench-duckdb.py"
    /// The gongkai executable (default: beside this one).
    var gongkai: String?
    var sqlite3 = "/usr/bin/sqlite3"
    var loadOnly: String?
    var cache: String?
    var everyColumn = true
    var profileQuery: String?

    var scratchDirectory: String { scratch ?? directory + "/scratch" }

    static let usage = """
        usage: gongkai-bench [DIR] [--scratch S] [--quick] [--runs N] [--seed S] [--sizes N,N] [--panel N] [--no-duckdb]
                             [--python P] [--duckdb-script F] [--gongkai EXE] [--sqlite3 EXE]
          DIR              where corpora are generated and reused (default /tmp/gongkai-bench)
          --scratch S      where the bench writes caches, SQLite files and exports (default DIR/scratch)
          --quick          a small run: 300 and 1,000 reports, 3 runs a statement, 2 one-shot pairs, 1 cold parse
          --runs N         timed runs per statement (median reported; default 9)
          --seed S         generator seed (default 1)
          --sizes L        the small and the large corpus (default 10000,100000)
          --panel N        the panel corpus (one report per body and year, DIR/panel-…) for issue 15's
                           cross-report statements and the panel checks (default: the large size; 0: none)
          --no-duckdb      skip DuckDB (else scripts/bench-duckdb.py with .build/python's duckdb)
          --profile-query Q  only open the large corpus and run Q --runs times, for a profiler
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
                    options.sizes = [300, 1_000]
                    (options.runs, options.oneShotRuns, options.coldRuns) = (3, 2, 1)
                case "--runs":
                    guard let runs = Int(try value(argument)), runs > 0 else { throw BenchError("--runs needs a positive number") }
                    options.runs = runs
                case "--seed":
                    guard let seed = UInt64(try value(argument)) else { throw BenchError("--seed needs a number") }
                    options.seed = seed
                case "--sizes":
                    let sizes = try value(argument).split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
                    guard sizes.count == 2 else { throw BenchError("--sizes needs two positive numbers") }
                    options.sizes = sizes.sorted()
                case "--panel":
                    guard let size = Int(try value(argument)), size >= 0 else { throw BenchError("--panel needs a number") }
                    options.panelSize = size
                case "--scratch": options.scratch = try value(argument)
                case "--no-duckdb": options.duckdb = false
                case "--python": options.python = try value(argument)
                case "--duckdb-script": options.duckdbScript = try value(argument)
                case "--gongkai": options.gongkai = try value(argument)
                case "--sqlite3": options.sqlite3 = try value(argument)
                case "--load-only": options.loadOnly = try value(argument)
                case "--cache": options.cache = try value(argument)
                case "--no-columns": options.everyColumn = false
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
