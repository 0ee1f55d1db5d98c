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
}
