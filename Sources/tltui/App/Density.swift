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
