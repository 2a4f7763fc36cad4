import FileAccess
import Foundation

/// Completes file and folder paths relative to the current directory (`~/` expanded): entries of the
/// folder named so far that start with the last part; folders end in `/`. Hidden entries only when
/// the part typed starts with a dot.
enum PathCompletion {
    static func candidates(for typed: String) -> [String] {
        let folderPart = typed.contains("/") ? String(typed[...typed.lastIndex(of: "/")!]) : ""
        let namePart = String(typed.dropFirst(folderPart.count))
        let folder = folderPart.isEmpty ? "." : FilePaths.absolute(folderPart)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var found: [String] = []
        for entry in entries where entry.hasPrefix(namePart) && (namePart.hasPrefix(".") || !entry.hasPrefix(".")) {
            let isFolder = FilePaths.isDirectory(FilePaths.join(folder, entry))
            found.append(folderPart + entry + (isFolder ? "/" : ""))
        }
        found.sort()
        // A lone folder comes with its entries, so Tab fills in "name/" and leaves the cursor there.
        if found.count == 1, found[0].hasSuffix("/") {
            return found + candidates(for: found[0])
        }
        return found
    }
}
