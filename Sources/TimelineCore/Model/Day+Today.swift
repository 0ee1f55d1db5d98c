import Foundation

extension Day {
    /// The current day in UTC. Only used as a default argument at the edges; the core takes "today" as a parameter.
    public static var today: Day {
        let n = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return Day(dayNumber: n) ?? Day(year: 2000, month: 1, day: 1)!
    }
}
