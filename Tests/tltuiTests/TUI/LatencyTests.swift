@testable import tltui
import Foundation
import Testing
import TimelineCore

/// What keeps keys answered while a large corpus streams in: an event of many mentions is detailed off the main
/// thread while the panes say so, a new corpus is put in place with lookups made when it was made, and the loop
/// applies one new corpus per frame.
@Suite struct LatencyTests {
    /// The fixture with, second on the timeline, an event reported `n` times alternately by both articles.
    static func withLargeEvent(_ n: Int) -> Chronology {
        var c = Fixture.chronology()
        let docs = c.documents
        let mentions = (0..<n).map { k in Fixture.mention(docs[k % 2], sentence: 1 + k % 2, date: Fixture.day27) }
        let large = Event(id: "big", summary: "Reports agree on something", modality: .happened,
                          date: Fixture.date(Fixture.day27), mentions: mentions)
        c.events.insert(large, at: 1)
        return c
    }

    static func detailsJobs(_ effects: [Effect]) -> [DetailsJob] {
        effects.compactMap { if case .eventDetails(let job) = $0 { return job } else { return nil } }
    }

    @Test func aLargeEventIsDetailedInTheBackgroundWhileThePanesSaySo() throws {
        let n = EventDetails.inlineLimit + 50
        var s = AppState(chronology: Self.withLargeEvent(n))
        _ = update(&s, .key(.resize(width: 160, height: 40)))
        #expect(Self.detailsJobs(update(&s, .key(.char(">")))).isEmpty, "a small event is detailed when drawn")
        let jobs = Self.detailsJobs(update(&s, .key(.char("j"))))
        let job = try #require(jobs.first)
        #expect(jobs.count == 1 && job.event == 1 && s.selectedEvent?.id == "big")
        // Until the details come, the event's mentions are not read here, and the panes say what is coming.
        #expect(s.selectedMention == nil && !s.mentionsReady)
        let screen = render(s).text
        #expect(screen.contains("Sources: gathering \(AppState.grouped(n)) mentions…"), "\(screen)")
        #expect(screen.contains("gathering the event's \(AppState.grouped(n)) mentions…"), "\(screen)")
        // Asked once, whatever the keys meanwhile.
        #expect(Self.detailsJobs(update(&s, .key(.char("<")))).isEmpty)
        job.run()
        _ = update(&s, .detailsReady(job.ask))
        #expect(s.mentionsReady)
        let m = try #require(s.selectedMention)
        let sentence = try #require(s.shownDocument?.sentences.firstIndex { $0.range == m.range })
        #expect(s.sourceSentence == sentence)
        let after = render(s).text
        #expect(after.contains("Sources (2 outlets, \(n) mentions)"), "\(after)")
        #expect(s.selectedDetails == EventDetails(s.chronology.events[1], documents: s.documents))
    }

    @Test func detailsOfAnotherEventDoNotMoveTheSourcePane() throws {
        var s = AppState(chronology: Self.withLargeEvent(EventDetails.inlineLimit + 1))
        let job = try #require(Self.detailsJobs(update(&s, .key(.char("j")))).first)
        _ = update(&s, .key(.char("j")))
        s.focus = .source
        _ = update(&s, .key(.char("j")))
        let cursor = s.sourceSentence
        job.run()
        _ = update(&s, .detailsReady(job.ask))
        #expect(s.sourceSentence == cursor)
    }

    @Test func aCorpusReplacedAgainIsDetailedAgain() throws {
        let c = Self.withLargeEvent(EventDetails.inlineLimit + 1)
        var s = AppState(chronology: c)
        #expect(Self.detailsJobs(update(&s, .key(.char("j")))).count == 1)
        let effects = update(&s, .loaded(BrowserCorpus(chronology: c)))
        #expect(s.selectedEvent?.id == "big")
        #expect(Self.detailsJobs(effects).count == 1, "the new corpus has its own details")
    }

