import TimelineCore

/// One line of the timeline pane: a date header (shown once, above the events that share its date) or a line
/// of an event row (the selected row wraps its whole summary over several lines).
enum TimelineLine: Equatable {
    case header(row: Int)
    case event(row: Int, part: Int)

    var row: Int {
        switch self { case .header(let r), .event(let r, _): return r }
    }
}

/// Where each date header goes among the visible rows: `starts` holds the rows that open a new date, ascending.
/// Lines are counted with the headers and the selected row's extra wrapped lines, so scrolling and clicks work
/// on what is drawn; everything is a binary search, whatever the number of events.
struct TimelineGroups: Equatable, Sendable {
    private(set) var starts: [Int] = []

    init() {}

    init(visible: [Int], events: [Event]) {
        var out: [Int] = []
        // The dates compared in place (no copy of each event and its mentions): this runs on every filter change.
        events.withUnsafeBufferPointer { ev in
            for row in visible.indices where row == 0 || !DateText.sameHeader(ev[visible[row - 1]].date, ev[visible[row]].date) {
                out.append(row)
            }
        }
        starts = out
    }

    /// Headers at or above row `r` (those opening rows 0…r).
    func headers(through r: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi { let mid = (lo + hi) / 2; if starts[mid] <= r { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    func opensGroup(_ r: Int) -> Bool {
        let n = headers(through: r)
        return n > 0 && starts[n - 1] == r
    }

    /// The first line of row `r` (its header, when it opens a group, is the line before), with `extra` lines
    /// after the row `expanded` (the selected row's wrapped summary).
    func line(ofRow r: Int, expanded: Int, extra: Int) -> Int {
        r + headers(through: r) + (r > expanded ? extra : 0)
    }

    /// Lines in all: every row, every header, the extra lines.
    func lineCount(rows: Int, extra: Int) -> Int { rows + starts.count + (rows > 0 ? extra : 0) }

    /// The lines from `top`, at most `count` of them.
    func lines(from top: Int, count: Int, rows: Int, expanded: Int, extra: Int) -> [TimelineLine] {
        guard rows > 0, count > 0 else { return [] }
        // The last row whose first line (header included) is at or before `top`.
        var lo = 0, hi = rows - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            let first = line(ofRow: mid, expanded: expanded, extra: extra) - (opensGroup(mid) ? 1 : 0)
            if first <= top { lo = mid } else { hi = mid - 1 }
        }
        var out: [TimelineLine] = []
        var r = lo
        var l = line(ofRow: r, expanded: expanded, extra: extra) - (opensGroup(r) ? 1 : 0)
        while r < rows && out.count < count {
            var rowLines: [TimelineLine] = opensGroup(r) ? [.header(row: r)] : []
            for p in 0..<(r == expanded ? 1 + extra : 1) { rowLines.append(.event(row: r, part: p)) }
            for x in rowLines {
                if l >= top && out.count < count { out.append(x) }
                l += 1
            }
            r += 1
        }
        return out
    }
}
