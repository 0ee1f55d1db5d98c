import Foundation
import Yams

/// Reads files and folders of articles (.txt, .md) into documents with a publication date and its basis,
/// a headline, a dateline and sentences. Throws only for a missing path; every other problem is a diagnostic.
public struct CorpusLoader: Sendable {
    public let today: Day
    /// Files larger than this are skipped with a warning, unread (see docs/bad-input.md).
    public let maxFileBytes: Int

    /// 1 MiB: a news article is rarely over 100 KB, and analysing one document grows faster than its length.
    public static let defaultMaxFileBytes = 1 << 20

    public init(today: Day = Day.today, maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes) {
        self.today = today
        self.maxFileBytes = maxFileBytes
    }

    static let extensions: Set<String> = ["txt", "md"]

    struct Pending {
        var doc: Document
        var evidence: PublicationEvidence
    }

    public func load(paths: [String]) throws -> Corpus {
        try load(paths: paths, fileLoader: nil)
    }

    /// One file to load, with the sidecar entry that applies to it.
    struct FileRequest {
        var path: String
        /// The path with symbolic links resolved (relative when `path` is).
        var realPath: String
        var sidecar: Metadata?
    }

    /// What loading one file gave: its document and evidence (nil when it cannot be used) and its diagnostics.
    struct FileResult {
        var pending: Pending?
        var diagnostics: [Diagnostic]
    }

    /// Loads the files in the order given, one result per request (the cache's hook; default: `loadFile` each).
    typealias FileLoader = ([FileRequest]) -> [FileResult]
    /// Reads a folder's sidecar like `readSidecar` (the cache's hook).
    typealias SidecarReader = (String, inout [Diagnostic]) -> [String: Metadata]

