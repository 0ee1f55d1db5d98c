/// What the resolver made of one expression: its TIMEX3 type, value and modifier, the days it covers and how it was
/// reckoned (`%T` stands for the expression's text), with what it does to the focus.
struct Resolved {
    var type: Timex.Kind
    var value: String
    var mod: String? = nil
    var interval: DayInterval? = nil
    var granularity: Granularity? = nil
    var derivation: String = ""
    /// Derived from the quarter in focus: does not move the focus.
    var fromFocus = false
    /// Reckoned from an event the text dated earlier ("ten days before the murder"): dates no event itself.
    var fromEvent = false
    /// A date named with its weekday ("on ⟦Friday, April 17⟧", or "⟦By Wednesday⟧" read in the story's week): in a story
    /// narrated in sequence, the next day of its calendar, which keeps the story narrated (`FocusTracker.narrated`).
    var withItsWeekday = false
    /// A shift of weeks from the day the text has in focus ("On Monday, October 5, … ⟦A week later⟧ the authority opened
    /// an investigation, and the following day …"): the value is the week, but the story's day moves on to the same
    /// weekday in it, the day "the following day" counts from (`FocusTracker.note`).
    var dayOn: Day? = nil
}
