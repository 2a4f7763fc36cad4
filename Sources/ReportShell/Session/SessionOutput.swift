/// Where a session writes: results and messages meant for the reader (`standard`), and errors,
/// warnings and the load summary (`error`). The executable passes closures that write to file
/// descriptors 1 and 2; tests collect the text. The session never touches a terminal itself.
public struct SessionOutput {
    public var standard: (String) -> Void
    public var error: (String) -> Void

    public init(standard: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.standard = standard
        self.error = error
    }
}
