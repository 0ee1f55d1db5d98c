/// The quarter in focus: earnings reports compare "a year earlier" at the granularity of the quarter they report on.
extension TaggerRun {
    /// The quarter in focus, when one was named in the last 250 tokens.
    func quarterInFocus(_ i: Int) -> Day? { i - focus.quarterToken < 250 ? focus.quarter : nil }

    /// "the quarter", "the year-ago quarter": the quarter in focus, else the last one ended before publication; `years` away.
    func reportedQuarter(_ i: Int, years: Int = 0) -> Unresolved { .reportedQuarter(inFocus: quarterInFocus(i), years: years) }

    /// "the latest quarter": a reported quarter is over, so the one in focus unless that has not ended by publication
    /// ("a fourth-quarter charge" looks ahead), else the last quarter ended before it; `years` away.
    func latestQuarter(_ i: Int, years: Int = 0) -> Unresolved {
        .latestQuarter(inFocus: quarterInFocus(i), reported: focus.reported, years: years)
    }
}
