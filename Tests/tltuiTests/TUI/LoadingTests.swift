@testable import tltui
import Foundation
import Testing
import TimelineCore

/// The browser while its corpus streams in: the first frame has nothing loaded, partial chronologies replace
/// each other with the selection kept, a progress line shows until the load is complete.
@Suite struct LoadingTests {
    static let info = CorpusInfo(paths: ["/data/story"])

    static func loading(width: Int = 120, height: Int = 40) -> (AppState, [Effect]) {
        var s = AppState(loading: info)
        let effects = update(&s, .start(Size(width: width, height: height)))
        return (s, effects)
    }

    /// The fixture's chronology with only some of its events (as a partial merge shows them), ids changed when asked.
    static func partial(_ ids: [String], renaming: [String: String] = [:]) -> BrowserCorpus {
        let c = Fixture.chronology()
        let events = c.events.filter { ids.contains($0.id) }.map { e -> Event in
            var e = e
            if let id = renaming[e.id] { e.id = id }
            return e
        }
        return BrowserCorpus(chronology: Chronology(documents: c.documents, events: events), info: info)
    }

    @Test func startAsksForTheLoadAndDrawsAtOnce() {
        let (s, effects) = Self.loading()
        #expect(effects == [.load(LoadJob(paths: ["/data/story"], isSample: false, isReload: false))])
        let status = render(s).line(39)
        #expect(status.contains("no events yet"), "\(status)")
        #expect(status.contains("reading files"), "\(status)")
    }

    @Test func progressLineSaysDoneOfTotalRateAndTimeLeft() {
        var (s, _) = Self.loading()
        _ = update(&s, .loadProgress(LoadProgress(phase: .analysing, done: 2_500, total: 10_000, seconds: 6, phaseStart: 1)))
        let status = render(s).line(39)
        #expect(status.contains("analysing 2,500 of 10,000 documents · 500/s · 15 s left"), "\(status)")
    }

