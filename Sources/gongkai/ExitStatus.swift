/// The exit statuses gongkai uses.
enum ExitStatus {
    /// Everything ran.
    static let success: Int32 = 0
    /// A statement or script failed, or a feature is not available.
    static let failure: Int32 = 1
    /// The command line itself was wrong.
    static let usage: Int32 = 2
}
