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
        ListTable.write(loaded.events, documents: loaded.chronology.documents, width: width, color: options.useColor,
                        to: writeStandardOutput)
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
        String(decoding: renderBytes(events, documents: documents, width: width, color: color), as: UTF8.self)
    }

    /// Events per chunk of rows made on one core.
    static let rowChunk = 1024
    /// Chunks of rows made together on all cores, then written before the next are made: the table is never held
    /// whole (at 100,000 articles, about 900,000 rows and 120 MB, held twice while its parts were joined). Eight keep
    /// every core busy and hold about 1.2 MB of rows (64 held about 10 MB at the run's end).
    static let chunksPerBatch = 8

    /// `render` as UTF-8, for writing out without making a string of the whole table.
    static func renderBytes(_ events: [Event], documents: [Document] = [], width: Int?, color: Bool) -> [UInt8] {
        var out: [UInt8] = []
        write(events, documents: documents, width: width, color: color) { out.append(contentsOf: $0) }
        return out
    }

    /// The table as UTF-8, given to `sink` in order, a header and then batches of rows.
    /// What the rows show of each event is read through `EventColumns`, in the events' module: called from here on an
    /// event in the array, its getters copied the event first.
    static func write(_ events: [Event], documents: [Document] = [], width: Int?, color: Bool, to sink: ([UInt8]) -> Void) {
        let dates = EventColumns.compactDates(events)
        let sources = sourceCells(events, documents: documents, short: width != nil)
        // Each cell measured once, on all cores; a sources cell is made again when its row is (most are longer than
        // a string holds inline: kept for every event, they were about 50 bytes each).
        let dateWidths = chunkedMap(events.count) { TextWidth.width(dates[$0]) }
        let sourceWidths = chunkedMap(events.count) { TextWidth.width(sources.cell($0)) }
        let dateWidth = max(4, dateWidths.max() ?? 0)
        let widest = max(7, sourceWidths.max() ?? 0)
        // Piped, every tag is printed, but the column is padded to a bounded width: a cell wider than that
        // (an event many outlets report) pushes its own summary along instead of widening every line.
        let sourceWidth = min(width == nil ? Self.pipedSourceWidth : OutletTags.maxWidth + 4, widest)
        // The curation column only when the curation marks some event listed.
        let curated = EventColumns.anyCurationMarks(events)
        func marks(_ c: EventCuration) -> String {
            (c.starred ? "★" : " ") + (c.notes.isEmpty ? " " : "✎") + (c.hidden ? "⊘" : " ")
        }
        let fixed = dateWidth + 2 + 2 + 2 + (curated ? 5 : 0) + sourceWidth + 2
        var header = RowWriter(color: color)
        header.painted("1") { w in
            w.padded("DATE", width: 4, to: dateWidth)
            w.append("  MC  ")
            if curated { w.append("CUR  ") }
            w.padded("SOURCES", width: 7, to: sourceWidth)
            w.append("  SUMMARY")
        }
        header.byte(10)
        sink(header.bytes)
        // Each chunk of rows is independent once the widths are known: a batch of them made on all cores, then
        // written in order.
        let chunks = (events.count + rowChunk - 1) / rowChunk
        for batch in stride(from: 0, to: chunks, by: chunksPerBatch) {
            let parts = chunkedMap(min(chunksPerBatch, chunks - batch), chunk: 1) { k -> [UInt8] in
                let c = batch + k
                var w = RowWriter(color: color)
                w.bytes.reserveCapacity(rowChunk * (fixed + 80))
                let rows = (c * rowChunk)..<min(events.count, (c + 1) * rowChunk)
                let summaries = EventColumns.summaries(events, rows)
                let curations = curated ? EventColumns.curations(events, rows) : []
                for i in rows {
                    let modality = events[i].modality
                    w.painted("36") { $0.padded(dates[i], width: dateWidths[i], to: dateWidth) }
                    w.append("  ")
                    w.painted(mark(modality), modality == .claimed ? "33" : (modality == .happened ? "32" : "36"))
                    if events[i].conflict { w.painted("!", "31;1") } else { w.byte(0x20) }
                    w.append("  ")
                    let curation = curated ? curations[i - rows.lowerBound] : EventCuration()
                    if curated { w.painted(marks(curation), "33"); w.append("  ") }
                    if width == nil {
                        w.painted("2") { $0.padded(sources.cell(i), width: sourceWidths[i], to: sourceWidth) }
                    } else {
                        let cut = TextWidth.truncate(sources.cell(i), to: sourceWidth)
                        w.painted("2") { $0.padded(cut, width: TextWidth.width(cut), to: sourceWidth) }
                    }
                    w.append("  ")
                    let summary = summaries[i - rows.lowerBound]
                    if let width {
                        var summary = Self.hasLineFeed(summary) ? summary.replacingOccurrences(of: "\n", with: " ") : summary
                        summary = TextWidth.truncate(summary, to: max(10, width - fixed))
                        w.append(summary)
                    } else if Self.hasLineFeed(summary) {
                        w.append(summary.replacingOccurrences(of: "\n", with: " "))
                    } else {
                        w.append(summary)
                    }
                    w.byte(10)
                    for n in curation.notes {
                        var line = "✎ \(n.byline): " + n.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                        if let width { line = TextWidth.truncate(line, to: max(10, width - fixed)) }
                        w.spaces(fixed)
                        w.painted(line, "33")
                        w.byte(10)
                    }
                }
                return w.bytes
            }
            for part in parts { sink(part) }
        }
    }

    /// Whether `s` holds a line feed (summaries rarely do), read as bytes.
    static func hasLineFeed(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buf in buf.baseAddress.map { memchr($0, 10, buf.count) != nil } ?? false }
    }
}

