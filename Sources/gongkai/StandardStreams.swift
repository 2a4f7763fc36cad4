#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the process's standard output and error. Swift 6 rejects the C globals
/// `stdout`/`stderr`, so these write straight to descriptors 1 and 2.
enum StandardStreams {
    static func writeOutput(_ text: String) {
        writeAll(text, to: 1)
    }

    static func writeError(_ text: String) {
        writeAll(text, to: 2)
    }

    private static func writeAll(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
