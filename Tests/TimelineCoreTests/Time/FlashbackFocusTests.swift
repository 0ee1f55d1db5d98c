import Testing
@testable import TimelineCore

/// A step back from the day in focus told in the past perfect ("The day before, the board had rejected …") is a
/// flashback: "that evening", "the next day" after it still count from the story's day.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct FlashbackFocusTests {
    let tagger = TemporalTagger(syntax: SyntaxModel.shared)

    @Test func aPastPerfectDayBeforeKeepsTheStorysDay() {
        let text = "On Thursday, May 14, the striking nurses returned to work. The day before, the hospital board had accepted their pay demands. That evening the union held a rally, and the next day the first wards reopened."
        let tags = tagger.tag(text, dct: Day(iso: "2026-05-20")!)
        #expect(tags.first { $0.text == "The day before" }?.value == "2026-05-13")
        #expect(tags.first { $0.text == "That evening" }?.value == "2026-05-14TEV", "\(tags.map(\.value))")
        #expect(tags.first { $0.text == "the next day" }?.value == "2026-05-15", "\(tags.map(\.value))")
    }

    /// Told in the simple past, the step back moves the story: "That evening" is of the day before.
    @Test func aSimplePastDayBeforeMovesTheStory() {
        let text = "On Thursday, May 14, the striking nurses returned to work. The day before, the hospital board accepted their pay demands. That evening the union held a rally."
        let tags = tagger.tag(text, dct: Day(iso: "2026-05-20")!)
        #expect(tags.first { $0.text == "That evening" }?.value == "2026-05-13TEV", "\(tags.map(\.value))")
    }
}
