import ArgumentParser
import Foundation
import TimelineCore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the chronology as an aligned table: date, modality, conflict, sources, summary.",
        discussion: """
        Marks: '*' happened, '>' planned, '~' expected, '?' claimed; '!' sources disagree on the date. \
        When the curation marks an event, a column shows '★' starred, '✎' with notes, '⊘' hidden, and each \
        note follows on its own line.
        Dates show the precision known: 2022-03-28, 2022-03-28 10:30, 2022-03-28…30, 2022-W12, 2022-03, 2022; \
        '≤' marks events the text does not date (on or before the article's publication), '≥' plans with no \
        date (on or after it), and 'date unknown' events with no calendar position. Sources are short outlet \
        tags ('dpa +2': dpa and two more). Summaries are cut to the terminal width on a terminal only.
        """
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let loaded = try options.load(command: "list")
        let width = terminalColumns()
        print(ListTable.render(loaded.events, documents: loaded.chronology.documents, width: width, color: options.useColor), terminator: "")
        keepToExit(loaded)
        try options.finish(loaded)
    }
}

/// The `list` table, a pure function of the events so it can be tested without a terminal.
enum ListTable {
    static func mark(_ m: Modality) -> String {
        switch m {
        case .happened: return "*"
        case .planned: return ">"
        case .expected: return "~"
        case .claimed: return "?"
        }
    }

    /// The widest the sources column is padded to when piped (wider cells are printed whole).
    static let pipedSourceWidth = 40

    /// `width` nil: no truncation (not a terminal). Sources are named by their short outlet tags (the browser's:
    /// "Ghana News Agency (dpa)" → "dpa"), or the document id where the corpus names no outlet. On a terminal the
    /// column shows the first outlet and how many more ("dpa +2"), so the summary gets the room; piped, every tag.
    static func render(_ events: [Event], documents: [Document] = [], width: Int?, color: Bool) -> String {
        let dates = chunkedMap(events.count) { DateLabel(events[$0]).compact }
        let sources = sourceCells(events, documents: documents, short: width != nil)
        // Each cell measured once, on all cores.
        let dateWidths = chunkedMap(events.count) { TextWidth.width(dates[$0]) }
        let sourceWidths = chunkedMap(events.count) { TextWidth.width(sources[$0]) }
        let dateWidth = max(4, dateWidths.max() ?? 0)
        let widest = max(7, sourceWidths.max() ?? 0)
        // Piped, every tag is printed, but the column is padded to a bounded width: a cell wider than that
        // (an event many outlets report) pushes its own summary along instead of widening every line.
        let sourceWidth = min(width == nil ? Self.pipedSourceWidth : OutletTags.maxWidth + 4, widest)
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        // The curation column only when the curation marks some event listed.
        let curated = events.contains { $0.curation.starred || !$0.curation.notes.isEmpty || $0.curation.hidden }
        func marks(_ e: Event) -> String {
            (e.curation.starred ? "★" : " ") + (e.curation.notes.isEmpty ? " " : "✎") + (e.curation.hidden ? "⊘" : " ")
        }
        let header = paint(TextWidth.pad("DATE", to: dateWidth) + "  MC  " + (curated ? "CUR  " : "") + TextWidth.pad("SOURCES", to: sourceWidth) + "  SUMMARY", "1") + "\n"
        let fixed = dateWidth + 2 + 2 + 2 + (curated ? 5 : 0) + sourceWidth + 2
        // Each event's lines are independent once the widths are known: made on all cores, joined in order.
        let rows = chunkedMap(events.count) { i -> String in
            let e = events[i]
            var summary = e.summary.utf8.contains(10) ? e.summary.replacingOccurrences(of: "\n", with: " ") : e.summary
            if let width { summary = TextWidth.truncate(summary, to: max(10, width - fixed)) }
            let modality = paint(mark(e.modality), e.modality == .claimed ? "33" : (e.modality == .happened ? "32" : "36"))
            let conflict = e.conflict ? paint("!", "31;1") : " "
            let source = width == nil ? TextWidth.pad(sources[i], width: sourceWidths[i], to: sourceWidth)
                : TextWidth.pad(TextWidth.truncate(sources[i], to: sourceWidth), to: sourceWidth)
            var out = paint(TextWidth.pad(dates[i], width: dateWidths[i], to: dateWidth), "36")
            out.reserveCapacity(fixed + summary.utf8.count + 24)
            out += "  "; out += modality; out += conflict; out += "  "
            if curated { out += paint(marks(e), "33"); out += "  " }
            out += paint(source, "2"); out += "  "; out += summary; out += "\n"
            for n in e.curation.notes {
                var line = "✎ \(n.byline): " + n.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                if let width { line = TextWidth.truncate(line, to: max(10, width - fixed)) }
                out += String(repeating: " ", count: fixed) + paint(line, "33") + "\n"
            }
            return out
        }
        var out = header
        out.reserveCapacity(header.utf8.count + rows.reduce(0) { $0 + $1.utf8.count })
        for row in rows { out += row }
        return out
    }
}

