#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the terminal one character at a time for libedit, waking up for SIGINT without a race.
///
/// libedit's own reader blocks in `read`; a signal that lands while libedit is busy between two
/// reads would be missed. This one `poll`s the terminal together with
/// `SignalInterrupt.wakeDescriptor`, so a SIGINT at any moment ends the wait.
/// Input is decoded as UTF-8 (the reader always runs in a UTF-8 locale); malformed bytes are
/// dropped, as libedit drops them.
enum KeyboardInput {
    /// What one read produced.
    enum Outcome: Equatable {
        case character(Unicode.Scalar)
        case endOfInput
        case interrupted
        case failed(Int32)
    }

    static func next(from fd: Int32, wake: Int32 = SignalInterrupt.wakeDescriptor) -> Outcome {
        var pending: [UInt8] = []
        while true {
            switch nextByte(from: fd, wake: wake) {
            case .stop(let outcome):
                return outcome
            case .byte(let byte):
                pending.append(byte)
                switch decode(pending) {
                case .complete(let scalar): return .character(scalar)
                case .incomplete: continue
                case .invalid:
                    // Drop the malformed bytes; the last one may start the next character.
                    pending = Self.isLeadByte(byte) && pending.count > 1 ? [byte] : []
                    if case .complete(let scalar) = decode(pending) { return .character(scalar) }
                }
            }
        }
    }

    private enum ByteRead {
        case byte(UInt8)
        case stop(Outcome)
    }

    private static func nextByte(from fd: Int32, wake: Int32) -> ByteRead {
        var waits = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&waits, wake >= 0 ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }  // the handler also wrote to the wake pipe
                return .stop(.failed(errno))
            }
            if waits[1].revents != 0 { return .stop(.interrupted) }
            var byte: UInt8 = 0
            let count = read(fd, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count == 0 { return .stop(.endOfInput) }
            if errno != EINTR && errno != EAGAIN { return .stop(.failed(errno)) }
        }
    }

    private enum Decoding {
        case complete(Unicode.Scalar)
        case incomplete
        case invalid
    }

    private static func decode(_ bytes: [UInt8]) -> Decoding {
        guard let first = bytes.first else { return .incomplete }
        let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC2 ? 2 : 0
        guard length > 0 else { return .invalid }
        if bytes.count < length {
            return bytes.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 } ? .incomplete : .invalid
        }
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .complete(scalar) }
        return .invalid
    }

    private static func isLeadByte(_ byte: UInt8) -> Bool {
        byte < 0x80 || byte >= 0xC2
    }
}
