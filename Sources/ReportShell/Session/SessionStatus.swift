/// How running something went, and the process exit status it stands for. Statuses combine by
/// severity: a script that had a failure and a usage error ends with `usage`.
public enum SessionStatus: Int32, Sendable, Hashable, Comparable {
    /// Everything ran.
    case success = 0
    /// A statement failed (a parse, type or runtime error, an export that could not be written, a
    /// missing script), or the user interrupted it.
    case failure = 1
    /// Something was used wrongly: an unknown meta-command, or one given the wrong arguments.
    case usage = 2

    /// The exit status for the process.
    public var exitCode: Int32 { rawValue }

    public static func < (a: SessionStatus, b: SessionStatus) -> Bool { a.rawValue < b.rawValue }
}
