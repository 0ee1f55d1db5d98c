import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One read of a folder: its entries' names and kinds as the directory itself records them (`d_type`), so a
/// walk of 100,000 articles needs no stat and no `realpath` per file. Kinds the file system does not record,
/// and symbolic links, are left for the caller to look up.
enum DirectoryScan {
    enum Kind: Equatable { case file, directory, other, unknown }

    struct Entry: Equatable {
        var name: String
        var kind: Kind
    }

    /// The entries of `dir` (without "." and ".."), or nil when it cannot be listed.
    static func entries(_ dir: String) -> [Entry]? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var out: [Entry] = []
        // A record readdir returns holds its name and padding only, not the 256 bytes `d_name` is declared with:
        // the name is read where it is, up to its NUL (copying `e.pointee.d_name` read past the end of the record,
        // and crashed when that was the end of the buffer).
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19   // a stored field: never nil (19 on glibc)
        while let e = readdir(d) {
            let name = String(cString: (UnsafeRawPointer(e) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(e.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN), Int32(DT_LNK): kind = .unknown
            default: kind = .other
            }
            out.append(Entry(name: name, kind: kind))
        }
        return out
    }
}