    @Test func lookupsMadeWithTheCorpusGiveWhatAPassOverTheEventsGives() {
        let c = Self.withLargeEvent(3)
        let indexes = BrowserCorpus(chronology: c).indexes
        indexes.prepareDisplay()
        #expect(indexes.allEvents == TimelineView(visible: Array(c.events.indices), events: c.events))
        for d in c.documents {
            let scan = c.events.indices.filter { c.events[$0].mentions.contains { $0.document == d.id } }
            #expect(indexes.events(reporting: d.id).map(Int.init) == scan)
        }
        for (i, e) in c.events.enumerated() { #expect(indexes.firstEvent(withID: e.id) == i) }
        #expect(indexes.firstEvent(withID: "no such id") == nil)
        let view = TimelineView(visible: [0, 2, 4])
        #expect(view.row(ofEvent: 2) == 1 && view.row(ofEvent: 3) == nil && view.row(ofEvent: 5) == nil)
    }

    @Test func theSelectionFollowsItsMentionUnderAFilterWhenAMergeChangesTheId() {
        var s = AppState(loading: LoadingTests.info, filter: EventFilter(cities: ["Istanbul"]))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        _ = update(&s, .loadPartial(LoadingTests.partial(["e1", "e4"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        #expect(s.selectedEvent?.id == "e4")
        s = press(s, .char("]"))
        #expect(s.mentionIndex == 1)
        _ = update(&s, .loadPartial(LoadingTests.partial(["e1", "e3", "e4"], renaming: ["e4": "e9"]), LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))
        #expect(s.selectedEvent?.id == "e9" && s.mentionIndex == 1)
    }

    @Test(arguments: [1, 2, 5, 9, 40])
    func theFirstLinesOfALongTextWrapAsTheWholeTextDoes(width: Int) {
        let text = "the sources disagree:  2021-01 (Yonhap), 2021 (EFE),\t北京北京 and   Kharkiv’s “mayor” — " + String(repeating: "x", count: 23)
            + " " + (1...40).map { "2021-01-\($0) (dpa)" }.joined(separator: ", ")
        let whole = DisplayWidth.wrap(text, width: width)
        for n in [1, 2, 3, 7, whole.count, whole.count + 3] {
            #expect(DisplayWidth.wrap(text, width: width, maxLines: n) == Array(whole.prefix(n)), "\(n) lines of \(width)")
        }
        #expect(DisplayWidth.wrap("", width: width, maxLines: 2) == [""])
    }

    @Test func aLoadAppliesTheCurationSoTheStateNeedNot() throws {
        let round = try #require(Fixture.chronology().events.first { $0.id == "e4" })
        let entries = Curation(entries: [CurationEntry(id: "c1", author: "ana", time: "2026-12-04T09:00:00Z", operation: .star(EventRef(round)))])
        var s = AppState(loading: LoadingTests.info, curation: CurationState(file: "/tmp/none.yaml", entries: entries))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        let request = try #require(s.curationRequest)
        let made = LoadingTests.partial(["e1", "e4"]).prepared(applying: request)
        #expect(made.curated && made.applied?.request == request)
        _ = update(&s, .loadPartial(made, LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        // Put in place as the load made it: the state did not apply the curation again.
        #expect(s.indexes === made.indexes)
        #expect(s.chronology.events.first { $0.id == "e4" }?.curation.starred == true)
        // A corpus made before the curation changed is curated again here.
        s.curation.entries = Curation()
        let stale = LoadingTests.partial(["e1", "e2", "e4"]).prepared(applying: request)
        _ = update(&s, .loadPartial(stale, LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))
        #expect(s.indexes !== stale.indexes)
        #expect(s.chronology.events.first { $0.id == "e4" }?.curation.starred == false)
        // No curation: the load's corpus is shown as made, its display lookups ready.
        let plain = LoadingTests.partial(["e1"]).prepared(applying: nil)
        #expect(!plain.curated)
    }

    @Test func theLoopAppliesOneNewCorpusPerFrame() {
        let a = LoadingTests.partial(["e1"]), b = LoadingTests.partial(["e1", "e2"]), all = LoadingTests.partial(["e1", "e2", "e3"])
        let p1 = LoadProgress(phase: .analysing, done: 1, total: 3), p2 = LoadProgress(phase: .merging, done: 3, total: 3)
        let queued: [Message] = [.loadProgress(p1), .loadPartial(a, p1), .note("x"), .loadProgress(p2), .loaded(b), .detailsReady(DetailsAsk(all.indexes, event: 0))]
        let first = Inbox.nextBatch(queued)
        #expect(first.now == [.loadProgress(p1), .loadPartial(a, p1), .note("x"), .loadProgress(p2)])
        #expect(first.later == [.loaded(b), .detailsReady(DetailsAsk(all.indexes, event: 0))])
        let second = Inbox.nextBatch(first.later)
        #expect(second.now == first.later && second.later.isEmpty)
        #expect(Inbox.nextBatch([]).now.isEmpty)
    }
}
