/// A semantic style role; the backend maps roles to colours, or to bold/reverse/underline without colour.
enum Style: Int, CaseIterable, Sendable {
    case normal, date, conflict, selected, highlight, timex, titleFocus, titleBlur, status, mark, dim, strip, cursor, help, helpKey, dateBound, match
}

/// One terminal cell: a grapheme with its display width (2 for wide, 0 for the right half of a wide one).
struct Cell: Equatable, Sendable {
    var char: Character
    var width: Int
    var style: Style
    static let blank = Cell(char: " ", width: 1, style: .normal)
}

struct Rect: Equatable, Sendable {
    var x: Int, y: Int, width: Int, height: Int
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
    static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
}

/// The screen as a value: rows of cells.
struct Grid: Equatable, Sendable {
    let width: Int, height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Fills a rectangle with a style (spaces).
    mutating func fill(_ r: Rect, style: Style) {
        for y in max(0, r.y)..<min(height, r.y + r.height) {
            for x in max(0, r.x)..<min(width, r.x + r.width) { cells[y * width + x] = Cell(char: " ", width: 1, style: style) }
        }
    }

    /// Writes `text` at (x, y) in at most `maxWidth` columns, truncating with "…"; never splits a wide
    /// character (a space takes the place of one that would straddle the edge). Returns the columns used.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal, ellipsis: String = "…") -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let fitted = DisplayWidth.truncate(text, to: limit, ellipsis: ellipsis)
        var cx = x
        for c in fitted {
            let w = DisplayWidth.of(c)
            if w == 0 { continue }  // a lone zero-width grapheme has nothing to draw
            if cx + w > x + limit { if cx < x + limit { cells[y * width + cx] = Cell(char: " ", width: 1, style: style) }; break }
            if cx >= 0 {
                cells[y * width + cx] = Cell(char: c, width: w, style: style)
                if w == 2 { cells[y * width + cx + 1] = Cell(char: " ", width: 0, style: style) }
            }
            cx += w
        }
        return cx - x
    }

    /// Restyles existing cells (for highlights over drawn text).
    mutating func restyle(x: Int, y: Int, width w: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + w) { cells[y * width + cx].style = style }
    }

    /// Row `y` as text (wide characters once, continuation cells skipped): the snapshot form.
    func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where cells[y * width + x].width > 0 { s.append(cells[y * width + x].char) }
        return s
    }

    /// The whole grid as text, trailing spaces trimmed per line.
    var text: String {
        (0..<height).map { y -> String in
            var l = line(y); while l.last == " " { l.removeLast() }; return l
        }.joined(separator: "\n")
    }
}
