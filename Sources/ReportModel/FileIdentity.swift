/// A file's device and inode numbers: the same file reached by two paths (a link, overlapping
/// folders, `..`) has one identity, so comparing identities, not spellings, says whether two paths
/// name the same file.
public struct FileIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
}
