import TimelineCore

/// The rows a filter leaves and what the timeline draws from them (the density strip, the date headers): made
/// together, in one pass over the events. The unfiltered view of a corpus is made once, off the main thread when a
/// load made the corpus (`BrowserIndexes.prepareDisplay`), so rows arriving cost the interface nothing per event.
struct TimelineView: Equatable, Sendable {
    var visible: [Int] = []
    var density = Density(dayNumbers: [])
    var groups = TimelineGroups()

    init() {}

    /// The view of the events at `visible` (ascending indices into `events`).
    init(visible: [Int], events: [Event]) {
        self.visible = visible
        var days: [Int] = []
        days.reserveCapacity(visible.count)
        events.withUnsafeBufferPointer { ev in
            for i in visible { if let d = ev[i].date.interval?.start.dayNumber { days.append(d) } }
        }
        density = Density(dayNumbers: days)
        groups = TimelineGroups(visible: visible, events: events)
    }

    /// Rows only, for lookups.
    init(visible: [Int]) { self.visible = visible }

    /// The row showing event `index`, if it is visible.
    func row(ofEvent index: Int) -> Int? {
        let lo = insertionRow(ofEvent: index)
        return lo < visible.count && visible[lo] == index ? lo : nil
    }

    /// The first row whose event is at or after `index` (`visible` is ascending: a binary search).
    func insertionRow(ofEvent index: Int) -> Int {
        var lo = 0, hi = visible.count
        while lo < hi { let mid = (lo + hi) / 2; if visible[mid] < index { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
