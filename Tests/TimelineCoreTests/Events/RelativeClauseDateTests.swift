import Testing
@testable import TimelineCore

/// A state a relative clause tells as lasting since a date does not date the clause its noun belongs to, and a relative
/// clause set off after a subject leaves the subject to its verb.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct RelativeClauseDateTests {
    typealias F = EventFixtures

    @Test func aRelativeClausesSinceDateIsNotTheVerbsAboveIt() throws {
        let ms = F.extract("Residents were allowed home on Friday morning, after county officials lifted the evacuation order that had been in place since ⟦Tuesday⟧.",
                           values: ["2025-10-14"], published: "2025-10-18")
        let lifted = try F.mention(ms, "lifted")
        #expect(lifted.mention.date.value != "2025-10-14", "\(lifted.mention.date.value)")
        let order = F.extract("Crews lifted the order that had been in force since ⟦Tuesday⟧.", values: ["2025-10-14"], published: "2025-10-18")
        #expect(try F.mention(order, "lifted").mention.date.value != "2025-10-14")
    }

    @Test func aBodyDescribedAfterItsNameIsWhoReports() throws {
        let ms = F.extract("The US Chemical Safety Board, which investigates industrial accidents but cannot issue fines, said ⟦on Wednesday⟧ it was sending a team to the site.",
                           values: ["2025-10-15"], published: "2025-10-16")
        let sending = try F.mention(ms, "sending")
        #expect(sending.mention.attribution?.contains("Safety Board") == true, "\(sending.mention.attribution ?? "nil")")
        #expect(sending.mention.actors.contains { $0.contains("Safety Board") }, "\(sending.mention.actors)")
    }
}
