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

    func key(_ seconds: Double) { keys.append(seconds) }

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
        lines.append(String(format: "busy-while-loading max %.1f ms (%d stretches)", (busyWhileLoading.max() ?? 0) * 1000, busyWhileLoading.count))
        lines.append(String(format: "busy max %.1f ms: %@", longestBusy * 1000, longestWhat))
        write()
    }

    private func write() {
        try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