extension ListTable {
    /// Each event's sources cell: the outlet tags of its documents in first-mention order, each once; `short`:
    /// the first and how many more ("dpa +2"). Every document id is looked up once per mention (an event may
    /// have hundreds), and each document's tag is made once.
    static func sourceCells(_ events: [Event], documents: [Document], short: Bool) -> [String] {
        let outlets = Dictionary(documents.compactMap { d in d.source.map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let numbering = DocumentNumbering(documents.map(\.id))
        // Each event's documents (numbered by their first place in `documents`) in first-mention order, each once,
        // on all cores: an event may have hundreds of mentions. Nil when a mention names a document not listed.
        let perEvent = chunkedMap(events.count) { i -> [Int]? in
            var docs: [Int] = []
            var seen = Set<Int>()
            var known = true
            events[i].forEachMentionDocument(numberedBy: numbering) { number in
                guard let k = number else { known = false; return }
                if docs.count < 16 ? !docs.contains(k) : seen.insert(k).inserted {
                    if docs.count == 15 { seen = Set(docs + [k]) }
                    docs.append(k)
                }
            }
            return known ? docs : nil
        }
        if perEvent.contains(where: { $0 == nil }) { return sourceCellsByName(events, documents: documents, short: short) }
        var mentioned = [Bool](repeating: false, count: documents.count)
        for docs in perEvent { for k in docs! { mentioned[k] = true } }
        // Every name once for the tags: the documents' outlets (or ids) and every id mentioned.
        var names = Set(documents.map { $0.source ?? $0.id })
        for k in documents.indices where mentioned[k] { names.insert(documents[k].id) }
        let tags = OutletTags(names: Array(names), unique: true)
        // Each document's tag, numbered so an event's tags are told apart without comparing strings.
        var tagNumber: [String: Int] = [:]
        var tagNames: [String] = []
        var tagOf = [Int](repeating: -1, count: documents.count)
        for k in documents.indices where mentioned[k] {
            let id = documents[k].id
            let t = tags.tag(outlets[id] ?? id)
            if let known = tagNumber[t] { tagOf[k] = known } else {
                tagOf[k] = tagNames.count
                tagNumber[t] = tagNames.count
                tagNames.append(t)
            }
        }
        return chunkedMap(events.count) { i -> String in
            // Each tag once, in order: looked for in the list while it is short, in a set beyond (an event may have
            // hundreds of outlets).
            var shown: [Int] = []
            var seen = Set<Int>()
            for k in perEvent[i]! {
                let t = tagOf[k]
                if shown.count < 16 ? !shown.contains(t) : seen.insert(t).inserted {
                    if shown.count == 15 { seen = Set(shown + [t]) }
                    shown.append(t)
                }
            }
            guard short, shown.count > 1 else { return shown.map { tagNames[$0] }.joined(separator: ", ") }
            return tagNames[shown[0]] + " +\(shown.count - 1)"
        }
    }

    /// `sourceCells` for events whose mentions name documents not listed (tables made of events alone): ids
    /// numbered as they are met.
    static func sourceCellsByName(_ events: [Event], documents: [Document], short: Bool) -> [String] {
        let outlets = Dictionary(documents.compactMap { d in d.source.map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        var number: [String: Int] = [:]
        var ids: [String] = []
        var lastEvent: [Int] = []
        var perEvent: [[Int]] = []
        perEvent.reserveCapacity(events.count)
        for (i, e) in events.enumerated() {
            var mine: [Int] = []
            e.forEachMentionDocument { document, _ in
                let k: Int
                if let known = number[document] { k = known } else {
                    k = ids.count
                    number[document] = k
                    ids.append(document)
                    lastEvent.append(-1)
                }
                if lastEvent[k] != i { lastEvent[k] = i; mine.append(k) }
            }
            perEvent.append(mine)
        }
        var names = Set(documents.map { $0.source ?? $0.id })
        names.formUnion(ids)
        let tags = OutletTags(names: Array(names))
        var tagNumber: [String: Int] = [:]
        var tagNames: [String] = []
        let tagOf = ids.map { id -> Int in
            let t = tags.tag(outlets[id] ?? id)
            if let known = tagNumber[t] { return known }
            tagNumber[t] = tagNames.count
            tagNames.append(t)
            return tagNames.count - 1
        }
        var lastTagEvent = Array(repeating: -1, count: tagNames.count)
        return perEvent.enumerated().map { i, docs -> String in
            var shown: [String] = []
            for k in docs where lastTagEvent[tagOf[k]] != i {
                lastTagEvent[tagOf[k]] = i
                shown.append(tagNames[tagOf[k]])
            }
            guard short, shown.count > 1 else { return shown.joined(separator: ", ") }
            return shown[0] + " +\(shown.count - 1)"
        }
    }
}

/// The terminal's width when standard output is one, else nil.
func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
    return 80
}
