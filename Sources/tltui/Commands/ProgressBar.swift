import Foundation
import TimelineCore

/// The progress bar `list`, `export`, `cities` and `sources` draw on standard error while a load takes more
/// than a second, only when standard error is a terminal (never into a pipe or a file); it is erased when the
/// load ends, before anything else is written.
enum ProgressBar {
    /// Loads shorter than this show no bar.
    static let delay = 1.0

    /// One line of at most `width` columns: "[#######.........]  42%  analysing 4,200 of 10,000 documents · 812/s · 7 s left".
    static func line(_ p: LoadProgress, width: Int, ascii: Bool = false) -> String {
        let barWidth = max(10, min(30, width / 4))
        let filled = Int((p.fraction * Double(barWidth)).rounded(.down))
        let bar = "[" + String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "·", count: barWidth - filled) + "]"
        let text = bar + String(format: " %3d%%  ", Int((p.fraction * 100).rounded(.down))) + AppState.progressLabel(p)
        return TextWidth.truncate(text, to: max(1, width - 1))
    }

    /// An observer drawing the bar on standard error, or nil when standard error is not a terminal.
    static func observer() -> (LoadObserver, finish: () -> Void)? {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else { return nil }
        let drawer = Drawer()
        return (LoadObserver(interval: 0.1, progress: { drawer.show($0) }), drawer.erase)
    }

    /// Writes the bar in place (carriage return, line, erase to the end of the line).
    final class Drawer: @unchecked Sendable {
        private let lock = NSLock()
        private var shown = false
        private var ended = false
        private let ascii = !(ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LC_CTYPE"]
            ?? ProcessInfo.processInfo.environment["LANG"] ?? "").uppercased().contains("UTF")

        func show(_ p: LoadProgress) {
            lock.lock()
            defer { lock.unlock() }
            guard !ended, p.seconds >= ProgressBar.delay, p.phase != .done else { return }
            writeAll(STDERR_FILENO, Data(("\r" + ProgressBar.line(p, width: Self.columns(), ascii: ascii) + "\u{1B}[K").utf8))
            shown = true
        }

        func erase() {
            lock.lock()
            defer { lock.unlock() }
            ended = true
            if shown { writeAll(STDERR_FILENO, Data("\r\u{1B}[K".utf8)) }
        }

        static func columns() -> Int {
            var size = winsize()
            if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
            return 80
        }
    }
}