    func load(paths: [String], fileLoader: FileLoader?, sidecarReader: SidecarReader? = nil) throws -> Corpus {
        let fm = FileManager.default
        // A link that leads nowhere or in a loop exists: it is reported as unreadable, not missing.
        for p in paths where !fm.fileExists(atPath: p) && !FileProblem.isLink(p) { throw IngestError.missingPath(p) }
        var diags: [Diagnostic] = []
        var files: [Found] = []
        var seen = Set<String>()
        for p in paths {
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: p, isDirectory: &isDir)
            if isDir.boolValue {
                var visited = Set<String>()
                walk(p, into: &files, visited: &visited, &diags)
            } else if Self.extensions.contains((p as NSString).pathExtension.lowercased()) {
                files.append(Found(path: p, real: nil))
            } else {
                diags.append(Diagnostic(.warning, file: p, "not a .txt or .md file; skipped"))
            }
        }
        var sidecars: [String: [String: Metadata]] = [:]
        var requests: [FileRequest] = []
        var sidecarDiags: [[Diagnostic]] = []  // emitted just before each request, to keep the report's order
        requests.reserveCapacity(files.count)
        sidecarDiags.reserveCapacity(files.count)
        seen.reserveCapacity(files.count)
        // A walk lists a folder's files together: its sidecar is looked up once for them all.
        var folder: (dir: String, entries: [String: Metadata])?
        for found in files {
            let f = found.path
            let real = found.real ?? FileProblem.canonical(f)
            guard seen.insert(real).inserted else { continue }
            let dir = PathParts.directory(f)
            var before: [Diagnostic] = []
            if folder?.dir != dir {
                if sidecars[dir] == nil { sidecars[dir] = sidecarReader?(dir, &before) ?? readSidecar(dir, &before) }
                folder = (dir, sidecars[dir] ?? [:])
            }
            let entries = folder?.entries ?? [:]
            var sidecar: Metadata?
            if !entries.isEmpty {
                let name = PathParts.lastComponent(f)
                sidecar = entries[name] ?? entries[PathParts.deletingExtension(name)]
            }
            requests.append(FileRequest(path: f, realPath: real, sidecar: sidecar))
            sidecarDiags.append(before)
        }
        // Files are read and decoded on all cores; ids are then given in order, so the result is the serial one.
        var results = fileLoader?(requests) ?? ConcurrentSlots<FileResult>.map(requests.count) { k in
            var d: [Diagnostic] = []
            let p = loadFile(requests[k].path, sidecar: requests[k].sidecar, &d)
            return FileResult(pending: p, diagnostics: d)
        }
        var pending: [Pending] = []
        var ids = Set<String>()
        for (k, r) in requests.enumerated() {
            diags += sidecarDiags[k]
            diags += results[k].diagnostics
            guard let p = results[k].pending.take() else { continue }   // moved, not copied (a copy retains its parts)
            let base = PathParts.deletingExtension(PathParts.lastComponent(r.path))
            admit(p, base: base, path: r.path, into: &pending, ids: &ids, &diags)
        }
        resolveDates(&pending, &diags)
        return Corpus(documents: Self.documents(moving: &pending), diagnostics: diags)
    }

    /// The documents of `pending`, in order, moved out of it (left empty): a copy of each retained every part of it.
    static func documents(moving pending: inout [Pending]) -> [Document] {
        var documents: [Document] = []
        documents.reserveCapacity(pending.count)
        while let p = pending.popLast() { documents.append(p.doc) }
        documents.reverse()
        return documents
    }

    /// Reads in-memory files exactly as `load(paths:)` reads files on disk: each (path label, bytes) is decoded,
    /// its front matter read, and the publication dates resolved across all of them. `sidecar` is the text of a
    /// `sources.yaml` that applies to every entry (looked up by the label's file name). Never throws.
    public func load(contents: [(path: String, bytes: [UInt8])], sidecar: String? = nil) -> Corpus {
        var diags: [Diagnostic] = []
        let side = sidecar.map { parseSidecar($0, path: "sources.yaml", &diags) } ?? [:]
        var pending: [Pending] = []
        var ids = Set<String>()
        for (path, bytes) in contents {
            let name = (path as NSString).lastPathComponent
            let base = (name as NSString).deletingPathExtension
            guard let p = decode(path, bytes: Data(bytes), sidecar: side[name] ?? side[base], &diags) else { continue }
            admit(p, base: base, path: path, into: &pending, ids: &ids, &diags)
        }
        resolveDates(&pending, &diags)
        return Corpus(documents: pending.map(\.doc), diagnostics: diags)
    }

    /// Gives the document a unique id (its base name, or `base~2`, `base~3` …) and keeps it.
    func admit(_ p: consuming Pending, base: String, path: String, into pending: inout [Pending], ids: inout Set<String>, _ diags: inout [Diagnostic]) {
        // A file name can hold control characters too (ESC…): the id is shown on screens.
        var sc = Array(base.unicodeScalars)
        let base = TextDecoding.replaceControls(&sc) == nil ? base : plainString(sc[...])
        var id = base
        var n = 2
        while ids.contains(id) { id = "\(base)~\(n)"; n += 1 }
        if id != base { diags.append(Diagnostic(.warning, file: path, "document id '\(base)' already used; this one is '\(id)'")) }
        ids.insert(id)
        p.doc.id = id
        pending.append(p)
    }

    // MARK: Files

    /// A file found by a walk: its path as found, and its canonical path when the walk knows it without asking
    /// the file system again (a regular file in a folder whose canonical path is known).
    struct Found {
        var path: String
        var real: String?
    }

    /// Collects the article files under `dir`, sorted by name; a folder met again through a link is walked once.
    /// One read per folder: entries the folder records as regular files or folders need no stat; links and
    /// unrecorded kinds are looked up (a link to a folder is walked, a link to a file kept).
    func walk(_ dir: String, into files: inout [Found], visited: inout Set<String>, _ diags: inout [Diagnostic]) {
        let fm = FileManager.default
        let realDir = FileProblem.canonical(dir)
        guard visited.insert(realDir).inserted else { return }
        guard let entries = DirectoryScan.entries(dir) else {
            diags.append(Diagnostic(.warning, file: dir, "cannot read the folder (\(FileProblem.reason(dir))); skipped"))
            return
        }
        let realPrefix = realDir.hasSuffix("/") ? realDir : realDir + "/"
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let name = entry.name
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir = entry.kind == .directory
            if entry.kind == .unknown {
                var d: ObjCBool = false
                isDir = fm.fileExists(atPath: path, isDirectory: &d) && d.boolValue
            }
            if isDir {
                walk(path, into: &files, visited: &visited, &diags)
            } else if Self.extensions.contains(PathParts.pathExtension(name).lowercased()) {
                files.append(Found(path: path, real: entry.kind == .file && realDir.hasPrefix("/") ? realPrefix + name : nil))
            }
        }
    }

    func readSidecar(_ dir: String, _ diags: inout [Diagnostic]) -> [String: Metadata] {
        let path = (dir.isEmpty ? "" : dir + "/") + "sources.yaml"
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let data = FileManager.default.contents(atPath: path) else {
            diags.append(Diagnostic(.warning, file: path, "cannot read the sidecar; ignored"))
            return [:]
        }
        return parseSidecar(String(decoding: data, as: UTF8.self), path: path, &diags)
    }

    func parseSidecar(_ yaml: String, path: String, _ diags: inout [Diagnostic]) -> [String: Metadata] {
        let node: Node?
        do { node = try Metadata.compose(yaml) } catch {
            let (line, msg) = Metadata.describe(error)
            diags.append(Diagnostic(.warning, file: path, line: line, "malformed YAML (\(msg)); sidecar ignored"))
            return [:]
        }
        guard let node else { return [:] }
        guard let mapping = node.mapping else {
            diags.append(Diagnostic(.warning, file: path, line: node.mark?.line, "expected a mapping of file names to fields; sidecar ignored"))
            return [:]
        }
        var out: [String: Metadata] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            guard let fields = value.mapping else {
                diags.append(Diagnostic(.warning, file: path, line: value.mark?.line ?? key.mark?.line, "entry '\(name)' is not a mapping of fields; ignored"))
                continue
            }
            out[name] = Metadata.read(fields, file: path, lineOffset: 0, years: plausibleYears, into: &diags)
        }
        return out
    }

    /// Decodes the file; nil (with a diagnostic) when it cannot be used.
    /// `contents`: the file's bytes when the caller has read them already (the cache hashes what it loads).
    func loadFile(_ path: String, sidecar: Metadata?, _ diags: inout [Diagnostic], contents: Data? = nil) -> Pending? {
        let data: Data
        if let contents { data = contents } else {
            // Only regular files of bounded size are read: a pipe or a device would block or never end.
            if let problem = FileProblem.check(path, maxBytes: maxFileBytes) {
                diags.append(Diagnostic(.warning, file: path, problem))
                return nil
            }
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                diags.append(Diagnostic(.warning, file: path, "cannot read the file (\(FileProblem.reason(path))); skipped"))
                return nil
            }
        }
        return decode(path, bytes: data, sidecar: sidecar, &diags)
    }

    /// Decodes one file's bytes; nil (with a diagnostic) when it cannot be used.
    func decode(_ path: String, bytes data: Data, sidecar: Metadata?, _ diags: inout [Diagnostic]) -> Pending? {
        if data.isEmpty {
            diags.append(Diagnostic(.warning, file: path, "empty file; skipped"))
            return nil
        }
        if let (decoded, name) = TextDecoding.decodeWithByteOrderMark(data) {
            guard let nul = decoded.firstIndex(of: "\u{0}") else {
                return finish(path: path, scalars: TextDecoding.normalizingLineEnds(decoded), sidecar: sidecar, &diags)
            }
            diags.append(Diagnostic(.warning, file: path, "binary file (\(name) with a NUL character at offset \(nul)); skipped"))
            return nil
        }
        if let nul = data.firstIndex(of: 0) {
            let hint = TextDecoding.looksLikeUTF16(data) ? "; UTF-16 text needs a byte-order mark" : ""
            diags.append(Diagnostic(.warning, file: path, "binary file (NUL byte at offset \(nul - data.startIndex)\(hint)); skipped"))
            return nil
        }
        var state = Decoding()
        state.scalars.reserveCapacity(data.count)
        // Straight from the bytes when they are contiguous (a file's always are).
        let done: Void? = data.withContiguousStorageIfAvailable { buffer in
            var it = buffer.makeIterator()
            Self.decodeAll(&it, into: &state)
        }
        if done == nil {
            var it = data.makeIterator()
            Self.decodeAll(&it, into: &state)
        }
        var scalars = state.scalars
        state.scalars = []
        let errors = state.errors, firstErrorLine = state.firstErrorLine
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        if errors > 0 {
            diags.append(Diagnostic(.warning, file: path, line: firstErrorLine, "invalid UTF-8 (\(errors) bad sequence\(errors == 1 ? "" : "s")); decoded with replacement characters"))
        }
        return finish(path: path, scalars: scalars, sidecar: sidecar, &diags)
    }

    /// What decoding a file's UTF-8 has made so far (passed in and out whole: the loop reads and writes it without
    /// an access check per scalar, as it would on variables a nested function captures).
    struct Decoding {
        var scalars: [Unicode.Scalar] = []
        var errors = 0
        var firstErrorLine: Int?
        var line = 1
        var afterCR = false
    }

    static func decodeAll<I: IteratorProtocol>(_ it: inout I, into s: inout Decoding) where I.Element == UInt8 {
        var utf8 = UTF8()
        decoding: while true {
            switch utf8.decode(&it) {
            case .scalarValue(let c):
                // Line ends: CRLF and a lone CR both become LF, so offsets, lines and paragraphs agree.
                if c == "\n" {
                    if s.afterCR { s.afterCR = false; continue }
                    s.line += 1
                } else if c == "\r" {
                    s.afterCR = true
                    s.line += 1
                    s.scalars.append("\n")
                    continue
                }
                s.afterCR = false
                s.scalars.append(c)
            case .emptyInput: break decoding
            case .error:
                s.afterCR = false
                s.errors += 1
                if s.firstErrorLine == nil { s.firstErrorLine = s.line }
                s.scalars.append("\u{FFFD}")
            }
        }
    }

    /// Front matter, headline, dateline and sentences of decoded text (line ends already LF).
    func finish(path: String, scalars: [Unicode.Scalar], sidecar: Metadata?, _ diags: inout [Diagnostic]) -> Pending? {
        var scalars = scalars
        // Terminal control characters (ESC, BEL, C1…) would reach the screen through every output.
        if let (count, line) = TextDecoding.replaceControls(&scalars) {
            diags.append(Diagnostic(.warning, file: path, line: line, "\(count) control character\(count == 1 ? "" : "s") (such as ESC) replaced with U+FFFD"))
        }
        if !scalars.contains(where: { !$0.isSpaceOrNewline }) {
            diags.append(Diagnostic(.warning, file: path, "empty file (only white space); skipped"))
            return nil
        }
        // Front matter: a first line "---", closed by "---" or "...".
        var meta = Metadata()
        if let (yaml, contentStart) = Self.frontMatter(scalars) {
            let source = plainString(scalars[yaml.start..<yaml.end])
            scalars = Array(scalars[contentStart...])
            do {
                if let node = try Metadata.compose(source) {
                    if let mapping = node.mapping {
                        meta = Metadata.read(mapping, file: path, lineOffset: 1, years: plausibleYears, into: &diags)
                    } else {
                        diags.append(Diagnostic(.warning, file: path, line: 2, "front matter is not a mapping of fields; ignored"))
                    }
                }
            } catch {
                let (line, msg) = Metadata.describe(error)
                diags.append(Diagnostic(.warning, file: path, line: line.map { $0 + 1 },
                                        "malformed front matter (\(msg)); read as a file without front matter"))
            }
        } else if Self.opensFrontMatter(scalars) {
            diags.append(Diagnostic(.warning, file: path, line: 1, "front matter opened with '---' is never closed; read as a file without front matter"))
        }
        return assemble(path: path, scalars: scalars, meta: meta.overriding(sidecar ?? Metadata()), fromFrontMatter: meta, diags: &diags)
    }

    /// Headings of the matter after a story — its sources, links and related stories — that tell no events of it.
    static let backMatterHeadings: Set<String> = ["sources", "references", "external links", "see also", "related news",
                                                  "related stories", "related articles", "further reading", "related coverage"]

    /// Where the back matter of a story starts: a line holding only one of `backMatterHeadings` ("Sources",
    /// "External links:"), after a first paragraph of story and before more lines (Wikinews sets its cited reports
    /// there: "“Sensitive government document found on rainy Ottawa street” — CBC.ca, August 15, 2008").
    static func backMatterStart(_ s: [Unicode.Scalar], from first: Int) -> Int? {
        var lineStart = first
        var sawStory = false
        while lineStart < s.count {
            var e = lineStart
            while e < s.count && !s[e].isNewline { e += 1 }
            var a = lineStart, b = e
            while a < b && s[a].isBlank { a += 1 }
            while b > a && (s[b - 1].isBlank || s[b - 1] == ":") { b -= 1 }
            if b > a {
                if sawStory, b - a <= 20, backMatterHeadings.contains(plainString(s[a..<b]).lowercased()),
                   e < s.count, s[(e + 1)...].contains(where: { !$0.isSpaceOrNewline }) {
                    return lineStart
                }
                sawStory = true
            }
            lineStart = e + 1
        }
        return nil
    }

    static func opensFrontMatter(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 3, s[0] == "-", s[1] == "-", s[2] == "-" else { return false }
        var i = 3
        while i < s.count && s[i].isBlank { i += 1 }
        return i == s.count || s[i] == "\n"
    }

    /// The YAML range and the content start, when the scalars open with a closed front-matter block.
    static func frontMatter(_ s: [Unicode.Scalar]) -> (TextRange, Int)? {
        guard opensFrontMatter(s), let firstBreak = s.firstIndex(of: "\n") else { return nil }
        var lineStart = firstBreak + 1
        while lineStart < s.count {
            var e = lineStart
            while e < s.count && s[e] != "\n" { e += 1 }
            var b = e
            while b > lineStart && s[b - 1].isBlank { b -= 1 }
            let line = s[lineStart..<b]
            if line.elementsEqual(["-", "-", "-"]) || line.elementsEqual([".", ".", "."]) {
                return (TextRange(firstBreak + 1, lineStart), min(e + 1, s.count))
            }
            lineStart = e + 1
        }
        return nil
    }

    func assemble(path: String, scalars: [Unicode.Scalar], meta: Metadata, fromFrontMatter: Metadata, diags: inout [Diagnostic]) -> Pending? {
        let text = ScalarText(scalars: scalars)
        var first = 0
        while first < scalars.count && scalars[first].isSpaceOrNewline { first += 1 }
        var end = Self.backMatterStart(scalars, from: first) ?? scalars.count
        while end > first && scalars[end - 1].isSpaceOrNewline { end -= 1 }
        var headline: TextRange?
        var title = meta.title
        var bodyStart = first
        let detected = HeadlineDetector.detect(text, from: first)
        if let h = detected {
            let agrees = fromFrontMatter.title.map { Gazetteerless.fold($0) == Gazetteerless.fold(h.title) } ?? true
            if title == nil || agrees || scalars[h.range.start] == "#" {
                headline = h.range
                bodyStart = h.bodyStart
                if title == nil { title = h.title }
            }
        }
        var read = DatelineParser().read(text, at: bodyStart)
        // A headline other than the metadata's title ("Cave rescue complete as last boys emerge" under the title
        // "Thai cave rescue: all 12 boys out") is still the headline when a dateline opens the paragraph after it.
        if read == nil, headline == nil, let h = detected, let r = DatelineParser().read(text, at: h.bodyStart) {
            read = r
            headline = h.range
            bodyStart = h.bodyStart
        }
        let body = TextRange(bodyStart, max(bodyStart, end))
        let dateline = read?.dateline
        var sentences = SentenceSegmenter().segment(text, in: TextRange(dateline?.range.end ?? body.start, body.end))
        // The headline is a sentence too (its events count), a paragraph of its own before the body's.
        if let h = headline {
            var a = h.start
            while a < h.end && (scalars[a] == "#" || scalars[a].isBlank) { a += 1 }
            if a < h.end {
                sentences = [Sentence(range: TextRange(a, h.end), paragraph: 0)]
                    + sentences.map { Sentence(range: $0.range, paragraph: $0.paragraph + 1, quotation: $0.quotation) }
            }
        }
        // The corpus holds every document's sentences until the end: made to size (the segmenter's grew by appending).
        if sentences.capacity > sentences.count { sentences = sentences.withUnsafeBufferPointer { Array($0) } }
        var doc = Document(id: "", path: path, title: title, source: meta.source ?? dateline?.agency, url: meta.url,
                           published: nil, publishedBasis: .unknown, dateline: dateline, text: text,
                           headline: headline, body: body, sentences: sentences)
        if let d = meta.published {
            doc.published = d
            doc.publishedBasis = .metadata(fromFrontMatter.published != nil ? "front matter" : "sources.yaml")
        }
        // The text's own evidence is read only when it is needed: no date from metadata or a full dateline.
        let fullDateline = dateline.flatMap { d in d.year.flatMap { y in d.month.flatMap { m in d.day.flatMap { Day(year: y, month: m, day: $0) } } } } != nil
        var evidence = doc.published == nil && !fullDateline ? PublicationEvidence.scan(text, body.start, body.end) : PublicationEvidence()
        // The dateline's own weekday outweighs the weekdays reports are filed on.
        if let w = read?.weekday, let d = dateline, doc.published == nil {
            evidence.reportWeekdays[w, default: 0] += 100
            evidence.reportQuote[w] = text[d.range].trimmingSpaces
        }
        // Kept compact (a byte per scalar for Latin-script text); the later stages expand it while they read it.
        doc.text = text.compacted()
        return Pending(doc: doc, evidence: evidence)
    }

    // MARK: Publication dates

    /// Publication years accepted from metadata: from 1000 to next year.
    var plausibleYears: ClosedRange<Int> { 1000...(today.year + 1) }

    func resolveDates(_ pending: inout [Pending], _ diags: inout [Diagnostic]) {
        // Pass 1: dates the documents state fully.
        for k in pending.indices where pending[k].doc.published == nil {
            if let dl = pending[k].doc.dateline, let m = dl.month, let d = dl.day, let y = dl.year, let day = Day(year: y, month: m, day: d) {
                pending[k].doc.published = day
                pending[k].doc.publishedBasis = .dateline(detail: "")
            }
        }
        // Dates stated outright, sorted for binary search. Documents still to resolve are never among them.
        let known = pending.compactMap { p in p.doc.published.map { (id: p.doc.id, day: $0) } }.sorted { $0.day < $1.day }
        // Pass 2: a dateline without a year, then the text's own evidence. Each document reads only the dates of
        // pass 1, so they are settled on all cores and applied in order.
        let unresolved = pending.indices.filter { pending[$0].doc.published == nil }
        // (the year each month and day takes from the corpus, found once: 366 lookups, not one per clue of each document)
        let years = CorpusYears(dates: known, today: today, needed: !unresolved.isEmpty)
        let settled = chunkedMap(unresolved.count, chunk: 512) { j in settle(pending[unresolved[j]], known: years) }
        for (j, k) in unresolved.enumerated() {
            switch settled[j] {
            case .dated(let day, let basis):
                pending[k].doc.published = day
                pending[k].doc.publishedBasis = basis
            case .undated(let warning):
                if let warning { diags.append(warning) }
            }
        }
    }

    /// What pass 2 of `resolveDates` finds for one document.
    enum Settled {
        case dated(Day, PublicationBasis)
        /// With the warning to give, if any.
        case undated(Diagnostic?)
    }

    /// A publication date for a document that states none outright: from a dateline without a year (the year from
    /// the corpus's dates `known`, else from the text's weekday), else from the text's own evidence.
    func settle(_ p: Pending, known others: CorpusYears) -> Settled {
        if let dl = p.doc.dateline, let m = dl.month, let d = dl.day {
            let dateText = "\(d) \(Day.monthNames[m - 1])"
            let lead = p.evidence.leadingReportWeekday
            let byWeekday = lead.flatMap { YearFinder.byWeekday(month: m, day: d, weekday: $0.weekday, today: today) }
            if let c = others.year(month: m, day: d), let day = Day(year: c.year, month: m, day: d) {
                var detail = "year \(c.year) from the corpus: \(c.count) other document\(c.count == 1 ? " is" : "s are") dated within four months (nearest: \(c.near), \(c.nearDay.iso))"
                if let lead, let w = byWeekday {
                    detail += w == c.year ? "; the text's weekday agrees (“\(lead.quote)”)" : "; note: the text's weekday (“\(lead.quote)”) would give \(w)"
                }
                return .dated(day, .dateline(detail: detail))
            }
            if let lead, let y = byWeekday, let day = Day(year: y, month: m, day: d) {
                let wd = Day.weekdayNames[lead.weekday - 1]
                return .dated(day, .dateline(detail: "year \(y) from the weekday: the report is dated \(wd) (“\(lead.quote)”), and \(dateText) last fell on a \(wd) in \(y)"))
            }
        }
        if let (day, reason) = infer(p.evidence, others) { return .dated(day, .inferred(reason: reason)) }
        if let dl = p.doc.dateline, let m = dl.month, let d = dl.day {
            return .undated(Diagnostic(.warning, file: p.doc.path, "the dateline gives \(d) \(Day.monthNames[m - 1]) but no year could be established; publication date unknown"))
        }
        return .undated(nil)
    }

    func infer(_ ev: PublicationEvidence, _ others: CorpusYears) -> (Day, String)? {
        for clue in ev.clues.sorted(by: { $0.rank < $1.rank }) {
            let d = clue.date
            var yearNote = ""
            var year = d.year
            if year == nil, let w = d.weekday, let y = YearFinder.byWeekday(month: d.month, day: d.day, weekday: w, shift: clue.shift, today: today) {
                year = y
                yearNote = "; the year \(y) is the most recent in which \(d.day) \(Day.monthNames[d.month - 1]) is a \(Day.weekdayNames[w - 1])"
            }
            if year == nil, let c = others.year(month: d.month, day: d.day) {
                year = c.year
                yearNote = "; the year \(c.year) from the corpus (nearest: \(c.near), \(c.nearDay.iso))"
            }
            guard let y = year, let date = Day(year: y, month: d.month, day: d.day) else { continue }
            if let w = d.weekday, date.weekday != w {
                // A written year wins over a written weekday, but the disagreement is reported.
                guard d.year != nil else { continue }
                yearNote += "; note: the text calls it \(Day.weekdayNames[w - 1]), but \(date.readable) was a \(Day.weekdayNames[date.weekday - 1])"
            }
            guard let pub = date.adding(days: clue.shift), pub <= today else { continue }
            let how: String
            switch (clue.rank, clue.shift) {
            case (2, _): how = "the text reports “\(clue.quote)”, taken as the day of the report"
            case (_, -1): how = "the text says “\(clue.quote)”, so it was written the day before"
            case (_, 1): how = "the text says “\(clue.quote)”, so it was written the day after"
            default: how = "the text says “\(clue.quote)”"
            }
            return (pub, how + yearNote)
        }
        return nil
    }
}