/// The bytes of table rows: text, padding and colour codes appended in place.
struct RowWriter {
    var bytes: [UInt8] = []
    let color: Bool

    init(color: Bool) { self.color = color }

    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }
    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func spaces(_ n: Int) { if n > 0 { bytes.append(contentsOf: repeatElement(0x20, count: n)) } }

    /// `s`, whose width is `width`, padded with spaces to `columns` (`TextWidth.pad`).
    mutating func padded(_ s: String, width: Int, to columns: Int) {
        append(s)
        spaces(columns - width)
    }

    /// What `body` appends, inside the colour `code` when colour is on.
    mutating func painted(_ code: String, _ body: (inout RowWriter) -> Void) {
        if color { append("\u{1B}["); append(code); byte(0x6D) }
        body(&self)
        if color { append("\u{1B}[0m") }
    }

    mutating func painted(_ s: String, _ code: String) { painted(code) { $0.append(s) } }
}

extension ListTable {
    /// Each event's sources cell: the outlet tags of its documents in first-mention order, each once; `short`:
    /// the first and how many more ("dpa +2"). No document id is hashed per mention (an event may have thousands),
    /// and each document's tag is made once.
    static func sourceCells(_ events: [Event], documents: [Document], short: Bool) -> SourceCells {
        let numbering = DocumentNumbering(documents.map(\.id))
        // A document's outlet is the first one given for its id: its own when no id repeats (a corpus's never do).
        let uniqueIDs = numbering.distinctCount == documents.count
        let outlets = uniqueIDs ? [:]
            : Dictionary(documents.compactMap { d in d.source.map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        // Each event's documents (numbered by their first place in `documents`) in first-mention order, each once,
        // on all cores: an event may have thousands of mentions. Each chunk of events marks a document seen by
        // writing the event's number in its slot, so no set is made per event. Nil when a mention names a document
        // not listed.
        // At most eight chunks: each has a slot per document.
        let size = max(rowChunk, (events.count + 7) / 8)
        let chunks = (events.count + size - 1) / size
        // Each chunk's lists one after another (`documents`), each event's ending at its `ends` entry: an array per
        // event was 50 bytes or more for each of the 900,000 events of 100,000 articles.
        let perChunk = chunkedMap(chunks, chunk: 1) { c -> (documents: [Int32], ends: [Int32])? in
            var seenIn = [Int32](repeating: -1, count: documents.count)
            var docs: [Int32] = [], ends: [Int32] = []
            ends.reserveCapacity(size)
            var known = true
            for i in (c * size)..<min(events.count, (c + 1) * size) {
                let mark = Int32(truncatingIfNeeded: i)
                EventColumns.forEachMentionDocument(events, i..<(i + 1), numberedBy: numbering) { _, number in
                    guard let k = number else { known = false; return }
                    if seenIn[k] != mark { seenIn[k] = mark; docs.append(Int32(k)) }
                }
                if !known { return nil }
                ends.append(Int32(docs.count))
            }
            return (docs, ends)
        }
        if perChunk.contains(where: { $0 == nil }) { return sourceCellsByName(events, documents: documents, short: short) }
        var mentioned = [Bool](repeating: false, count: documents.count)
        for chunk in perChunk { for k in chunk!.documents { mentioned[Int(k)] = true } }
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
            let t = tags.tag((uniqueIDs ? documents[k].source : outlets[id]) ?? id)
            if let known = tagNumber[t] { tagOf[k] = known } else {
                tagOf[k] = tagNames.count
                tagNumber[t] = tagNames.count
                tagNames.append(t)
            }
        }
        // Each tag once, in order (a tag marked seen as documents are above).
        let shown = chunkedMap(chunks, chunk: 1) { c -> (tags: [Int32], ends: [Int32]) in
            var seenIn = [Int32](repeating: -1, count: tagNames.count)
            let (docs, ends) = perChunk[c]!
            var shown: [Int32] = [], shownEnds: [Int32] = []
            shownEnds.reserveCapacity(ends.count)
            for j in ends.indices {
                let mark = Int32(truncatingIfNeeded: j)
                for k in docs[(j == 0 ? 0 : Int(ends[j - 1]))..<Int(ends[j])] {
                    let t = tagOf[Int(k)]
                    if seenIn[t] != mark { seenIn[t] = mark; shown.append(Int32(t)) }
                }
                shownEnds.append(Int32(shown.count))
            }
            return (shown, shownEnds)
        }
        return SourceCells(tagNames: tagNames, chunkSize: size, chunks: shown, short: short)
    }

    /// `sourceCells` for events whose mentions name documents not listed (tables made of events alone): ids
    /// numbered as they are met.
    static func sourceCellsByName(_ events: [Event], documents: [Document], short: Bool) -> SourceCells {
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
        var shown: [Int32] = [], ends: [Int32] = []
        for (i, docs) in perEvent.enumerated() {
            for k in docs where lastTagEvent[tagOf[k]] != i {
                lastTagEvent[tagOf[k]] = i
                shown.append(Int32(tagOf[k]))
            }
            ends.append(Int32(shown.count))
        }
        return SourceCells(tagNames: tagNames, chunkSize: max(1, events.count), chunks: [(shown, ends)], short: short)
    }
}

/// Each event's sources cell, made when asked for from the event's tags (each once, in first-mention order): the
/// first and how many more when `short` ("dpa +2"), else every tag ("dpa, AP").
struct SourceCells {
    let tagNames: [String]
    /// Events per chunk: event `i`'s tags are in chunk `i / chunkSize`, its lists one after another, each ending at
    /// its `ends` entry.
    let chunkSize: Int
    let chunks: [(tags: [Int32], ends: [Int32])]
    let short: Bool

    func cell(_ i: Int) -> String {
        let (tags, ends) = chunks[i / chunkSize]
        let j = i % chunkSize
        let shown = tags[(j == 0 ? 0 : Int(ends[j - 1]))..<Int(ends[j])]
        guard let first = shown.first else { return "" }
        if short, shown.count > 1 { return tagNames[Int(first)] + " +\(shown.count - 1)" }
        var cell = tagNames[Int(first)]
        for t in shown.dropFirst() { cell += ", "; cell += tagNames[Int(t)] }
        return cell
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
