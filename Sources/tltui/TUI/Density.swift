/// Events per day as a cumulative table, so the strip's buckets cost O(columns · log days) per frame
/// whatever the number of events or the span.
struct Density: Equatable, Sendable {
    /// Distinct day numbers with events, ascending, and the running total of events up to each.
    private(set) var days: [Int] = []
    private(set) var cumulative: [Int] = []

    init(dayNumbers: [Int]) {
        var counts: [Int: Int] = [:]
        for d in dayNumbers { counts[d, default: 0] += 1 }
        days = counts.keys.sorted()
        var total = 0
        cumulative = days.map { total += counts[$0] ?? 0; return total }
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
