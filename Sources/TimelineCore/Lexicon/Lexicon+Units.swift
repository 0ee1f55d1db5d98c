/// A unit of calendar time.
enum TimeUnit: String, Sendable { case minute, hour, day, week, weekend, month, quarter, half, year, decade, century }

extension Lexicon {
    /// Unit words (singular and plural) → unit.
    static let units: WordTable<TimeUnit> = [
        "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century,
    ]
}
