import Yams

/// The curation file: YAML, one entry per list item, keys in a fixed order, long lines never folded, so that a
/// change is a few added lines in a diff.
///
/// ```yaml
/// version: 1
/// entries:
/// - id: 5d0c1e9a7b
///   author: ana
///   time: 2026-12-04T07:33:20Z
///   op: date
///   date: 29 March
///   event:
///   - document: 004_2d0e0568f0b0d39c
///     sentence-hash: 1c8e3f0a9b7d2e64
///     trigger: [32, 38]
///     sentence: Ukrainian and Russian officials will resume peace talks in Turkey.
/// ```
public enum CurationFile {
    public static let version = 1

    static let header = """
    # tltui curation: stars, notes and corrections to the chronology of this corpus, one entry per item.
    # tltui rewrites this file (comments other than this header are not kept). Mentions are found by document,
    # sentence hash and trigger offsets (Unicode scalars within the sentence); the sentence is there for people.

    """

    // MARK: - Writing

    public static func serialize(_ curation: Curation) -> String {
        let root = Node([
            (Node("version"), Node(String(version))),
            (Node("entries"), Node(curation.entries.map(node))),
        ])
        // Serialising nodes built here cannot fail (no aliases, no invalid scalars); the fallback keeps the core trap-free.
        let body = (try? Yams.serialize(node: root, width: -1, allowUnicode: true, sortKeys: false)) ?? "version: \(version)\nentries: []\n"
        return header + body
    }

    static func node(_ e: CurationEntry) -> Node {
        var pairs: [(Node, Node)] = [(Node("id"), text(e.id)), (Node("author"), text(e.author)),
                                     (Node("time"), text(e.time)), (Node("op"), Node(e.operation.name))]
        func add(_ key: String, _ value: Node) { pairs.append((Node(key), value)) }
        switch e.operation {
        case .star(let r), .unstar(let r), .hide(let r), .unhide(let r): add("event", node(r))
        case .note(let r, let t): add("note", text(t)); add("event", node(r))
        case .setDate(let r, let t): add("date", text(t)); add("event", node(r))
        case .setModality(let r, let m): add("modality", Node(m.rawValue)); add("event", node(r))
        case .rename(let r, let s): add("summary", text(s)); add("event", node(r))
        case .merge(let a, let b): add("event", node(a)); add("into", node(b))
        case .hideMention(let m), .unhideMention(let m), .split(let m): add("mention", node(m))
        }
        return Node(pairs)
    }

    static func node(_ r: EventRef) -> Node { Node(r.mentions.map(node)) }

    static func node(_ m: MentionRef) -> Node {
        Node([
            (Node("document"), text(m.document)),
            (Node("sentence-hash"), text(m.sentenceHash)),
            (Node("trigger"), Node([Node(String(m.trigger.start)), Node(String(m.trigger.end))], .implicit, .flow)),
            (Node("sentence"), text(m.sentence)),
        ])
    }

    /// A string scalar that reads back as the same string in any YAML reader: quoted where it would read as a
    /// number, a boolean, null or a date.
    static func text(_ s: String) -> Node {
        let plain = Node(s)
        // A letter first and a space inside: no YAML number, boolean, null or date looks like that (skips the regexes).
        if let first = s.unicodeScalars.first, first.properties.isAlphabetic, s.utf8.contains(32) { return plain }
        if case .scalar(let sc) = plain, Resolver.default.resolveTag(of: plain) != .str || sc.string.isEmpty {
            return Node(s, .implicit, .doubleQuoted)
        }
        return plain
    }

    // MARK: - Reading

    /// Reads a curation file's text; `file` names it in errors. Nothing but a whole, valid file is accepted.
    public static func parse(_ yaml: String, file: String) throws(CurationFileError) -> Curation {
        let root: Node?
        do { root = try Metadata.compose(yaml) } catch {
            var d = Metadata.describe(error)
            // "found unexpected end of stream" says more with where it began: "while scanning a quoted scalar (from line 4)".
            if let e = error as? YamlError {
                switch e {
                case .scanner(let c?, _, let mark, _), .parser(let c?, _, let mark, _), .composer(let c?, _, let mark, _):
                    if c.mark.line != mark.line { d.message += " \(c.text) (from line \(c.mark.line))" }
                default: break
                }
            }
            throw CurationFileError(file: file, line: d.line, message: "not valid YAML: " + d.message)
        }
        guard let root else { return Curation() }
        var reader = Reader(file: file)
        return try reader.curation(root)
    }

    struct Reader {
        let file: String

        func fail(_ node: Node?, _ message: String) -> CurationFileError {
            CurationFileError(file: file, line: node?.mark?.line, message: message)
        }

        func mapping(_ node: Node, _ what: String, allowed: [String]) throws(CurationFileError) -> [String: Node] {
            guard let m = node.mapping else { throw fail(node, "\(what) should be a mapping (key: value lines)") }
            var out: [String: Node] = [:]
            for (k, v) in m {
                guard let key = k.string else { throw fail(k, "a key of \(what) is not text") }
                guard allowed.contains(key) else {
                    throw fail(k, "unknown key '\(key)' in \(what) (expected \(allowed.joined(separator: ", ")))")
                }
                out[key] = v
            }
            return out
        }

