import Foundation
import Testing
import TimelineCore
@testable import tltui

/// Curation in the browser, through the reducer: keys give curation effects (values); the writer runs them
/// against a real file, and its answer, fed back, changes what is shown.
@Suite struct CurationBrowserTests {
    static func file() throws -> String {
        let dir = NSTemporaryDirectory() + "tltui-curation-tui-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/tltui-curation.yaml"
    }

    /// The fixture browser with a curation file (empty unless given).
    static func state(file: String, author: String = "ana") throws -> AppState {
        let entries = try CurationStore(path: file).read()
        let s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology()), curation: CurationState(file: file, author: author, entries: entries))
        return reduce(s, .resize(width: 120, height: 40))
    }

    /// Keys through the reducer, running the curation effects as the terminal layer does (at a fixed time).
    static func run(_ s: AppState, _ keys: [Key]) -> AppState {
        var s = s
        for k in keys {
            var pending = update(&s, .key(k))
            while !pending.isEmpty {
                let e = pending.removeFirst()
                if case .curate(let job) = e { pending += update(&s, CurationWriter.run(job, time: "2026-12-04T09:00:00Z")) }
            }
        }
        return s
    }

    static func typing(_ text: String) -> [Key] { text.map { Key.char($0) } }

    func event(_ s: AppState, _ id: String) -> Event? { s.chronology.events.first { $0.id == id } }

    @Test func starIsAnEffectNotAWrite() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        let ref = EventRef(s.selectedEvent!)
        let effects = update(&s, .key(.char("*")))
        #expect(effects == [.curate(CurationJob(file: file, author: "ana", change: .add(.star(ref))))])
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(s.selectedEvent?.curation.starred == false)
    }

    @Test func starNoteAndUndoRedo() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        let id = s.selectedEvent!.id
        s = Self.run(s, [.char("*")])
        #expect(event(s, id)?.curation.starred == true)
        #expect(s.selectedEvent?.id == id)
        s = Self.run(s, [.char("a")] + Self.typing("call the governor") + [.enter])
        #expect(event(s, id)?.curation.notes.map(\.text) == ["call the governor"])
        #expect(try CurationStore(path: file).read().entries.count == 2)
        // The timeline marks it, the detail pane shows the note.
        let screen = render(s)
        #expect((0..<40).contains { screen.line($0).contains("★") })
        #expect((0..<40).contains { screen.line($0).contains("ana, 4 Dec 2026: call the governor") })
        // u removes the note, then the star; Ctrl-R writes the star again.
        s = Self.run(s, [.char("u")])
        #expect(event(s, id)?.curation.notes.isEmpty == true)
        s = Self.run(s, [.char("u")])
        #expect(event(s, id)?.curation.starred == false)
        #expect(try CurationStore(path: file).read().entries.isEmpty)
        s = Self.run(s, [.ctrl("r")])
        #expect(event(s, id)?.curation.starred == true)
        #expect(try CurationStore(path: file).read().entries.count == 1)
        s = Self.run(s, [.char("u"), .char("u")])
        #expect(s.message == "nothing to undo")
    }

    @Test func hideEventAndMention() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        s = Self.run(s, [.char("H")])   // hides e1
        #expect(event(s, "e1") == nil)
        #expect(s.visible.count == 3)
        // The round (e4) has two mentions: hide the one on show.
        s = Self.run(s, [.char("G")])
        #expect(s.selectedEvent?.id == "e4")
        let shown = s.selectedMention!
        s = Self.run(s, [.char("X")])
        #expect(event(s, "e4")?.mentions.count == 1)
        #expect(event(s, "e4")?.mentions.contains(shown) == false)
        // The hidden filter shows both, marked; H there shows the event again.
        s = Self.run(s, [.char("C"), .char("C"), .char("C"), .char("C")])
        #expect(s.filter.marks == [.hidden])
        #expect(Set(s.visible.map { s.chronology.events[$0].id }) == ["e1", "e4"])
        s = Self.run(s, [.char("g"), .char("H")])
        #expect(s.curation.entries.entries.last.map { if case .unhide = $0.operation { true } else { false } } == true)
        s = Self.run(s, [.char("C")])
        #expect(s.filter.marks.isEmpty)
        #expect(event(s, "e1") != nil)
    }

    @Test func setDateModalityAndRename() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        let id = s.selectedEvent!.id
        // Against the article's publication (28 March 2022), "yesterday" is 27 March; "next friday" 1 April.
        s = Self.run(s, [.char("@")] + Self.typing("next friday") + [.enter])
        let dated = try #require(event(s, id))
        #expect(dated.date.interval == DayInterval(day: Day(iso: "2022-04-01")!))
        #expect(dated.date.derivation.hasPrefix("set by ana on 4 Dec 2026 (“next friday”); extracted: "))
        #expect(s.selectedEvent?.id == id)
        // It now sits last, after the round of 29 March.
        #expect(s.visible.last.map { s.chronology.events[$0].id } == id)
        s = Self.run(s, [.char("@")] + Self.typing("whenever") + [.enter])
        #expect(s.message?.contains("cannot read the date") == true)
        #expect(try CurationStore(path: file).read().entries.count == 1)
        s = Self.run(s, [.char("=")] + Self.typing("cl") + [.enter])
        #expect(event(s, id)?.modality == .claimed)
        // Rename starts from the summary; Backspace edits it.
        s = Self.run(s, [.char("r")])
        #expect(s.mode == .prompt(.rename, "Shelling hit Kharkiv"))
        s = Self.run(s, [.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace] + Self.typing("Kharkiv centre") + [.enter])
        #expect(event(s, id)?.summary == "Shelling hit Kharkiv centre")
    }

    @Test func markMergeAndSplit() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        // Mark the shelling (e1), merge it into the repairs (e3).
        s = Self.run(s, [.char("m")])
        #expect(s.curation.mark != nil)
        s = Self.run(s, [.char("J")])
        #expect(s.message?.contains("marked event itself") == true)
        s = Self.run(s, [.char("j"), .char("j"), .char("J")])
        #expect(s.curation.mark == nil)
        #expect(event(s, "e1") == nil)
        #expect(event(s, "e3")?.mentions.count == 2)
        // Split the shelling's mention off again.
        s = Self.run(s, [.char("g")])
        while s.selectedEvent?.id != "e3" { s = Self.run(s, [.char("j")]) }
        let index = try #require(s.selectedEvent?.mentions.firstIndex { $0.text.contains("Shelling") })
        s.mentionIndex = index
        s = Self.run(s, [.char("S")])
        #expect(event(s, "e3")?.mentions.count == 1)
        #expect(s.chronology.events.count == 4)
        #expect(s.chronology.events.contains { $0.mentions.count == 1 && $0.mentions[0].text.contains("Shelling") && $0.id != "e1" })
        // An event of one mention cannot be split.
        s = Self.run(s, [.char("S")])
        #expect(s.message == "this event has only this mention")
    }

    @Test func anotherProcessesEntriesAreKeptAndShown() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        var s = try Self.state(file: file)
        // Another tltui stars the round meanwhile.
        let round = try #require(s.chronology.events.first { $0.id == "e4" })
        try CurationStore(path: file).add(CurationEntry(author: "ben", time: "2026-12-04T08:59:00Z", operation: .star(EventRef(round))))
        s = Self.run(s, [.char("*")])
        let entries = try CurationStore(path: file).read().entries
        #expect(entries.map(\.author) == ["ben", "ana"])
        #expect(event(s, "e4")?.curation.starred == true)
        // Undo removes only this session's entry.
        s = Self.run(s, [.char("u")])
        #expect(try CurationStore(path: file).read().entries.map(\.author) == ["ben"])
    }

    @Test func anUnreadableFileTurnsCuratingOff() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let broken = "version: 1\nentries:\n- id: x\n  op: [\n"
        try broken.write(toFile: file, atomically: false, encoding: .utf8)
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology()),
                         curation: CurationState(file: file, author: "ana", error: "\(file):4: not valid YAML"))
        s = reduce(s, .resize(width: 120, height: 40))
        let effects = update(&s, .key(.char("*")))
        #expect(effects.isEmpty)
        #expect(s.message?.hasPrefix("curation is off: ") == true)
        #expect(render(s).line(39).contains("curation file unreadable"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == broken)
    }

    /// Effects of a message, run as the terminal layer runs them (the curation ones only).
    static func deliver(_ s: AppState, _ message: Message) -> AppState {
        var s = s
        var pending = update(&s, message)
        while !pending.isEmpty {
            if case .curate(let job) = pending.removeFirst() { pending += update(&s, CurationWriter.run(job, time: "2026-12-04T09:00:00Z")) }
        }
        return s
    }

    @Test func reloadReadsTheFileAgain() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        try "version: 1\nentries:\n- id: x\n  op: [\n".write(toFile: file, atomically: false, encoding: .utf8)
        var s = AppState(corpus: BrowserCorpus(chronology: Fixture.chronology()),
                         curation: CurationState(file: file, author: "ana", error: "\(file):4: not valid YAML"))
        // Someone fixes the file and stars the round meanwhile; R reads it again.
        try FileManager.default.removeItem(atPath: file)
        let round = try #require(s.chronology.events.first { $0.id == "e4" })
        try CurationStore(path: file).add(CurationEntry(author: "ben", time: "2026-12-04T08:59:00Z", operation: .star(EventRef(round))))
        s = Self.deliver(s, .reloaded(BrowserCorpus(chronology: Fixture.chronology())))
        #expect(s.curation.error == nil)
        #expect(event(s, "e4")?.curation.starred == true)
        // Broken again: curating turns off, the file is left alone.
        let broken = "version: 1\nentries: [\n"
        try broken.write(toFile: file, atomically: false, encoding: .utf8)
        s = Self.deliver(s, .reloaded(BrowserCorpus(chronology: Fixture.chronology())))
        #expect(s.curation.error?.contains(file) == true)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == broken)
    }

    @Test func orphansShowInTheStatusLine() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let gone = MentionRef(document: "a", sentenceHash: "0000000000000000", trigger: TextRange(0, 4), sentence: "A sentence no longer there.")
        try CurationStore(path: file).add(CurationEntry(author: "ben", time: "2026-12-04T08:59:00Z", operation: .star(EventRef(mentions: [gone]))))
        let s = try Self.state(file: file)
        #expect(s.curation.orphans.count == 1)
        #expect(render(s).line(39).contains("1 curation entry orphaned"))
        // The documents view lists the orphan itself: what it did, who, and why it no longer finds its mention.
        let listed = documentLines(s, width: 200).map(\.text)
        #expect(listed.contains { $0.contains("Orphaned curation entries (1") })
        #expect(listed.contains { $0.contains("star by ben") })
    }

    @Test func everyCurationKeyIsInTheHelp() {
        let help = Keymap.bindings.filter { if case .curate = $0.action { true } else { false } }
        #expect(help.count == 13)
        #expect(Set(help.flatMap(\.keys).map { $0.label() }).count == 13)
        // No key is bound twice in the browse table.
        let keys = Keymap.bindings.flatMap(\.keys)
        #expect(Set(keys.map { $0.label() }).count == keys.count)
    }
}