/// Case and space folding for comparing a front-matter title with a headline line.
enum Gazetteerless {
    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

/// NSString's path operations, done directly for the plain paths a corpus walk produces (no doubled or
/// trailing slash, no leading or trailing dot in the name); anything else goes to NSString. Foundation's
/// versions re-normalise slashes on every call, which showed in the profile of re-opening 10,000 files.
enum PathParts {
    /// Not empty, no trailing slash, no "//". Read on the UTF-8 bytes: Foundation's `contains` on strings costs
    /// a CFString search per call, and a re-open asks this of every file.
    static func isPlain(_ p: String) -> Bool {
        func plain<S: Sequence<UInt8>>(_ bytes: S) -> Bool {
            var previous: UInt8 = 0
            for b in bytes {
                if b == slash && previous == slash { return false }
                previous = b
            }
            return previous != 0 && previous != slash
        }
        // A native string's bytes are read where they are (a re-open asks this of every file, several times).
        return p.utf8.withContiguousStorageIfAvailable { plain($0) } ?? plain(p.utf8)
    }

    private static let slash = UInt8(ascii: "/")

    private static func hasSlash(_ p: String) -> Bool {
        p.utf8.withContiguousStorageIfAvailable { $0.contains(slash) } ?? p.utf8.contains(slash)
    }

    static func lastComponent(_ p: String) -> String {
        guard isPlain(p) else { return (p as NSString).lastPathComponent }
        guard let slash = p.utf8.lastIndex(of: Self.slash) else { return p }
        return String(p[p.index(after: slash)...])
    }

    static func directory(_ p: String) -> String {
        guard isPlain(p) else { return (p as NSString).deletingLastPathComponent }
        guard let slash = p.utf8.lastIndex(of: Self.slash) else { return "" }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }

    /// The position of the extension's dot in a plain file name, nil when it has none.
    private static func dot(_ name: String) -> String.Index? {
        guard !hasSlash(name), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex, name.index(after: dot) != name.endIndex
        else { return nil }
        return dot
    }

    static func deletingExtension(_ name: String) -> String {
        guard isPlain(name), !hasSlash(name) else { return (name as NSString).deletingPathExtension }
        guard let dot = dot(name) else { return (name as NSString).deletingPathExtension }
        return String(name[..<dot])
    }

    static func pathExtension(_ name: String) -> String {
        guard isPlain(name), !hasSlash(name), let dot = dot(name) else { return (name as NSString).pathExtension }
        return String(name[name.index(after: dot)...])
    }
}
