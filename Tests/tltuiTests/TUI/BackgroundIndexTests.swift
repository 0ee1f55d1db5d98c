@testable import tltui
import Foundation
import Testing
import TimelineCore

/// The pickers and the search while their counts and index are made in the background: the key opening them is
/// answered at once with a "counting"/"indexing" state, typing goes on meanwhile, and the answer of a corpus since
/// replaced by more rows is shown and followed by the current corpus's.
@Suite struct BackgroundIndexTests {
    /// Feeds one message; the effects it returned.
    static func send(_ s: inout AppState, _ m: Message) -> [Effect] { update(&s, m) }

    static func pickerJobs(_ effects: [Effect]) -> [PickerJob] {
        effects.compactMap { if case .pickerEntries(let job) = $0 { return job } else { return nil } }
    }

    static func searchJobs(_ effects: [Effect]) -> [SearchIndexJob] {
        effects.compactMap { if case .searchIndex(let job) = $0 { return job } else { return nil } }
    }

    static func picker(_ s: AppState) -> Picker? { if case .picker(let p) = s.mode { return p } else { return nil } }

    static func fresh() -> AppState {
        var s = AppState(chronology: Fixture.chronology())
        _ = update(&s, .key(.resize(width: 120, height: 40)))
        return s
    }

    @Test func aPickerOpensAtOnceAndCountsInTheBackground() throws {
        var s = Self.fresh()
        let jobs = Self.pickerJobs(Self.send(&s, .key(.char("c"))))
        let job = try #require(jobs.first)
        #expect(jobs.count == 1 && job.kind == .city)
        let open = try #require(Self.picker(s))
        #expect(open.counting && open.entries.isEmpty)
        #expect(render(s).text.contains("counting over 4 events…"), "\(render(s).text)")
        // Typing narrows meanwhile, asking nothing more.
        for c in "khar" { #expect(Self.pickerJobs(Self.send(&s, .key(.char(c)))).isEmpty) }
        #expect(Self.picker(s)?.query == "khar")
        _ = Self.send(&s, .pickerEntries(job.ask, job.run()))
        let counted = try #require(Self.picker(s))
        #expect(!counted.counting && counted.shown.map(\.name) == ["Kharkiv"] && counted.shown.first?.count == 2)
        _ = Self.send(&s, .key(.enter))
        #expect(s.mode == .browse && s.filter.cities == ["Kharkiv"] && s.visible.count == 2)
    }

    @Test func enterWhileCountingAppliesTheEntryOnceCounted() throws {
        var s = Self.fresh()
        let job = try #require(Self.pickerJobs(Self.send(&s, .key(.char("c")))).first)
        for c in "kyi" { _ = Self.send(&s, .key(.char(c))) }
        _ = Self.send(&s, .key(.enter))
        #expect(Self.picker(s)?.acceptWhenCounted == true && s.filter.cities.isEmpty)
        _ = Self.send(&s, .pickerEntries(job.ask, job.run()))
        #expect(s.mode == .browse && s.filter.cities == ["Kyiv"] && s.visible.map { s.chronology.events[$0].id } == ["e2"])
    }

    @Test func entriesCountedOnceAreShownWithoutAsking() throws {
        var s = Self.fresh()
        let job = try #require(Self.pickerJobs(Self.send(&s, .key(.char("s")))).first)
        _ = Self.send(&s, .pickerEntries(job.ask, job.run()))
        _ = Self.send(&s, .key(.escape))
        #expect(Self.pickerJobs(Self.send(&s, .key(.char("s")))).isEmpty)
        let p = try #require(Self.picker(s))
        #expect(!p.counting && Set(p.entries.map(\.value)) == ["Wire A", "Paper B"])
    }

    @Test func entriesOfAReplacedCorpusAreShownThenCountedAgain() throws {
        var s = AppState(loading: LoadingTests.info)
        _ = update(&s, .start(Size(width: 120, height: 40)))
        _ = Self.send(&s, .loadPartial(LoadingTests.partial(["e1", "e2"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        let first = try #require(Self.pickerJobs(Self.send(&s, .key(.char("c")))).first)
        // More rows arrive while the first count runs: nothing more is asked until it answers.
        let more = Self.send(&s, .loadPartial(LoadingTests.partial(["e1", "e2", "e3", "e4"]), LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))
        #expect(Self.pickerJobs(more).isEmpty)
        // The first answer is shown (the cursor stays on its entry) and the corpus on show is counted next.
        let again = Self.pickerJobs(Self.send(&s, .pickerEntries(first.ask, first.run())))
        #expect(Self.picker(s)?.entries.map(\.name) == ["Kharkiv", "Kyiv"])
        let job = try #require(again.first)
        #expect(again.count == 1 && job.corpus.indexes === s.indexes)
        #expect(Self.pickerJobs(Self.send(&s, .key(.down))).isEmpty)
        #expect(Self.picker(s).map { $0.shown[$0.cursor].name } == "Kyiv")
        _ = Self.send(&s, .pickerEntries(job.ask, job.run()))
        // Kharkiv now has two events and Istanbul arrived: Kyiv is third, the cursor with it.
        let current = try #require(Self.picker(s))
        #expect(current.entries.map(\.name) == ["Kharkiv", "Istanbul", "Kyiv"] && current.cursor == 2)
        #expect(Self.pickerJobs(Self.send(&s, .key(.char("k")))).isEmpty, "the entries are this corpus's")
    }

    @Test func anAnswerForAClosedPickerIsKeptButNotShown() throws {
        var s = Self.fresh()
        let job = try #require(Self.pickerJobs(Self.send(&s, .key(.char("A")))).first)
        _ = Self.send(&s, .key(.escape))
        _ = Self.send(&s, .pickerEntries(job.ask, job.run()))
        #expect(s.mode == .browse)
        #expect(s.indexes.pickerEntriesIfReady(.actor) != nil)
    }

    @Test func theBackgroundCountsAreThoseOfTheQuery() {
        let s = Self.fresh()
        let city = PickerJob(kind: .city, corpus: s.corpus).run()
        #expect(city.map(\.name) == s.query.cityCounts().map(\.place.name))
        #expect(city.map(\.count) == s.query.cityCounts().map(\.count))
        let actors = PickerJob(kind: .actor, corpus: s.corpus).run()
        #expect(actors.map(\.name) == s.query.actorCounts().map(\.name))
    }

    @Test func aSearchWaitsForItsIndexWhileKeysAreAnswered() throws {
        var s = Self.fresh()
        // The same search where the index is already built, for the answer expected.
        let expected = type(press(Self.fresh(), .char("/")), "istanbul")
        let found = press(expected, .enter)
        #expect(found.selectedEvent?.id == "e4")

        _ = Self.send(&s, .key(.char("/")))
        for c in "istanbul" { _ = Self.send(&s, .key(.char(c))) }
        let jobs = Self.searchJobs(Self.send(&s, .key(.enter)))
        let job = try #require(jobs.first)
        #expect(jobs.count == 1)
        #expect(s.searchPending != nil && s.selected == 0)
        #expect(render(s).line(39).contains("search: istanbul (indexing the text of 4 events…)"), "\(render(s).line(39))")
        // Keys are answered meanwhile; n asks for no second index.
        _ = Self.send(&s, .key(.char("j")))
        #expect(s.selected == 1)
        #expect(Self.searchJobs(Self.send(&s, .key(.char("n")))).isEmpty)
        job.run()
        _ = Self.send(&s, .searchIndexReady(job.corpus))
        #expect(s.searchPending == nil && s.selectedEvent?.id == "e4")
        #expect(s.message == found.message)
        #expect(!render(s).line(39).contains("indexing"))
    }

    @Test func anIndexOfAReplacedCorpusIsFollowedByTheCurrentOne() throws {
        var s = AppState(loading: LoadingTests.info)
        _ = update(&s, .start(Size(width: 120, height: 40)))
        _ = Self.send(&s, .loadPartial(LoadingTests.partial(["e1", "e2"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        _ = Self.send(&s, .key(.char("/")))
        for c in "negotiators" { _ = Self.send(&s, .key(.char(c))) }
        let first = try #require(Self.searchJobs(Self.send(&s, .key(.enter))).first)
        #expect(Self.searchJobs(Self.send(&s, .loadPartial(LoadingTests.partial(["e1", "e2", "e3", "e4"]),
                                                          LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))).isEmpty)
        first.run()
        let next = try #require(Self.searchJobs(Self.send(&s, .searchIndexReady(first.corpus))).first)
        #expect(next.indexes === s.indexes && s.searchPending != nil)
        next.run()
        _ = Self.send(&s, .searchIndexReady(next.corpus))
        #expect(s.searchPending == nil && s.selectedEvent?.id == "e4")
    }

    @Test func clearingTheSearchDropsTheWaitingOne() throws {
        var s = Self.fresh()
        _ = Self.send(&s, .key(.char("/")))
        _ = Self.send(&s, .key(.char("x")))
        let job = try #require(Self.searchJobs(Self.send(&s, .key(.enter))).first)
        _ = Self.send(&s, .key(.escape))
        #expect(s.search == nil && s.searchPending == nil)
        job.run()
        #expect(Self.searchJobs(Self.send(&s, .searchIndexReady(job.corpus))).isEmpty)
        #expect(s.selected == 0 && s.message == nil)
    }
}
