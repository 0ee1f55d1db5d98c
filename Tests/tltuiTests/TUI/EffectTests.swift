@testable import tltui
import Testing
import TimelineCore

/// The reducer returns effects as values; the state is a plain value.
@Suite struct EffectTests {
    @Test func startAsksForTheIndexesInTheBackground() {
        var s = AppState(chronology: Fixture.chronology())
        let effects = update(&s, .start(Size(width: 100, height: 30)))
        #expect(effects == [.buildIndexes(s.indexes)])
        #expect(s.size == Size(width: 100, height: 30))
    }

    @Test func stateIsAValue() {
        let s = Fixture.state()
        #expect(s == Fixture.state().replacingCorpusForTest(s.corpus))
        let moved = press(s, .char("j"))
        #expect(moved != s && press(moved, .char("k")) == s)
        // Another load of the same chronology is another corpus.
        #expect(Fixture.state() != s)
    }

    @Test func notesFromEffectsReachTheStatusLine() {
        var s = Fixture.state()
        _ = update(&s, .note("wrote 4 events (csv) to /tmp/x.csv"))
        #expect(render(s).line(39).contains("wrote 4 events (csv) to /tmp/x.csv"))
        s = press(s, .char("j"))
        #expect(s.message == nil)
    }

    @Test func reloadedCorpusKeepsTheFilterAndSelection() {
        var s = press(Fixture.state(filter: EventFilter(cities: ["Kharkiv"])), .char("j"))
        #expect(s.selectedEvent?.id == "e3")
        let effects = update(&s, .reloaded(BrowserCorpus(chronology: Fixture.chronology())))
        #expect(s.selectedEvent?.id == "e3" && s.visible.count == 2)
        #expect(effects == [.buildIndexes(s.indexes)])
        #expect(s.message?.contains("reloaded") == true)
    }
}

extension AppState {
    /// The same state browsing `corpus` (for comparing two states built from separate loads).
    func replacingCorpusForTest(_ corpus: BrowserCorpus) -> AppState {
        var s = self
        s.replaceCorpus(corpus)
        return s
    }
}
