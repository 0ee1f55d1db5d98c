import Foundation

/// `--debug-timing FILE` (hidden, for scripts/bench.sh): when the first frame reached the terminal, counted from
/// the start of the process, and how long keys took to answer: from the key read to its frame drawn, and the
/// longest the loop was busy with other work (answers of a load), which a key arriving then waits on top.
final class BrowserTiming {
    let path: String
    private var keys: [Double] = []
    private var longestBusy = 0.0
    private var busyWhileLoading: [Double] = []
    private var lines: [String] = []

    init(path: String) { self.path = path }

    /// Seconds since this process started (its start time in /proc, against the boot clock).
    static func sinceProcessStart() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 of the file is the start time in clock ticks; fields here start at field 3.
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static var now: Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func firstFrame(loading: Bool) {
        let s = Self.sinceProcessStart().map { String(format: "%.3f", $0) } ?? "unknown"
        lines.append("first-frame \(s) s\(loading ? " (corpus still loading)" : "")")
        write()
    }

    /// A key (or the keys typed with it) answered in `seconds`: `what` names it and the mode it was pressed in
    /// ("c in browse", "l in city picker"); `loading` when the analysis was still running. Each is written as a line
    /// `key WHAT | loading|loaded | MS ms` (scripts/bench.sh reads them).
    func key(_ seconds: Double, what: String = "", loading: Bool = false) {
        keys.append(seconds)
        keyLines.append(String(format: "key %@ | %@ | %.1f ms", what, loading ? "loading" : "loaded", seconds * 1000))
    }

    private var keyLines: [String] = []

    /// Each frame's time and how much of it was the terminal's (the grid handed to curses, then its refresh, the
    /// write to the terminal), with the cells changed and the curses calls made.
    private var frames: [(total: Double, terminal: Double, refresh: Double, cells: Int, calls: Int)] = []

    func frame(total: Double, terminal: Double, refresh: Double, cells: Int, calls: Int) {
        frames.append((total, terminal, refresh, cells, calls))
    }

    private var longestWhat = ""

    /// The loop worked `seconds` on `what` (the messages it took, the frame it drew).
    func busy(_ seconds: Double, loading: Bool, what: String) {
        if seconds > longestBusy { longestBusy = seconds; longestWhat = what }
        if loading { busyWhileLoading.append(seconds) }
    }

    func loaded() {
        let s = Self.sinceProcessStart().map { String(format: "%.3f", $0) } ?? "unknown"
        lines.append("loaded \(s) s")
        write()
    }

    func finish() {
        let sorted = keys.sorted()
        if !sorted.isEmpty {
            lines.append(String(format: "keys %d, median %.1f ms, max %.1f ms", sorted.count, sorted[sorted.count / 2] * 1000, sorted.last! * 1000))
        }
        lines += keyLines
        if !frames.isEmpty {
            func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] * 1000 }
            func most(_ v: [Double]) -> Double { (v.max() ?? 0) * 1000 }
            let terminal = frames.map(\.terminal), refresh = frames.map(\.refresh), total = frames.map(\.total)
            let cells = frames.map { Double($0.cells) }, calls = frames.map { Double($0.calls) }
            lines.append(String(format: "frames %d: whole frame median %.2f ms, max %.2f ms; terminal (curses calls + refresh) median %.2f ms, max %.2f ms; refresh alone median %.2f ms, max %.2f ms; cells changed median %.0f, max %.0f, in median %.0f curses calls",
                                frames.count, median(total), most(total), median(terminal), most(terminal), median(refresh), most(refresh),
                                median(cells) / 1000, most(cells) / 1000, median(calls) / 1000))
        }
        lines.append(String(format: "busy-while-loading max %.1f ms (%d stretches)", (busyWhileLoading.max() ?? 0) * 1000, busyWhileLoading.count))
        lines.append(String(format: "busy max %.1f ms: %@", longestBusy * 1000, longestWhat))
        write()
    }

    private func write() {
        try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
