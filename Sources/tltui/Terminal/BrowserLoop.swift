import Foundation
import TimelineCore

/// The browser's event loop: keys and effect outcomes in, frames out. The state is changed only by
/// `update`; the effects it returns are run by `EffectRunner`, whose answers come back through the inbox.
enum BrowserLoop {
    /// Runs the browser until `q`; false when the terminal cannot be driven.
    /// `debugTrap` traps after the first frame: the end-to-end test checks the crash path restores the terminal.
    static func run(_ initial: AppState, noColor: Bool, debugTrap: Bool = false,
                    reload: @escaping @Sendable (_ paths: [String], _ isSample: Bool) throws -> BrowserCorpus) -> Bool {
        guard let t = TerminalSession(noColor: noColor) else { return false }
        let inbox = Inbox()
        let runner = EffectRunner(inbox: inbox, terminal: t, reload: reload)
        var state = initial
        state.ascii = !t.utf8
        runner.run(update(&state, .start(Size(width: t.size.width, height: t.size.height))))
        // Keys are awaited at most 250 ms: a resize made while suspended (Ctrl-Z) sends no SIGWINCH to the
        // stopped program, and curses reports it (KEY_RESIZE) only on a later get_wch call; effects answer
        // through the inbox, read between keys. The screen is drawn only after a key, event or answer.
        t.setKeyTimeout(milliseconds: 250)
        var dirty = true
        while !state.quit {
            for message in inbox.take() {
                runner.run(update(&state, message))
                dirty = true
            }
            if dirty {
                t.draw(render(state))
                dirty = false
                if debugTrap { preconditionFailure("tltui: --debug-trap") }
            }
            // No key: a timeout, a signal or an error. When the terminal is gone, reading would fail forever: stop.
            guard let key = t.nextKey() else {
                if t.inputHungUp { break }
                continue
            }
            runner.run(update(&state, .key(key)))
            dirty = true
        }
        t.end()
        return true
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
}
