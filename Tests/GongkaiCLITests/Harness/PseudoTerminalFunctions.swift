import Glibc

/// The C library's pseudo-terminal functions. Swift's Glibc module hides them (they are X/Open
/// and GNU extensions), so they are looked up by name once.
enum PseudoTerminalFunctions {
    typealias Descriptor = @convention(c) (Int32) -> Int32
    typealias NameInto = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static let openMaster: Descriptor = function("posix_openpt")
    static let grant: Descriptor = function("grantpt")
    static let unlock: Descriptor = function("unlockpt")
    static let slaveName: NameInto = function("ptsname_r")

    /// POSIX_SPAWN_SETSID from <spawn.h>: the child starts a new session, so the terminal it
    /// opens first becomes its controlling terminal (and Ctrl-C reaches it as SIGINT).
    static let spawnNewSession: Int16 = 0x80

    private static func function<F>(_ name: String) -> F {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else {
            fatalError("the C library has no \(name)")
        }
        return unsafeBitCast(symbol, to: F.self)
    }
}