    @Test func keysWorkWhileLoading() {
        var (s, _) = Self.loading()
        _ = update(&s, .loadPartial(Self.partial(["e1", "e3", "e4"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        #expect(s.visible.count == 3)
        s = press(s, .char("j"))
        #expect(s.selectedEvent?.id == "e3")
        s = press(s, .char("?"))
        #expect(s.mode == .help(scroll: 0))
        #expect(s.loading != nil)
    }

    @Test func selectionStaysOnItsEventAsRowsArriveAbove() {
        // A screen too small for every row, so the list scrolls.
        var (s, _) = Self.loading(width: 120, height: 9)
        _ = update(&s, .loadPartial(Self.partial(["e3", "e4"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        s = press(s, .char("j"))
        #expect(s.selectedEvent?.id == "e4")
        let lineOnScreen = s.groups.line(ofRow: s.selected, expanded: s.selected, extra: 0) - s.timelineTop
        // Two earlier events arrive: the selected one moves down the list, not on the screen.
        _ = update(&s, .loadPartial(Self.partial(["e1", "e2", "e3", "e4"]), LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))
        #expect(s.selectedEvent?.id == "e4")
        #expect(s.selected == 3)
        #expect(s.groups.line(ofRow: s.selected, expanded: s.selected, extra: 0) - s.timelineTop == lineOnScreen)
    }

    @Test func selectionFollowsItsMentionWhenAMergeChangesTheId() {
        var (s, _) = Self.loading()
        _ = update(&s, .loadPartial(Self.partial(["e1", "e4"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        s = press(s, .char("j"), .char("]"))
        #expect(s.selectedEvent?.id == "e4" && s.mentionIndex == 1)
        _ = update(&s, .loadPartial(Self.partial(["e1", "e2", "e4"], renaming: ["e4": "e9"]), LoadProgress(phase: .analysing, done: 2, total: 2, seconds: 2)))
        #expect(s.selectedEvent?.id == "e9")
        #expect(s.mentionIndex == 1)
    }

    @Test func completeLoadEndsTheProgressLine() {
        var (s, _) = Self.loading()
        _ = update(&s, .loadPartial(Self.partial(["e1"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        let effects = update(&s, .loaded(BrowserCorpus(chronology: Fixture.chronology(), info: Self.info)))
        #expect(s.loading == nil)
        #expect(effects == [.buildIndexes(s.indexes)])
        #expect(s.visible.count == 4)
        // A progress or partial arriving after the end changes nothing.
        _ = update(&s, .loadPartial(Self.partial(["e1"]), LoadProgress(phase: .analysing, done: 1, total: 2, seconds: 1)))
        _ = update(&s, .loadProgress(LoadProgress(phase: .merging, done: 2, total: 2, seconds: 3)))
        #expect(s.loading == nil && s.visible.count == 4)
        #expect(!render(s).line(39).contains("merging"))
    }

    @Test func unknownCityIsSaidOnceLoaded() {
        var s = AppState(loading: Self.info, filter: EventFilter(cities: ["Qwxzland"]))
        _ = update(&s, .start(Size(width: 120, height: 40)))
        _ = update(&s, .loaded(BrowserCorpus(chronology: Fixture.chronology(), info: Self.info)))
        #expect(s.message?.contains("Qwxzland") == true)
    }

    @Test func reloadWaitsForTheLoad() {
        var (s, _) = Self.loading()
        #expect(update(&s, .key(.char("R"))) == [])
        #expect(s.message?.contains("still loading") == true)
    }

    @Test func failedLoadIsSaid() {
        var (s, _) = Self.loading()
        _ = update(&s, .loadFailed("no such file or folder: /data/story"))
        #expect(s.loading == nil)
        #expect(render(s).line(39).contains("loading failed: no such file"))
    }

    @Test func inboxKeepsOnlyTheLatestProgressAndPartial() {
        let a = Self.partial(["e1"]), b = Self.partial(["e1", "e2"])
        let p1 = LoadProgress(phase: .analysing, done: 1, total: 3), p2 = LoadProgress(phase: .analysing, done: 2, total: 3)
        let kept = Inbox.latest([.loadProgress(p1), .loadPartial(a, p1), .note("x"), .loadProgress(p2), .loadPartial(b, p2)])
        #expect(kept == [.note("x"), .loadProgress(p2), .loadPartial(b, p2)])
    }

    @Test func progressLabels() {
        #expect(AppState.progressLabel(LoadProgress(phase: .reading)) == "reading files…")
        #expect(AppState.progressLabel(LoadProgress(phase: .reading, done: 10, total: 100_000, seconds: 0.01)) == "reading 10 of 100,000 files…")
        #expect(AppState.progressLabel(LoadProgress(phase: .merging, done: 100, total: 100, seconds: 9)) == "merging the events of 100 documents…")
        #expect(AppState.duration(125) == "2 min 5 s")
        #expect(AppState.duration(3725) == "1 h 2 min")
    }
}

/// The progress bar of the commands: one line, never wider than the terminal.
@Suite struct ProgressBarTests {
    @Test func barShowsTheFractionAndTheProgressLine() {
        let p = LoadProgress(phase: .analysing, done: 5_000, total: 10_000, seconds: 11, phaseStart: 1)
        let line = ProgressBar.line(p, width: 120, ascii: true)
        #expect(line.hasPrefix("[###############...............]  52%  analysing 5,000 of 10,000 documents · 500/s · 10 s left"), "\(line)")
        for width in [20, 40, 80] { #expect(TextWidth.width(ProgressBar.line(p, width: width)) < width) }
    }

    @Test func noBarWhenStandardErrorIsNotATerminal() {
        // Under `swift test` standard error is a pipe or a file.
        if isatty(STDERR_FILENO) == 0 { #expect(ProgressBar.observer().map { _ in true } == nil) }
    }
}
