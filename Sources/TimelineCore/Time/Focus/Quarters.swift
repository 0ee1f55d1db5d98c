/// The quarter in focus.day: earnings reports compare "a year earlier" at the granularity of the quarter they report on.
extension TaggerRun {
    /// The quarter in focus.day, when one was named in the last 250 tokens.
    func quarterInFocus(_ i: Int) -> Day? { i - focus.quarterToken < 250 ? focus.quarter : nil }

    /// "the latest quarter": a reported quarter is over, so the one in focus.day unless that has not ended by the DCT
    /// ("a fourth-quarter charge" looks ahead), else the last quarter ended before the DCT.
    func latestQuarter(_ i: Int) -> Day? {
        guard let dct, let last = dct.adding(months: -3) else { return quarterInFocus(i) }
        guard let f = quarterInFocus(i) else { return last }
        let quarterIndex = { (d: Day) in d.year * 4 + (d.month - 1) / 3 }
        return quarterIndex(f) <= quarterIndex(last) || focus.reported ? f : last
    }
}
