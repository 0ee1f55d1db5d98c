/// "Did you mean …?" for a name the user typed that matches nothing: the candidates nearest to it by edit
/// distance on folded text (case, diacritics and punctuation ignored, as every name lookup folds them).
///
/// `nearest("Kyev", among: ["Kyiv", "Kharkiv", "Istanbul"])` → `["Kyiv"]`;
/// `nearest("Atlantis", among: ["Kyiv", "Istanbul"])` → `[]` (nothing near enough to suggest).
public enum Suggestions {
    /// At most `limit` candidates within a distance of a third of the query's length (at least 1, at most 3),
    /// closest first, then in the order given; a candidate that starts with the query counts as distance 1.
    public static func nearest(_ query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = Array(QueryFolding.fold(query).unicodeScalars)
        guard !key.isEmpty else { return [] }
        let allowed = min(3, max(1, key.count / 3))
        var scored: [(distance: Int, order: Int, name: String)] = []
        var seen = Set<String>()
        for (order, name) in candidates.enumerated() {
            let folded = QueryFolding.fold(name)
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            let other = Array(folded.unicodeScalars)
            let d = other == key ? 0 : other.starts(with: key) ? 1 : distance(key, other, limit: allowed)
            if d <= allowed { scored.append((d, order, name)) }
        }
        return scored.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map(\.name)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit; stops early past `limit`
    /// (returns `limit + 1`).
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int = .max) -> Int {
        if abs(a.count - b.count) > limit { return limit == .max ? limit : limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if limit != .max && rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
