import Testing
@testable import TimelineCore

/// Events the merge makes refer to their mentions in the table of every document's mentions instead of holding
/// copies (`MentionTable`); they read as if they held them.
@Suite struct MentionTableTests {
    static func mention(_ document: String, _ start: Int, dated: Bool = true) -> Mention {
        let day = Day(year: 2024, month: 3, day: 26)!
        return Mention(document: document, range: TextRange(start, start + 5), text: "Talks \(start).",
                       date: EventDate(value: "2024-03-26", interval: dated ? DayInterval(day, day) : nil, granularity: .day),
                       modality: .happened)
    }

    static let table = MentionTable([[mention("a", 0), mention("a", 10, dated: false)], [], [mention("b", 0), mention("b", 20)]])

    static func event(_ indices: [Int32]) -> Event {
        Event(id: "e", summary: "talks", modality: .happened, date: table[0].date, places: [], actors: [], conflict: false,
              table: table, indices: indices)
    }

    @Test func aMentionIsFoundThroughItsDocumentsList() {
        #expect(Self.table.count == 4)
        #expect(Self.table[1] == Self.mention("a", 10, dated: false))
        #expect(Self.table[2] == Self.mention("b", 0) && Self.table[3] == Self.mention("b", 20))
    }

    @Test func anEventReadsItsMentionsFromTheTableInItsOrder() {
        let e = Self.event([3, 1, 0])
        #expect(e.mentions == [Self.table[3], Self.table[1], Self.table[0]])
        #expect(e.mentionCount == 3 && e.mentionDocuments == ["b", "a", "a"] && e.documentIDs == ["b", "a"])
        #expect(e.firstMention == Self.table[3])
        var seen: [String] = []
        e.forEachMentionDocument { document, undated in seen.append(document + (undated ? "?" : "")) }
        #expect(seen == ["b", "a?", "a"])
        #expect(e == Event(id: "e", summary: "talks", modality: .happened, date: Self.table[0].date, mentions: e.mentions))
    }

    @Test func changingAnEventsMentionsLeavesTheTableAlone() {
        var e = Self.event([2, 0])
        e.mentions[0].isHidden = true
        e.mentions.append(Self.table[1])
        #expect(e.mentions.map(\.isHidden) == [true, false, false] && e.mentionCount == 3)
        #expect(e.mentions.map(\.range.start) == [0, 0, 10] && e.mentionDocuments == ["b", "a", "a"])
        #expect(!Self.table[2].isHidden)
    }

    @Test func summariesAreKeptInOnePoolPerDocument() {
        let found = ["talks resumed", "", "Ünal’s rescue"].enumerated().map { k, s in
            ExtractedMention(mention: Self.mention("a", k * 10), triggerClass: .talks, lemma: "talk", summary: s, ordinal: k)
        }
        let lists = MentionLists([found, [], [found[2], found[0]]])
        #expect((0..<5).map(lists.summary) == ["talks resumed", "", "Ünal’s rescue", "Ünal’s rescue", "talks resumed"])
        #expect(lists[extra: 3].ordinal == 2 && lists.lemma(4) == "talk")
    }

    /// The ordinals a mention follows are kept in its document's pool with its summary, the lemma as a number.
    @Test func followsAndLemmasAreKeptAsNumbers() {
        let follows = [[], [0], [0, 1, 300], []]
        let found = follows.enumerated().map { k, f in
            ExtractedMention(mention: Self.mention("a", k * 10), triggerClass: .talks, lemma: ["talk", "resume"][k % 2],
                             summary: "talks \(k)", ordinal: k + 200, follows: f)
        }
        let lists = MentionLists([found, [found[3], found[2]]])
        #expect((0..<6).map(lists.follows) == follows + [[], [0, 1, 300]])
        #expect((0..<6).map(lists.lemma) == ["talk", "resume", "talk", "resume", "resume", "talk"])
        #expect((0..<6).map(lists.summary) == ["talks 0", "talks 1", "talks 2", "talks 3", "talks 3", "talks 2"])
        #expect((0..<6).map { lists[extra: $0].ordinal } == [200, 201, 202, 203, 203, 202])
    }

    /// An event made by the merge reads its summary, places and actors from its chunk (`MergedEvents`); a change gives
    /// it values of its own, and leaves a copy of it, and the chunk, as they were.
    @Test func aMergedEventsValuesAreItsChunksUntilChanged() {
        let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city)
        let e = Event(id: "e", summary: "Talks 0 resumed", modality: .happened, date: Self.table[0].date, places: [kyiv],
                      actors: ["Peskov"], conflict: false, table: Self.table, indices: [0, 3])
        #expect(e.summary == "Talks 0 resumed" && e.places == [kyiv] && e.actors == ["Peskov"] && e.mentionCount == 2)
        var changed = e
        changed.summary = "Talks resumed"
        changed.places.append(kyiv)
        changed.curation.starred = true
        changed.outcomes = ["e2"]
        #expect(changed.summary == "Talks resumed" && changed.places == [kyiv, kyiv] && changed.actors == ["Peskov"])
        #expect(changed.mentions == [Self.table[0], Self.table[3]] && changed.curation.starred && changed.outcomes == ["e2"])
        #expect(e.summary == "Talks 0 resumed" && e.places == [kyiv] && !e.curation.starred && e.outcomes.isEmpty)
        var copy = changed
        copy.actors = []
        copy.plans = ["e0"]
        #expect(changed.actors == ["Peskov"] && changed.plans.isEmpty && copy.actors.isEmpty && copy.plans == ["e0"])
        #expect(MemoryLayout<Event>.stride <= 56)
    }

    @Test func theMergeMakesEventsOfTheTable() {
        let merger = MentionMerger(within: { _, _ in false })
        let found = [Self.mention("a", 0), Self.mention("b", 20)].enumerated().map { k, m in
            ExtractedMention(mention: m, triggerClass: .talks, lemma: "talk", summary: "talks \(k)", ordinal: 0)
        }
        let events = merger.merge(found, documents: [])
        #expect(events.flatMap(\.mentions).count == 2)
        #expect(Set(events.flatMap(\.mentions).map(\.document)) == ["a", "b"])
    }
}
