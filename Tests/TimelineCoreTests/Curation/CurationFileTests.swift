import Foundation
import Testing
import TimelineCore

@Suite struct CurationFileTests {
    typealias F = CurationFixture

    /// One entry of every operation, with texts that look like other YAML types.
    static var everyOperation: Curation {
        let talks = EventRef(F.event(F.chronology, "e-talks")!), crane = EventRef(F.event(F.chronology, "e-crane")!)
        let ops: [CurationOperation] = [
            .star(talks), .unstar(talks), .note(talks, text: "yes"), .note(crane, text: "Two lines:\n- “quoted”: 12 # not a comment"),
            .hide(crane), .unhide(crane), .hideMention(MentionRef(F.talksB)), .unhideMention(MentionRef(F.talksB)),
            .setDate(crane, text: "2021-05-05"), .setDate(talks, text: "5 May"), .setModality(talks, .expected),
            .merge(crane, into: talks), .split(MentionRef(F.talksA)), .rename(talks, summary: "null"),
        ]
        let authors = ["ana", "123", "true", "O'Brien: desk"]
        return Curation(entries: ops.enumerated().map { i, op in
            F.entry(op, author: authors[i % authors.count], time: "2026-12-04T07:\(10 + i):00Z")
        })
    }

    @Test func roundTripsEveryOperation() throws {
        let curation = Self.everyOperation
        let text = CurationFile.serialize(curation)
        let back = try CurationFile.parse(text, file: "c.yaml")
        #expect(back == curation)
        #expect(CurationFile.serialize(back) == text)
        // Each entry remembers the line it starts on.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for e in back.entries {
            let line = try #require(e.line)
            #expect(lines[line - 1].hasPrefix("- id: "))
        }
    }

    @Test func keysComeInAFixedOrderAndLinesAreNeverFolded() throws {
        let long = String(repeating: "long note ", count: 30) + "end"
        let entry = F.entry(.note(EventRef(F.event(F.chronology, "e-talks")!), text: long))
        let text = CurationFile.serialize(Curation(entries: [entry]))
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            String(line.drop { $0 == " " || $0 == "-" }.prefix { $0 != ":" })
        }
        #expect(keys == ["version", "entries", "id", "author", "time", "op", "note", "event",
                         "document", "sentence-hash", "trigger", "sentence", "document", "sentence-hash", "trigger", "sentence"])
        #expect(text.contains("\n  note: \(long)\n"))
        #expect(text.contains("trigger: [6, 11]"))
    }

    @Test func appendingAnEntryOnlyAddsLines() throws {
        var curation = Self.everyOperation
        let before = CurationFile.serialize(curation)
        curation.entries.append(F.entry(.star(EventRef(F.event(F.chronology, "e-quit")!)), time: "2026-12-05T00:00:00Z"))
        let after = CurationFile.serialize(curation)
        #expect(after.hasPrefix(before))
    }

    @Test func anEmptyOrMissingListIsAnEmptyCuration() throws {
        #expect(try CurationFile.parse("", file: "c.yaml") == Curation())
        #expect(try CurationFile.parse("# only a comment\n", file: "c.yaml") == Curation())
        #expect(try CurationFile.parse("version: 1\nentries: []\n", file: "c.yaml") == Curation())
        #expect(try CurationFile.parse("version: 1\n", file: "c.yaml") == Curation())
    }

    /// A broken file: the error names the file and the line of the problem.
    @Test(arguments: [
        ("version: 1\nentries:\n- id: a\n  author: ana\n  time: t\n  op: stra\n", 6, "unknown op 'stra'"),
        ("version: 1\nentries:\n- id: a\n  author: ana\n  time: t\n  op: star\n", 3, "needs 'event'"),
        ("version: 1\nentries:\n- id: a\n  author: ana\n  op: star\n", 3, "no 'time'"),
        ("version: 1\nentries:\n- id: a\n  author: ana\n  time: t\n  op: split\n  mention:\n    document: d\n    sentence-hash: h\n    trigger: [5, 2]\n", 10, "trigger"),
        ("version: 1\nentries:\n- id: a\n  author: ana\n  time: t\n  op: split\n  mentoin: {}\n", 7, "unknown key 'mentoin'"),
        ("version: 1\nentries:\n- id: a\n  author: ana\n  time: t\n  op: modality\n  modality: maybe\n  event: []\n", 7, "modality 'maybe'"),
        ("version: 1\nentries:\n- id: a\n  author: \"ana\n  time: t\n", 6, "quoted scalar (from line 4)"),
        ("version: 1\nentries:\n  - id: a\n   author: ana\n", 4, "not valid YAML"),
        ("version: 7\nentries: []\n", 1, "newer tltui"),
        ("version: 1\nentries: *x\n", 2, "anchors and aliases"),
        ("entries: just text\n", 1, "should be a list"),
    ] as [(String, Int, String)])
    func brokenFilesNameTheLine(yaml: String, line: Int, says: String) {
        #expect {
            try CurationFile.parse(yaml, file: "folder/tltui-curation.yaml")
        } throws: { error in
            guard let e = error as? CurationFileError else { return false }
            return e.file == "folder/tltui-curation.yaml" && e.line == line && e.message.contains(says)
                && e.description.hasPrefix("folder/tltui-curation.yaml:\(line): ")
        }
    }

    @Test func aDuplicatedIdIsRefused() {
        let e = F.entry(.star(EventRef(F.event(F.chronology, "e-talks")!)))
        let text = CurationFile.serialize(Curation(entries: [e, e]))
        #expect(throws: CurationFileError.self) { try CurationFile.parse(text, file: "c.yaml") }
    }
}
