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

    /// A result's bytes as they are rendered.
    static func writeOutputBytes(_ bytes: UnsafeRawBufferPointer) {
        writeAll(bytes, to: 1)
    }

    private static func writeAll(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: fd) }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
