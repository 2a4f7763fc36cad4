/// Where a session writes: results and messages meant for the reader (`standard`), and errors,
/// warnings and the load summary (`error`). The executable passes closures that write to file
/// descriptors 1 and 2, and `standardBytes`, which takes a result's bytes as they are rendered (a
/// buffer at a time, so a large result is never held whole); tests collect the text. Without
/// `standardBytes` a result is rendered whole and given to `standard`. The session never touches a
/// terminal itself.
public struct SessionOutput {
    public var standard: (String) -> Void
    public var error: (String) -> Void
    public var standardBytes: ((UnsafeRawBufferPointer) -> Void)?

    public init(standard: @escaping (String) -> Void, error: @escaping (String) -> Void,
                standardBytes: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.standard = standard
        self.error = error
        self.standardBytes = standardBytes
    }
}
