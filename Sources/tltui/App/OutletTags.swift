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
            tags[n] = owners[shorts[k]] == 1 ? shorts[k] : DisplayWidth.truncate(n, to: Self.maxWidth)
        }
        columnWidth = min(Self.maxWidth, tags.values.map { DisplayWidth.of($0) }.max() ?? 0) + 3
    }

    func tag(_ name: String) -> String { tags[name] ?? DisplayWidth.truncate(name, to: Self.maxWidth) }

    private static let whitespace = CharacterSet.whitespaces

    /// The short form of one name (examples in OutletTagTests).
    static func short(_ name: String) -> String {
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
