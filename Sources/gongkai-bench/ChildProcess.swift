import Foundation

/// Runs this executable again with other arguments, so that each load is measured in a fresh process:
/// its standard output is captured, and its peak resident memory comes from `wait4`'s rusage.
struct ChildProcess {
    var output: String
    var status: Int32
    /// ru_maxrss of the child, in bytes.
    var peakBytes: Int
    /// From spawn to exit, milliseconds.
    var wallMilliseconds: Double

    /// `environment`: extra `NAME=value` entries added to this process's environment.
    static func run(_ arguments: [String], environment: [String] = []) throws -> ChildProcess {
        let executable = "/proc/self/exe"
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let argv = ([CommandLine.arguments[0]] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var inherited: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            inherited.append(String(cString: pointer))
            entry += 1
        }
        let envp = (inherited + environment).map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let watch = Stopwatch()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw BenchError("cannot run \(executable): error \(spawned)")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(pipeEnds[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = watch.milliseconds
        return ChildProcess(output: String(decoding: output, as: UTF8.self), status: status,
                            peakBytes: Int(usage.ru_maxrss) * 1024, wallMilliseconds: wall)
    }

    /// The `key=value` pairs of the child's last output line.
    var values: [String: String] {
        let line = output.split(separator: "\n").last.map(String.init) ?? ""
        var values: [String: String] = [:]
        for pair in line.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }
}