        func string(_ fields: [String: Node], _ key: String, in what: String, at node: Node) throws(CurationFileError) -> String {
            guard let v = fields[key] else { throw fail(node, "\(what) has no '\(key)'") }
            guard case .scalar(let s) = v else { throw fail(v, "'\(key)' should be a single text value") }
            return s.string
        }

        mutating func curation(_ root: Node) throws(CurationFileError) -> Curation {
            let fields = try mapping(root, "the file", allowed: ["version", "entries"])
            if let v = fields["version"] {
                guard let n = v.scalar.flatMap({ Int($0.string) }) else { throw fail(v, "'version' should be a number") }
                guard n <= CurationFile.version else {
                    throw fail(v, "version \(n) is from a newer tltui (this one reads version \(CurationFile.version))")
                }
            }
            guard let list = fields["entries"] else { return Curation() }
            if case .scalar(let s) = list, s.string.isEmpty || s.string == "null" || s.string == "~" { return Curation() }
            guard let items = list.sequence else { throw fail(list, "'entries' should be a list (lines starting with '- ')") }
            var entries: [CurationEntry] = []
            var seen: [String: Int] = [:]
            for item in items {
                let e = try entry(item)
                if let first = seen[e.id] { throw fail(item, "entry id '\(e.id)' is used twice (first on line \(first))") }
                seen[e.id] = item.mark?.line ?? 0
                entries.append(e)
            }
            return Curation(entries: entries)
        }

        static let opKeys = ["id", "author", "time", "op", "event", "into", "mention", "note", "date", "modality", "summary"]

        func entry(_ node: Node) throws(CurationFileError) -> CurationEntry {
            let f = try mapping(node, "an entry", allowed: Self.opKeys)
            let id = try string(f, "id", in: "the entry", at: node)
            let author = try string(f, "author", in: "the entry", at: node)
            let time = try string(f, "time", in: "the entry", at: node)
            let op = try string(f, "op", in: "the entry", at: node)
            func event(_ key: String = "event") throws(CurationFileError) -> EventRef {
                guard let v = f[key] else { throw fail(node, "a '\(op)' entry needs '\(key)' (its mentions)") }
                guard let list = v.sequence, !list.isEmpty else { throw fail(v, "'\(key)' should be a list of mentions") }
                var refs: [MentionRef] = []
                for m in list { refs.append(try mention(m)) }
                return EventRef(mentions: refs)
            }
            func one() throws(CurationFileError) -> MentionRef {
                guard let v = f["mention"] else { throw fail(node, "a '\(op)' entry needs 'mention'") }
                return try mention(v)
            }
            func value(_ key: String) throws(CurationFileError) -> String {
                try string(f, key, in: "a '\(op)' entry", at: node)
            }
            let operation: CurationOperation
            switch op {
            case "star": operation = .star(try event())
            case "unstar": operation = .unstar(try event())
            case "hide": operation = .hide(try event())
            case "unhide": operation = .unhide(try event())
            case "note": operation = .note(try event(), text: try value("note"))
            case "date": operation = .setDate(try event(), text: try value("date"))
            case "modality":
                let raw = try value("modality")
                guard let m = Modality(rawValue: raw) else {
                    throw fail(f["modality"], "modality '\(raw)' is not one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                operation = .setModality(try event(), m)
            case "rename": operation = .rename(try event(), summary: try value("summary"))
            case "merge": operation = .merge(try event(), into: try event("into"))
            case "hide-mention": operation = .hideMention(try one())
            case "unhide-mention": operation = .unhideMention(try one())
            case "split": operation = .split(try one())
            default:
                throw fail(f["op"], "unknown op '\(op)' (expected \(CurationOperation.names.joined(separator: ", ")))")
            }
            return CurationEntry(id: id, author: author, time: time, operation: operation, line: node.mark?.line)
        }

        func mention(_ node: Node) throws(CurationFileError) -> MentionRef {
            let f = try mapping(node, "a mention", allowed: ["document", "sentence-hash", "trigger", "sentence"])
            let document = try string(f, "document", in: "the mention", at: node)
            let hash = try string(f, "sentence-hash", in: "the mention", at: node)
            guard let t = f["trigger"] else { throw fail(node, "the mention has no 'trigger'") }
            guard let pair = t.sequence, pair.count == 2, let s = pair[0].scalar.flatMap({ Int($0.string) }),
                  let e = pair[1].scalar.flatMap({ Int($0.string) }), s >= 0, e >= s else {
                throw fail(t, "'trigger' should be two offsets [start, end] with start ≤ end")
            }
            let sentence = f["sentence"]?.scalar?.string ?? ""
            return MentionRef(document: document, sentenceHash: hash, trigger: TextRange(s, e), sentence: sentence)
        }
    }
}

/// A curation file that cannot be read: which file, which line, what is wrong. The file is left as it is.
public struct CurationFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `tltui-curation.yaml:14: unknown op 'stra' (…)`
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
