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
        runner.run(update(&state, .start(Size(width: t.size.width, height: t.size.height))))
        // Keys are awaited at most 250 ms: a resize made while suspended (Ctrl-Z) sends no SIGWINCH to the
        // stopped program, and curses reports it (KEY_RESIZE) only on a later get_wch call; effects answer
        // through the inbox, read between keys. The screen is drawn only after a key, event or answer.
        var dirty = true
        var drawn = false
        var keyRead: Double?
        while !state.quit {
            // While a load runs its answers come often: keys are awaited for less, so they are drawn sooner.
            t.setKeyTimeout(milliseconds: state.loading == nil ? 250 : 50)
            let busyStart = BrowserTiming.now
            let wasLoading = state.loading != nil
            var what: [String] = []
            var taken = inbox.take()
            for message in Inbox.latest(taken) {
                let t0 = BrowserTiming.now
                // The corpus a load's answer replaces is freed off this thread (Discard.swift).
                var replaced = message.replacesCorpus ? state.corpus : nil
                runner.run(update(&state, message))
                if replaced != nil { Discard.later(replaced.take()) }
                if case .loaded = message { timing?.loaded() }
                if timing != nil { what.append(String(format: "%@ %.1f ms", message.kind, (BrowserTiming.now - t0) * 1000)) }
                dirty = true
            }
            // The answers taken, superseded partial chronologies among them, are freed off this thread too.
            if !taken.isEmpty { Discard.later(taken.takeAll()) }
            if dirty {
                let t0 = BrowserTiming.now
                t.draw(render(state))
                if timing != nil { what.append(String(format: "frame %.1f ms", (BrowserTiming.now - t0) * 1000)) }
                dirty = false
                if !drawn { drawn = true; timing?.firstFrame(loading: state.loading != nil) }
                if debugTrap { preconditionFailure("tltui: --debug-trap") }
            }
            if let k = keyRead { timing?.key(BrowserTiming.now - k); keyRead = nil }
            timing?.busy(BrowserTiming.now - busyStart, loading: wasLoading, what: what.joined(separator: ", "))
            // No key: a timeout, a signal or an error. When the terminal is gone, reading would fail forever: stop.
            guard let key = t.nextKey() else {
                if t.inputHungUp { break }
                continue
            }
            if timing != nil { keyRead = BrowserTiming.now }
            runner.run(update(&state, .key(key)))
            dirty = true
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
