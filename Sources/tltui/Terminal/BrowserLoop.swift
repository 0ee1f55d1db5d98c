import Foundation
import TimelineCore

/// The browser's event loop: keys and effect outcomes in, frames out. The state is changed only by
/// `update`; the effects it returns are run by `EffectRunner`, whose answers come back through the inbox.
enum BrowserLoop {
    /// Runs the browser until `q`; the state it ended in, or nil when the terminal cannot be driven.
    /// `debugTrap` traps after the first frame: the end-to-end test checks the crash path restores the terminal.
    /// `timing` records when the first frame was drawn and how long keys took (`--debug-timing`).
    static func run(_ initial: AppState, noColor: Bool, debugTrap: Bool = false, timing: BrowserTiming? = nil,
                    load: @escaping @Sendable (_ paths: [String], _ isSample: Bool, LoadObserver?) throws -> BrowserCorpus,
                    partial: @escaping @Sendable (Chronology, _ paths: [String], _ isSample: Bool) -> BrowserCorpus) -> AppState? {
        guard let t = TerminalSession(noColor: noColor) else { return nil }
        let inbox = Inbox()
        let runner = EffectRunner(inbox: inbox, terminal: t, load: load, partial: partial)
        var state = initial
        state.ascii = !t.utf8
        // Every message goes through here: the state changes, the curation a load applies follows it, effects run.
        func handle(_ message: Message) {
            let effects = update(&state, message)
            runner.curation.value = state.curationRequest
            runner.run(effects)
        }
        handle(.start(Size(width: t.size.width, height: t.size.height)))
        // Keys come first: every key already typed is applied and its frame drawn before any answer of an effect is
        // looked at; answers are applied between keys, at most one new corpus per pass (each costs only lookups,
        // App/TimelineView.swift), so a key waits for one of them at most. Keys are awaited at most 250 ms: a resize
        // made while suspended (Ctrl-Z) sends no SIGWINCH to the stopped program, and curses reports it (KEY_RESIZE)
        // only on a later get_wch call. The screen is drawn only after a key, event or answer.
        var dirty = true
        var drawn = false
        var queued: [Message] = []
        func draw(_ what: inout [String]) {
            let t0 = BrowserTiming.now
            let grid = render(state)
            let t1 = BrowserTiming.now
            t.draw(grid)
            if let timing {
                let t2 = BrowserTiming.now
                let d = t.lastDraw
                timing.frame(total: t2 - t0, terminal: t2 - t1, refresh: d.refresh, cells: d.cells, calls: d.calls)
                what.append(String(format: "frame %.1f ms (render %.1f)", (t2 - t0) * 1000, (t1 - t0) * 1000))
            }
            dirty = false
            if !drawn { drawn = true; timing?.firstFrame(loading: state.loading != nil) }
            if debugTrap { preconditionFailure("tltui: --debug-trap") }
        }
        while !state.quit {
            // Not waiting when answers are queued; while a load runs its answers come often, so keys are awaited for less.
            t.setKeyTimeout(milliseconds: !queued.isEmpty || dirty ? 0 : state.loading == nil ? 250 : 50)
            if let key = t.nextKey() {
                let read = BrowserTiming.now
                var pressed = timing == nil ? "" : "\(key.label()) in \(state.mode.name)"
                let loadingThen = state.loading != nil
                handle(.key(key))
                // The keys typed meanwhile (a held key repeats), all before the frame.
                t.setKeyTimeout(milliseconds: 0)
                while !state.quit, let more = t.nextKey() {
                    if timing != nil { pressed += " + " + more.label() }
                    handle(.key(more))
                }
                var what: [String] = []
                draw(&what)
                timing?.key(BrowserTiming.now - read, what: pressed, loading: loadingThen)
                continue
            }
            // No key: a timeout, a signal or an error. When the terminal is gone, reading would fail forever: stop.
            if t.inputHungUp { break }
            let busyStart = BrowserTiming.now
            let wasLoading = state.loading != nil
            var what: [String] = []
            var taken = queued + inbox.take()
            queued = Inbox.latest(taken)
            // Superseded partial chronologies are freed off this thread too.
            if taken.count != queued.count { Discard.later(taken.takeAll()) }
            let batch = Inbox.nextBatch(queued)
            queued = batch.later
            for message in batch.now {
                let t0 = BrowserTiming.now
                // The corpus a load's answer replaces is freed off this thread (Discard.swift).
                var replaced = message.replacesCorpus ? state.corpus : nil
                handle(message)
                if replaced != nil { Discard.later(replaced.take()) }
                if timing != nil { what.append(String(format: "%@ %.1f ms", message.kind, (BrowserTiming.now - t0) * 1000)) }
                if case .loaded = message { timing?.loaded() }
                dirty = true
            }
            if dirty { draw(&what) }
            if !what.isEmpty { timing?.busy(BrowserTiming.now - busyStart, loading: wasLoading, what: what.joined(separator: ", ")) }
        }
        t.end()
        return state
    }
}

extension Array {
    /// The elements, leaving the array empty (so the caller keeps no reference to them).
    mutating func takeAll() -> [Element] {
        var out: [Element] = []
        swap(&out, &self)
        return out
    }
}

extension Message {
    /// True for the answers of a load that put a new corpus in place of the one shown.
    var replacesCorpus: Bool {
        switch self {
        case .loadPartial, .loaded, .reloaded: return true
        default: return false
        }
    }

    /// The message's name, for `--debug-timing`.
    var kind: String {
        switch self {
        case .start: return "start"
        case .key: return "key"
        case .note: return "note"
        case .loadProgress: return "progress"
        case .loadPartial(let c, _): return "partial (\(c.chronology.events.count) events)"
        case .loaded(let c): return "loaded (\(c.chronology.events.count) events)"
        case .loadFailed: return "loadFailed"
        case .reloaded: return "reloaded"
        case .curationSaved: return "curationSaved"
        case .curationUnreadable: return "curationUnreadable"
        case .detailsReady(let ask): return "details (event \(ask.event))"
        case .pickerEntries(let ask, let entries): return "picker (\(ask.kind), \(entries.count) entries)"
        case .searchIndexReady: return "search index"
        }
    }
}

/// Answers from effects running off the main thread, taken by the loop between keys.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []

    func post(_ m: Message) { lock.lock(); messages.append(m); lock.unlock() }

    func take() -> [Message] {
        lock.lock()
        defer { messages = []; lock.unlock() }
        return messages
    }

    /// The answers to apply before the next look at the keys, in order, and those left for later: everything up to
    /// the second answer that puts a new corpus in place (one new corpus per frame, so a key waits for one at most).
    static func nextBatch(_ queued: [Message]) -> (now: [Message], later: [Message]) {
        var corpora = 0
        for (i, m) in queued.enumerated() where m.replacesCorpus {
            corpora += 1
            if corpora == 2 { return (Array(queued[..<i]), Array(queued[i...])) }
        }
        return (queued, [])
    }

    /// The messages without the progress and partial chronologies a later one of the same kind supersedes
    /// (a slow frame must not make the loop replay every partial merge it missed).
    static func latest(_ messages: [Message]) -> [Message] {
        var lastProgress: Int?, lastPartial: Int?
        for (i, m) in messages.enumerated() {
            switch m {
            case .loadProgress: lastProgress = i
            case .loadPartial: lastPartial = i
            default: break
            }
        }
        return messages.enumerated().filter { i, m in
            switch m {
            case .loadProgress: return i == lastProgress
            case .loadPartial: return i == lastPartial
            default: return true
            }
        }.map(\.element)
    }
}
