import Foundation

// gongkai-bench: gongkai beside in-memory SQLite and DuckDB on the same rows (see BenchOptions, Benchmark).
switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let error):
    log(error.message)
    exit(1)
case .success(let options):
    do {
        if let path = options.loadOnly {
            try LoadProbe.run(path: path, cache: options.cache, everyColumn: options.everyColumn)
        } else if let statement = options.profileQuery {
            try Benchmark(options: options).profile(statement)
        } else {
            try Benchmark(options: options).run()
        }
    } catch let error as BenchError {
        log("gongkai-bench: \(error.message)")
        exit(1)
    } catch {
        log("gongkai-bench: \(error)")
        exit(1)
    }
}
