import Testing
@testable import TimelineCore

/// "The company", "the firm" and, right after it was the subject, "it" stand for the organisation last named: the
/// events they act in carry its name, so the actor filter finds them. Our own articles.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct OrganisationReferenceTests {
    typealias F = EventFixtures

    /// A board is a body: "it" in what it reports is the board ("The National Transportation Safety Board said on
    /// Wednesday it was sending a team").
    @Test func aBoardIsAnOrganisation() {
        let board = F.extract("The National Transportation Safety Board said ⟦on Wednesday⟧ it was sending a team to the site.",
                              values: ["2025-10-15"], published: "2025-10-16")
        #expect(actors(board, "sending").contains { $0.contains("Safety Board") }, "\(actors(board, "sending"))")
    }

    func actors(_ ms: [ExtractedMention], _ trigger: String) -> [String] {
        (ms.first { $0.mention.triggerText == trigger }?.mention.actors ?? [])
            + (ms.first { $0.mention.triggerText == trigger }?.mention.attribution.map { [$0] } ?? [])
    }

    @Test func theCompanyIsTheOrganisationLastNamed() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. The company also closed two depots in Lyon.",
                           values: ["2024-07-08"], published: "2024-07-09")
        #expect(actors(ms, "closed").contains("Northwind Shipping"))
    }

    /// Wire style puts the day between the subject and its verb ("The company on Wednesday denied"): the day is the
    /// verb's, so "the company" is still a description with nothing of its own.
    @Test func theCompanyBeforeItsDayIsTheOrganisationLastNamed() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. The company ⟦on Tuesday⟧ denied a report that it had sold two more.",
                           values: ["2024-07-08", "2024-07-09"], published: "2024-07-10")
        #expect(actors(ms, "denied").contains("Northwind Shipping"), "\(actors(ms, "denied"))")
    }

    @Test func itStandsForTheOrganisationWhileItIsTheSubject() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. It also closed two depots in Lyon.",
                           values: ["2024-07-08"], published: "2024-07-09")
        #expect(actors(ms, "closed").contains("Northwind Shipping"))
    }

    @Test func aSummaryNamesWhatItStandsFor() throws {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. It also closed two depots in Lyon.",
                           values: ["2024-07-08"], published: "2024-07-09")
        let closed = try #require(ms.first { $0.mention.triggerText == "closed" })
        #expect(closed.summary == "Northwind Shipping closed two depots in Lyon")
    }

    @Test func itAfterAnotherSubjectIsLeftAlone() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. The tanker was built in Lyon. It sank later.",
                           values: ["2024-07-08"], published: "2024-07-09")
        #expect(!actors(ms, "sank").contains("Northwind Shipping"))
    }

    @Test func aDescriptionWithANameOfItsOwnIsThatName() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. The Bristol company Harbour Lines bought it.",
                           values: ["2024-07-08"], published: "2024-07-09")
        #expect(!actors(ms, "bought").contains("Northwind Shipping"))
    }

    @Test func aSurnameIsNoOrganisation() {
        let ms = F.extract("Chief executive Ana Ruiz resigned ⟦on Monday⟧. Ruiz left the board. The company named a successor.",
                           values: ["2024-07-08"], published: "2024-07-09")
        #expect(!actors(ms, "named").contains("Ruiz"))
    }

    @Test func theActorFilterFindsTheEventByTheName() {
        let ms = F.extract("Northwind Shipping sold its oldest tanker ⟦on Monday⟧. The company said it would close two depots.",
                           values: ["2024-07-08"], published: "2024-07-09")
        let events = MentionMerger(within: F.within).merge(ms, documents: [])
        let filter = EventFilter(actors: ["northwind shipping"])
        let close = events.first { $0.mentions.contains { $0.triggerText == "close" } }
        #expect(close.map { filter.hasActor($0, filter.actorQueries) } == true)
    }
}
