import Yams

/// The fields a front-matter block or a sidecar entry may give.
struct Metadata: Equatable {
    var title: String?
    var source: String?
    var published: Day?
    var url: String?
    var isEmpty: Bool { title == nil && source == nil && published == nil && url == nil }

    /// Front matter wins field by field over the sidecar.
    func overriding(_ other: Metadata) -> Metadata {
        Metadata(title: title ?? other.title, source: source ?? other.source,
                 published: published ?? other.published, url: url ?? other.url)
    }

    /// Reads the fields of a YAML mapping; problems become diagnostics (lines shifted by `lineOffset`).
    /// A date outside `years` (year 0, 99999) is reported and ignored.
    static func read(_ mapping: Node.Mapping, file: String, lineOffset: Int, years: ClosedRange<Int> = 1000...9999,
                     into diags: inout [Diagnostic]) -> Metadata {
        var m = Metadata()
        for (key, value) in mapping {
            guard let k = key.string?.lowercased() else { continue }
            let line = (value.mark?.line).map { $0 + lineOffset }
            guard ["title", "source", "published", "date", "url"].contains(k) else { continue }
            guard let raw = value.scalar?.string.trimmingSpaces, !raw.isEmpty else {
                diags.append(Diagnostic(.warning, file: file, line: line, "'\(k)' should be a single text value; ignored"))
                continue
            }
            // YAML escapes ("\e", "\x1b") can still make control characters: none reaches a screen.
            var sc = Array(raw.unicodeScalars)
            let v = TextDecoding.replaceControls(&sc) == nil ? raw : plainString(sc[...])
            switch k {
            case "title": m.title = v
            case "source": m.source = v
            case "url": m.url = v
            default:
                if let d = parseDay(v), !years.contains(d.year) {
                    diags.append(Diagnostic(.warning, file: file, line: line, "'\(k)' year \(d.year) is outside \(years.lowerBound)–\(years.upperBound): \(v); ignored"))
                } else if let d = parseDay(v) { m.published = d } else {
                    diags.append(Diagnostic(.warning, file: file, line: line, "'\(k)' is not a date (YYYY-MM-DD): \(v); ignored"))
                }
            }
        }
        return m
    }

    static func parseDay(_ v: String) -> Day? {
        if v.count >= 10, let d = Day(iso: String(v.prefix(10))) { return d }
        let tk = DateWordToken.words(of: v)
        if let p = DatePhrase.read(tk, at: 0), let y = p.year { return Day(year: y, month: p.month, day: p.day) }
        return nil
    }

    /// Anchors and aliases are refused before Yams sees them: a few lines of aliases nested in aliases expand
    /// without bound (a mapping key made of them is hashed node by node and never finishes), and no metadata
    /// field needs them.
    struct AnchorError: Error {
        /// 1-based, as Yams counts.
        var line: Int
    }

    /// `Yams.compose`, after refusing anchors and aliases.
    static func compose(_ yaml: String) throws -> Node? {
        if let line = usesAnchorsOrAliases(yaml) { throw AnchorError(line: line) }
        return try Yams.compose(yaml: yaml)
    }

    /// The 1-based line of the first anchor (`&a`) or alias (`*a`) where a YAML node starts, outside quotes and
    /// comments ("title: Markets *surge*" is text), or nil.
    static func usesAnchorsOrAliases(_ yaml: String) -> Int? {
        var flow = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let c = Array(line.unicodeScalars)
            var i = 0
            var nodeStart = true
            scan: while i < c.count {
                let ch = c[i]
                let spaceAfter = i + 1 == c.count || c[i + 1] == " " || c[i + 1] == "\t"
                if nodeStart {
                    switch ch {
                    case " ", "\t": i += 1; continue scan
                    case "&", "*": return index + 1
                    case "#": break scan
                    case "\"", "'":
                        i += 1
                        while i < c.count && c[i] != ch { i += ch == "\"" && c[i] == "\\" ? 2 : 1 }
                        i += 1
                        nodeStart = false
                        continue scan
                    case "-" where spaceAfter, "?" where spaceAfter, ":" where spaceAfter: i += 1; continue scan
                    case "[", "{": flow += 1; i += 1; continue scan
                    case "!":
                        while i < c.count && c[i] != " " { i += 1 }  // a tag: the node follows it
                        continue scan
                    default: nodeStart = false
                    }
                }
                if ch == "#", i > 0, c[i - 1] == " " || c[i - 1] == "\t" { break scan }
                if ch == ":", spaceAfter || (flow > 0 && (c[i + 1] == "," || c[i + 1] == "]" || c[i + 1] == "}")) { nodeStart = true }
                if flow > 0 && ch == "," { nodeStart = true }
                if flow > 0 && (ch == "]" || ch == "}") { flow -= 1 }
                i += 1
            }
        }
        return nil
    }

    /// A line number and message from a Yams error.
    static func describe(_ error: Error) -> (line: Int?, message: String) {
        if let e = error as? AnchorError { return (e.line, "YAML anchors and aliases (& and *) are not read") }
        if let e = error as? YamlError {
            switch e {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return (mark.line, problem)
            case .reader(let problem, _, _, _): return (nil, problem)
            case .duplicatedKeysInMapping(let dups, let ctx): return (ctx.mark.line, "duplicated keys \(dups.joined(separator: ", "))")
            default: return (nil, "\(e)")
            }
        }
        return (nil, "\(error)")
    }
}
