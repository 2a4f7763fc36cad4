#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three stdio streams libedit is given, on duplicates of the caller's descriptors so that
/// closing them never closes the process's own stdin/stdout/stderr.
struct TerminalStreams {
    let input: UnsafeMutablePointer<FILE>
    let output: UnsafeMutablePointer<FILE>
    let error: UnsafeMutablePointer<FILE>
    let inputFD: Int32
    let outputFD: Int32

    init?(input inputFD: Int32, output outputFD: Int32, error errorFD: Int32) {
        guard let input = Self.open(inputFD, mode: "r") else { return nil }
        guard let output = Self.open(outputFD, mode: "w") else {
            fclose(input)
            return nil
        }
        guard let error = Self.open(errorFD, mode: "w") else {
            fclose(input)
            fclose(output)
            return nil
        }
        self.input = input
        self.output = output
        self.error = error
        self.inputFD = fileno(input)
        self.outputFD = outputFD
    }

    /// Writes `text` to the output stream and flushes it, in order with libedit's own output.
    func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    func closeAll() {
        fclose(input)
        fclose(output)
        fclose(error)
    }

    private static func open(_ fd: Int32, mode: String) -> UnsafeMutablePointer<FILE>? {
        let copy = dup(fd)
        guard copy >= 0 else { return nil }
        guard let stream = fdopen(copy, mode) else {
            close(copy)
            return nil
        }
        return stream
    }
}
