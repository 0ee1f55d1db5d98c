import TimelineCore

/// Events per day as a cumulative table, so the strip's buckets cost O(columns · log days) per frame
/// whatever the number of events or the span.
struct Density: Equatable, Sendable {
    /// Distinct day numbers with events, ascending, and the running total of events up to each.
    private(set) var days: [Int] = []
    private(set) var cumulative: [Int] = []

    init(dayNumbers: [Int]) {
        // Days in ascending order (a chronology's usually are already), then one run per day.
        var sorted = dayNumbers
        if zip(sorted, sorted.dropFirst()).contains(where: { $0 > $1 }) { sorted.sort() }
        var i = 0
        while i < sorted.count {
            var j = i + 1
            while j < sorted.count && sorted[j] == sorted[i] { j += 1 }
            days.append(sorted[i])
            cumulative.append(j)
            i = j
        }
    }

    var first: Int? { days.first }
    var last: Int? { days.last }

    /// Events on days before `day`.
    func count(before day: Int) -> Int {
        var lo = 0, hi = days.count
        while lo < hi { let mid = (lo + hi) / 2; if days[mid] < day { lo = mid + 1 } else { hi = mid } }
        return lo == 0 ? 0 : cumulative[lo - 1]
    }

    /// Events on days in lo..<hi.
    func count(from lo: Int, to hi: Int) -> Int { count(before: hi) - count(before: lo) }
}

/// The density strip's geometry in a pane of `width` columns: how many days a column stands for, so the strip
/// is drawn, labelled and clicked alike.
struct DensityStrip: Equatable {
    let first: Int, bucket: Int, columns: Int, step: Int

    init?(_ density: Density, width: Int) {
        guard width > 0, let lo = density.first, let hi = density.last else { return nil }
        let span = hi - lo + 1
        let perCol = max(1, (span + width - 1) / width)
        bucket = perCol <= 1 ? 1 : (perCol <= 7 ? 7 : perCol)
        columns = min(width, (span + bucket - 1) / bucket)
        // Short spans are stretched so the strip spans the pane: each bucket gets `step` columns.
        step = max(1, min(4, width / max(1, columns)))
        first = lo
    }

    /// The bucket drawn at column `x` (nil past the strip's end).
    func bucket(atColumn x: Int) -> Int? {
        let b = x / step
        return b >= 0 && b < columns ? b : nil
    }

    /// The first day of bucket `b`.
    func day(ofBucket b: Int) -> Int { first + b * bucket }

    func bucket(ofDay d: Int) -> Int { min(columns - 1, max(0, (d - first) / bucket)) }

    /// Axis labels: the first, middle and last buckets' dates, at the precision the span allows.
    func labels() -> [(column: Int, text: String)] {
        guard columns > 0, let lo = Day(dayNumber: first), let hi = Day(dayNumber: day(ofBucket: columns - 1)) else { return [] }
        let span = hi.dayNumber - lo.dayNumber
        func label(_ d: Day) -> String {
            let mon = String(Day.monthNames[d.month - 1].prefix(3))
            if span <= 92 { return "\(d.day) \(mon)" }
            if span <= 3 * 366 { return "\(mon) \(d.year)" }
            return "\(d.year)"
        }
        var out = [(0, label(lo))]
        let mid = columns / 2
        if columns >= 3, let m = Day(dayNumber: day(ofBucket: mid)) { out.append((mid * step, label(m))) }
        out.append(((columns - 1) * step, label(hi)))
        return out
    }
}
