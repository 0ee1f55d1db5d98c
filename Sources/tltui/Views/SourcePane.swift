import TimelineCore

/// One wrapped line of the source pane: its text, the scalar offset where it starts, and its sentence.
struct SourceLine { var text: String; var start: Int; var sentence: Int? }

/// The shown document wrapped to `width`, each line knowing its scalar offsets (for highlights).
func sourceLines(_ d: Document, width: Int) -> [SourceLine] {
    var out: [SourceLine] = []
    let w = max(1, width)
    for si in d.sentences.indices { out += sentenceLines(d, si, width: w) }
    if d.sentences.isEmpty {
        for piece in DisplayWidth.wrap(d.text.string, width: w) { out.append(SourceLine(text: piece, start: 0, sentence: nil)) }
    }
    return out
}

/// The lines of sentence `si`: a blank line first when it opens a paragraph, then the sentence wrapped.
func sentenceLines(_ d: Document, _ si: Int, width w: Int) -> [SourceLine] {
    var out: [SourceLine] = []
    let sentence = d.sentences[si]
    if si > 0 && sentence.paragraph != d.sentences[si - 1].paragraph { out.append(SourceLine(text: "", start: sentence.range.start, sentence: nil)) }
    var offset = sentence.range.start
    let text = DisplayWidth.clean(d.text[sentence.range])
    for piece in DisplayWidth.wrap(text, width: w) {
        // Find the piece's start offset in the sentence text (wrapping only drops spaces).
        while offset < sentence.range.end && d.text[offset].properties.isWhitespace { offset += 1 }
        out.append(SourceLine(text: piece, start: offset, sentence: si))
        offset += piece.unicodeScalars.count
    }
    return out
}

/// The source pane's wrapped lines and the first one shown: the cursor sentence sits a third of the way down.
/// Only the sentences around the cursor are wrapped (a screenful before and after it): `lines` is that window
/// and `top` indexes it, giving the same screen as wrapping the whole document.
func sourceViewport(_ s: AppState, _ r: Rect) -> (lines: [SourceLine], top: Int) {
    guard let d = s.shownDocument else { return ([], 0) }
    let rows = r.height - 2
    let c = s.sourceSentence
    let w = max(1, r.width - 2)
    if rows > 0, d.sentences.indices.contains(c) {
        var chunks: [[SourceLine]] = []
        var before = 0, i = c - 1
        while i >= 0 && before < rows { let l = sentenceLines(d, i, width: w); before += l.count; chunks.append(l); i -= 1 }
        var lines = Array(chunks.reversed().joined())
        let own = sentenceLines(d, c, width: w)
        if let first = own.firstIndex(where: { $0.sentence == c }) {
            let cursorLine = lines.count + first
            lines += own
            var j = c + 1
            while j < d.sentences.count && lines.count - cursorLine < rows { lines += sentenceLines(d, j, width: w); j += 1 }
            let reachedEnd = j >= d.sentences.count
            let top = min(cursorLine - rows / 3, reachedEnd ? lines.count - rows : Int.max)
            return (lines, max(0, top))
        }
    }
    let lines = sourceLines(d, width: r.width - 2)
    let cursorLine = lines.firstIndex { $0.sentence == s.sourceSentence } ?? 0
    return (lines, max(0, min(cursorLine - rows / 3, lines.count - rows)))
}

func drawSource(_ g: inout Grid, _ s: AppState, _ r: Rect, _ ell: String) {
    guard let d = s.shownDocument, let m = s.selectedMention else {
        title(&g, "Source", r, focused: s.focus == .source, ell)
        if let e = s.selectedEvent, !s.mentionsReady {
            g.put("gathering the event's \(AppState.grouped(e.mentionCount)) mentions…", x: r.x + 1, y: r.y + 1, maxWidth: r.width - 1, style: .dim, ellipsis: ell)
        }
        return
    }
    title(&g, "Source: \(d.title ?? d.id)", r, focused: s.focus == .source, ell)
    let pub = d.published.map { "\($0.readable) (\(d.publishedBasis.explanation))" } ?? "date unknown (\(d.publishedBasis.explanation))"
    g.put("\(d.source ?? "unknown outlet") · \(pub)", x: r.x + 1, y: r.y + 1, maxWidth: r.width - 1, style: .dim, ellipsis: ell)
    let rows = r.height - 2
    guard rows > 0 else { return }
    let (lines, top) = sourceViewport(s, r)
    let mentionRange = m.range
    let timexRange = m.timex?.range
    for i in 0..<rows where top + i < lines.count {
        let line = lines[top + i], y = r.y + 2 + i
        let inMention = line.sentence.map { d.sentences[$0].range.overlaps(mentionRange) } ?? false
        let isCursor = s.focus == .source && line.sentence == s.sourceSentence
        let style: Style = inMention ? .highlight : (isCursor ? .cursor : .normal)
        if isCursor { g.put("▸", x: r.x, y: y, maxWidth: 1, style: .cursor) }
        g.put(line.text, x: r.x + 1, y: y, maxWidth: r.width - 1, style: style, ellipsis: ell)
        if let t = timexRange {
            // Mark the temporal expression: restyle the columns its scalars occupy on this line.
            var col = r.x + 1, off = line.start
            for c in line.text {
                let w = DisplayWidth.of(c)
                if t.contains(off) { g.restyle(x: col, y: y, width: w, style: .timex) }
                col += w; off += c.unicodeScalars.count
            }
        }
        highlightMatch(&g, line.text, x: r.x + 1, y: y, maxWidth: r.width - 1, s)
    }
}
