import Foundation

/// Restyles the columns of `text` (drawn at `x`, `y`, in at most `maxWidth` columns) where the search text occurs,
/// so a match is visible in whichever pane holds it.
func highlightMatch(_ g: inout Grid, _ text: String, x: Int, y: Int, maxWidth: Int, _ s: AppState) {
    guard let q = s.search?.trimmingCharacters(in: .whitespaces), !q.isEmpty else { return }
    for (start, width) in matchColumns(DisplayWidth.clean(text), q) where start < maxWidth {
        g.restyle(x: x + start, y: y, width: min(width, maxWidth - start), style: .match)
    }
}

/// The column and width of each occurrence of `query` in `text` (case and accents ignored).
func matchColumns(_ text: String, _ query: String) -> [(start: Int, width: Int)] {
    var out: [(Int, Int)] = []
    var from = text.startIndex
    while from < text.endIndex,
          let r = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
        out.append((DisplayWidth.of(String(text[..<r.lowerBound])), DisplayWidth.of(String(text[r]))))
        from = r.upperBound
    }
    return out
}
