import Foundation

/// Encodings announced by a byte-order mark, and line-end normalisation.
/// UTF-8 without a mark is decoded by the loader itself (with replacement characters and a line number).
enum TextDecoding {
    /// Decodes UTF-16 or UTF-32 (either byte order) that opens with a byte-order mark, without the mark.
    /// Invalid code units become U+FFFD. Nil when there is no such mark (UTF-8, with or without its mark, included).
    static func decodeWithByteOrderMark(_ data: Data) -> ([Unicode.Scalar], String)? {
        let b = [UInt8](data.prefix(4))
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return (utf32(data.dropFirst(4), bigEndian: false), "UTF-32LE") }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (utf32(data.dropFirst(4), bigEndian: true), "UTF-32BE") }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (utf16(data.dropFirst(2), bigEndian: false), "UTF-16LE") }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (utf16(data.dropFirst(2), bigEndian: true), "UTF-16BE") }
        return nil
    }

    static func utf16(_ data: Data, bigEndian: Bool) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var i = data.startIndex
        while i + 1 < data.endIndex {
            let a = UInt16(data[i]), b = UInt16(data[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(units.count)
        var it = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let c): out.append(c)
            case .emptyInput: break loop
            case .error: out.append("\u{FFFD}")
            }
        }
        if i < data.endIndex { out.append("\u{FFFD}") }  // an odd trailing byte
        return out
    }

    static func utf32(_ data: Data, bigEndian: Bool) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(data.count / 4)
        var i = data.startIndex
        while i + 3 < data.endIndex {
            let q = (0..<4).map { UInt32(data[i + $0]) }
            let v = bigEndian ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
            out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            i += 4
        }
        if i < data.endIndex { out.append("\u{FFFD}") }
        return out
    }

    /// CRLF and a lone CR become LF (the UTF-8 path does the same while decoding).
    static func normalizingLineEnds(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains("\r") else { return s }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var k = 0
        while k < s.count {
            if s[k] == "\r" {
                out.append("\n")
                if k + 1 < s.count && s[k + 1] == "\n" { k += 1 }
            } else {
                out.append(s[k])
            }
            k += 1
        }
        return out
    }

    /// Replaces control characters other than tab and line feed: vertical tab and form feed by a space,
    /// the rest (ESC, BEL, backspace, DEL, C1 controls) by U+FFFD, one for one so offsets stay put.
    /// The number replaced with U+FFFD and the line of the first; nil when there were none.
    static func replaceControls(_ s: inout [Unicode.Scalar]) -> (Int, Int)? {
        var count = 0, line = 1, first = 0
        for i in s.indices {
            let v = s[i].value
            if v >= 0x20 && v < 0x7F { continue }
            if v == 10 { line += 1; continue }
            if v == 9 || v > 0x9F { continue }
            if v == 11 || v == 12 { s[i] = " "; continue }
            if count == 0 { first = line }
            count += 1
            s[i] = "\u{FFFD}"
        }
        return count > 0 ? (count, first) : nil
    }

    /// ASCII text in UTF-16 without a mark: NUL in every other byte of the opening.
    static func looksLikeUTF16(_ data: Data) -> Bool {
        let b = [UInt8](data.prefix(64))
        guard b.count >= 4 else { return false }
        let even = stride(from: 0, to: b.count, by: 2).filter { b[$0] == 0 }.count
        let odd = stride(from: 1, to: b.count, by: 2).filter { b[$0] == 0 }.count
        let half = b.count / 2
        return (even * 10 >= half * 9 && odd == 0) || (odd * 10 >= half * 9 && even == 0)
    }
}

/// Why a path cannot be read as an article, checked before reading it.
enum FileProblem {
    /// A warning for a path that is not a regular file or is larger than `maxBytes`; nil when it may be read.
    static func check(_ path: String, maxBytes: Int) -> String? {
        var st = stat()
        guard stat(path, &st) == 0 else { return "cannot read the file (\(reason(path))); skipped" }
        let type = st.st_mode & S_IFMT
        if type != S_IFREG {
            let what: String
            switch type {
            case S_IFIFO: what = "a named pipe"
            case S_IFCHR, S_IFBLK: what = "a device"
            case S_IFSOCK: what = "a socket"
            default: what = "not a regular file"
            }
            return "\(what), not a regular file; skipped"
        }
        if Int(st.st_size) > maxBytes {
            return "file too large (\(megabytes(Int(st.st_size))); the limit is \(megabytes(maxBytes))); skipped"
        }
        return nil
    }

    static func megabytes(_ n: Int) -> String {
        if n < 1 << 20 { return "\(n / 1024) KiB" }
        let tenths = (n * 10) / (1 << 20)
        return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
    }

    /// The path with every link resolved (`realpath`), or the path itself when that fails.
    /// (Foundation's `resolvingSymlinksInPath` does not resolve a relative link such as `sub/up -> ..` on Linux.)
    static func canonical(_ path: String) -> String {
        guard let r = realpath(path, nil) else { return path }
        defer { free(r) }
        return String(cString: r)
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    /// The system's reason a path cannot be opened or listed, in words ("permission denied", "symbolic link loop").
    static func reason(_ path: String) -> String {
        var st = stat()
        var code: Int32 = 0
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, stat(path, &st) != 0 {
            code = errno
            if code == ENOENT { return "broken symbolic link" }
            if code == ELOOP { return "symbolic link loop" }
        } else if stat(path, &st) != 0 {
            code = errno
        } else {
            let fd = open(path, O_RDONLY | O_NONBLOCK)
            if fd >= 0 { close(fd); return "read error" }
            code = errno
        }
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "symbolic link loop"
        case ENOENT: return "no such file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
