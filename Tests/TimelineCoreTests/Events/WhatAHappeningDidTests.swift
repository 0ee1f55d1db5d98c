import Testing
@testable import TimelineCore

/// What a dated happening did took place that day ("An aftershock on Tuesday damaged a health post"); told in the present
/// or the present perfect it is told of now ("The overrun on Oct. 5 has renewed calls …").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct WhatAHappeningDidTests {
    static func date(_ sentence: String, trigger: String) throws -> EventDate {
        let c = ParaphraseMergeTests.chronology([("desk.md", "---\npublished: 2025-10-16\n---\nDesk.\n\n" + sentence + "\n")])
        return try #require(c.events.flatMap(\.mentions).first { $0.triggerText == trigger }).date
    }

    @Test func inThePastItIsThatDay() throws {
        #expect(try Self.date("An aftershock on Tuesday damaged a health post.", trigger: "damaged").value == "2025-10-14")
    }

    @Test func inThePresentPerfectItIsNow() throws {
        let d = try Self.date("The overrun of an Estuaire Air A220-300 at Sept-Îles, Quebec, on Oct. 5 has renewed calls for longer runway end safety areas at Canada's regional airports.", trigger: "renewed")
        #expect(d.value != "2025-10-05" && d.isFallback, "\(d.value)")
    }
}
