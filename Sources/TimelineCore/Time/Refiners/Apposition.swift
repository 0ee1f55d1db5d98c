/// Refiner: apposition. ", the day before …" restates the expression right before it.
extension TaggerRun {
    /// The expression that ends right before ", " at token i (an apposition restates it), if any.
    func restated(_ i: Int) -> Resolved? {
        guard let last = focus.lastEmitted, w(i - 1) == ",", last.end == i - 1 else { return nil }
        return last.r
    }
}

extension TaggerRun {
    /// The day a weekday at token i names when it is set off after "<hours> later" (or "earlier"): the day in focus,
    /// or the day after (before) it that the hours reach, if it is that weekday ("Hours later, ⟦on Thursday⟧").
    func afterHoursFromTheDayInFocus(_ i: Int, _ wd: Int) -> Resolved? {
        // (the hours a duration the tagger emitted, "an hour later", or bare, "hours later", which it leaves)
        guard w(i - 1) == ",", isWord(i - 2, ["later", "earlier"]), isWord(i - 3, ["hours", "hour", "minutes", "minute"]),
              focus.lastEmitted.map({ $0.end != i - 2 || $0.r.type == .duration }) ?? true,
              let day = focus.day, let next = day.adding(days: w(i - 2) == "later" ? 1 : -1)
        else { return nil }
        guard let d = [day, next].first(where: { $0.weekday == wd }) else { return nil }
        return TimexResolver.day(d, "(hours from the day in focus, \(day.readable))")
    }
}
