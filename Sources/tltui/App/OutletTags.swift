import Foundation
import TimelineCore

/// Short names for outlets in the timeline's source column: "Ghana News Agency (dpa)" → "dpa",
/// "The New York Times" → "NYT", "City A.M." stays. Unique within a corpus (a clash keeps more of the name).
struct OutletTags: Equatable, Sendable {
    private(set) var tags: [String: String] = [:]
    /// Columns the source column takes: the longest tag and room for "+N" (more outlets).
    private(set) var columnWidth = 0
    static let maxWidth = 12

    init() {}

    /// `unique`: the names have no repeats already (a set's), so they are not gathered in a set again.
    init(names: [String], unique isUnique: Bool = false) {
        // Which names share a short form decides the tags, not their order: the short forms are made on all
        // cores (a corpus without outlets names every document by its id).
        let unique = isUnique ? names : Array(Set(names))
        let shorts = chunkedMap(unique.count) { Self.short(unique[$0]) }
        var owners: [String: Int] = [:]
        for t in shorts { owners[t, default: 0] += 1 }
        tags.reserveCapacity(unique.count)
        for (k, n) in unique.enumerated() {
            tags[n] = owners[shorts[k]] == 1 ? shorts[k] : Self.cut(n)
        }
        columnWidth = min(Self.maxWidth, tags.values.map { DisplayWidth.of($0) }.max() ?? 0) + 3
    }

    func tag(_ name: String) -> String { tags[name] ?? DisplayWidth.truncate(name, to: Self.maxWidth) }

    /// `DisplayWidth.truncate(name, to: maxWidth)`, by bytes for printable ASCII (a column per byte, nothing to clean).
    static func cut(_ name: String) -> String {
        guard isPrintableASCII(name) else { return DisplayWidth.truncate(name, to: maxWidth) }
        if name.utf8.count <= maxWidth { return name }
        return String(decoding: name.utf8.prefix(maxWidth - 1), as: UTF8.self) + "…"
    }

    static func isPrintableASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    /// `short(name)` for a printable ASCII name, worked out on its bytes (a column each; the only whitespace is the
    /// space): most outlets, and the ids of documents without one, which a list names by the thousand. Nil otherwise.
    static func shortASCII(_ name: String) -> String? {
        let all = Array(name.utf8)
        guard all.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        func string(_ b: ArraySlice<UInt8>) -> String { String(decoding: b, as: UTF8.self) }
        func trimmed(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var b = b
            while b.first == 0x20 { b = b.dropFirst() }
            while b.last == 0x20 { b = b.dropLast() }
            return b
        }
        var n = trimmed(all[...])
        // An agency in parentheses is the source that wrote it.
        if n.last == 0x29, let open = n.lastIndex(of: 0x28) {
            let inner = trimmed(n[(open + 1)..<(n.endIndex - 1)])
            if !inner.isEmpty && inner.count <= 10 { return string(inner) }
        }
        if n.starts(with: [0x54, 0x68, 0x65, 0x20]) { n = n.dropFirst(4) }   // "The "
        if n.count <= 10 { return string(n) }
        let words = n.split(separator: 0x20).filter { (0x41...0x5A).contains($0.first!) }
        if words.count >= 3 { return String(decoding: words.map { $0.first! }, as: UTF8.self) }
        if let first = words.first, first.count <= 10 { return string(first) }
        return n.count <= maxWidth ? string(n) : string(n.prefix(maxWidth - 1)) + "…"
    }

    private static let whitespace = CharacterSet.whitespaces

    /// The short form of one name (examples in OutletTagTests).
    static func short(_ name: String) -> String {
        shortASCII(name) ?? shortGeneral(name)
    }

    /// `short` for any name, by characters.
    static func shortGeneral(_ name: String) -> String {
        // Foundation's trimming is slow on Linux and most names need none (a list asks this of every document).
        let scalars = name.unicodeScalars
        let padded = scalars.first.map(Self.whitespace.contains) == true || scalars.last.map(Self.whitespace.contains) == true
        let name = padded ? name.trimmingCharacters(in: .whitespaces) : name
        // An agency in parentheses is the source that wrote it.
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let inner = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
            if !inner.isEmpty && DisplayWidth.of(inner) <= 10 { return inner }
        }
        var n = name
        if n.hasPrefix("The ") { n.removeFirst(4) }
        if DisplayWidth.of(n) <= 10 { return n }
        let words: [Substring]
        if n.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII (most outlets, and the ids of documents without one): the same words, split by bytes.
            words = n.utf8.split(separator: 0x20).compactMap { w in (0x41...0x5A).contains(w.first!) ? Substring(w) : nil }
        } else {
            words = n.split(separator: " ").filter { $0.first?.isUppercase == true }
        }
        if words.count >= 3 { return String(words.compactMap(\.first)) }
        if let first = words.first, DisplayWidth.of(String(first)) <= 10 { return String(first) }
        return DisplayWidth.truncate(n, to: maxWidth)
    }
}

/// Where the parts of an event row go in a timeline pane of a given width: marks, summary, source tag.
struct TimelineColumns: Equatable {
    let summaryX: Int, summary: Int, tag: Int

    init(paneWidth: Int, tagWidth: Int) {
        tag = min(tagWidth, max(0, paneWidth / 4))
        summaryX = 4
        summary = max(1, paneWidth - summaryX - tag - 1)
    }
}
