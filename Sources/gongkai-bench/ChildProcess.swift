import Foundation

/// Runs a program (this executable again by default, for a load probe) and measures it from outside:
/// standard output captured (standard error to a file, read back), and from `wait4`'s rusage the
/// child's CPU time (not its peak memory: see `SessionPeak`); the monotonic clock (`Monotonic`) at spawn and at exit,
/// so marks the child prints from the same clock (`GONGKAI_PHASES`) can be placed between them.
struct ChildProcess {
    var output: String
    var errorOutput: String
    var status: Int32
    /// User + system CPU of the child, milliseconds.
    var cpuMilliseconds: Double
    /// CLOCK_MONOTONIC at spawn and when `wait4` returned, nanoseconds.
    var spawnedAt: UInt64
    var endedAt: UInt64
    var wallMilliseconds: Double { Double(endedAt - spawnedAt) / 1e6 }

    /// `environment`: extra `NAME=value` entries added to this process's environment.
    static func run(_ executable: String, _ arguments: [String], environment: [String] = [],
                    scratch: String = NSTemporaryDirectory()) throws -> ChildProcess {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("pipe failed") }
        let errorPath = scratch + "/child-stderr-\(getpid())"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv0 = executable == "/proc/self/exe" ? CommandLine.arguments[0] : executable
        let argv = ([argv0] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = (ProcessInfo.processInfo.environment.map { "\($0)=\($1)" } + environment).map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawnedAt = Monotonic.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw BenchError("cannot run \(executable): error \(spawned)")
        }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
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
        let endedAt = Monotonic.now()
        let errorOutput = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        unlink(errorPath)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        return ChildProcess(output: String(decoding: output, as: UTF8.self), errorOutput: errorOutput, status: status,
                            cpuMilliseconds: cpu, spawnedAt: spawnedAt, endedAt: endedAt)
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

/// CLOCK_MONOTONIC in nanoseconds: the clock gongkai's `StartPhases` marks are read from.
enum Monotonic {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
