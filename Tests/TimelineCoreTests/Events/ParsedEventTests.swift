import Testing
@testable import TimelineCore

/// Events read from the parse: any verb or event noun is a happening, with its own date, negation, modality,
/// attribution and a summary from its own words. Our own sentences, in the style of wire copy.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ParsedEventTests {
    typealias F = EventFixtures

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test(arguments: [
        ("Navy divers rescued the last four boys ⟦on Tuesday⟧.", "rescued"),
        ("The container ship was refloated ⟦on Monday⟧.", "refloated"),
        ("Rescuers suspended the pumping ⟦on Wednesday⟧.", "suspended"),
        ("A former navy diver died in the cave ⟦on Friday⟧.", "died"),
    ])
    func anyVerbIsAHappening(_ sentence: String, _ trigger: String) throws {
        let ms = F.extract(sentence, values: ["2024-07-12"])
        let m = try #require(ms.first { $0.mention.triggerText == trigger })
        #expect(m.mention.date.value == "2024-07-12")
        #expect(!m.mention.date.isFallback)
        #expect(m.mention.modality == .happened)
    }

    @Test func eachClauseKeepsItsOwnDate() throws {
        let ms = F.extract("The ship was refloated ⟦on Monday⟧ and the channel reopened ⟦on 10 June⟧.", values: ["2024-06-03", "2024-06-10"])
        let refloated = try #require(ms.first { $0.mention.triggerText == "refloated" })
        let reopened = try #require(ms.first { $0.mention.triggerText == "reopened" })
        #expect(refloated.mention.date.value == "2024-06-03")
        #expect(reopened.mention.date.value == "2024-06-10")
        #expect(reopened.summary == "The channel reopened")
    }

    @Test func anEventNounFromWordNetIsAHappening() throws {
        let ms = F.extract("The funeral of the diver took place in Siliguri ⟦on Friday⟧.", values: ["2024-07-12"])
        let m = try #require(ms.first)
        #expect(ms.count == 1)
        #expect(m.mention.triggerText == "funeral")
        #expect(m.mention.date.value == "2024-07-12")
        #expect(m.mention.places.map(\.place.name) == ["Siliguri"])
    }

    /// The ends of a journey a happening interrupted are no place of it; where it happened is.
    @Test func theEndsOfAJourneyAreNoPlaceOfWhatHappenedOnIt() throws {
        let ms = F.extract("The ferry capsized near Sylhet ⟦on Monday⟧ on its way from Dhaka to Siliguri.", values: ["2024-07-08"])
        let m = try F.mention(ms, "capsized")
        #expect(m.mention.places.map(\.place.name) == ["Sylhet"])
        let route = F.extract("The bus overturned ⟦on Monday⟧ on the route to Siliguri.", values: ["2024-07-08"])
        #expect(try F.mention(route, "overturned").mention.places.isEmpty)
        // A traveller's destination stays the place of the travel: "flew to Dhaka".
        let flew = F.extract("The minister flew to Dhaka ⟦on Monday⟧.", values: ["2024-07-08"])
        #expect(try F.mention(flew, "flew").mention.places.map(\.place.name) == ["Dhaka"])
    }

    /// A place that says whose an outlet or a person is places nothing: "a Houston television station" is no
    /// denial in Dhaka, "a Lyon lawyer" files no suit in Lyon and acts as no "Lyon"; a hospital is a site.
    @Test func aPlaceQualifyingAnOutletOrARoleIsNoPlaceOfTheHappening() throws {
        let denied = F.extract("The company denied ⟦on Wednesday⟧ a report by a Dhaka television station.", values: ["2025-10-15"])
        #expect(try F.mention(denied, "denied").mention.places.isEmpty)
        let suit = F.extract("A Lyon lawyer filed suit in Siliguri ⟦on Friday⟧.", values: ["2025-10-17"])
        let filed = try F.mention(suit, "filed")
        #expect(filed.mention.places.map(\.place.name) == ["Siliguri"])
        #expect(!filed.mention.actors.contains("Lyon"))
        let taken = F.extract("Two men were taken to a Dhaka hospital ⟦on Thursday⟧.", values: ["2025-10-16"])
        #expect(try F.mention(taken, "taken").mention.places.map(\.place.name) == ["Dhaka"])
    }

    @Test func aDeniedPlanIsNegatedAndAttributed() throws {
        let ms = F.extract("The port will not reopen ⟦on Tuesday⟧, the harbour master said.", values: ["2024-07-16"])
        let m = try #require(ms.first { $0.mention.triggerText == "reopen" })
        #expect(m.mention.negated)
        #expect(m.mention.modality == .planned)
        #expect(m.mention.attribution == "the harbour master")
        #expect(m.summary == "The port will not reopen")
    }

    @Test func expectingToReopenIsExpectedNotHappened() throws {
        let ms = F.extract("Officials expect to reopen the channel ⟦by the end of May⟧.", values: ["2024-05"])
        let m = try #require(ms.first)
        #expect(ms.count == 1)
        #expect(m.mention.triggerText == "reopen")
        #expect(m.mention.modality == .expected)
    }

    @Test func aPronounTakesTheNameItStandsFor() throws {
        let ms = F.extract("Governor Ana Ruiz toured the port ⟦on Sunday⟧. She said the bridge would be rebuilt.", values: ["2024-07-14"])
        let toured = try #require(ms.first { $0.mention.triggerText == "toured" })
        #expect(toured.mention.actors.contains("Ana Ruiz"))
        let rebuilt = try #require(ms.first { $0.mention.triggerText == "rebuilt" })
        #expect(rebuilt.mention.attribution == "Ana Ruiz")
        // Reported speech: "would" is the reported "will".
        #expect(rebuilt.mention.modality == .planned)
    }

    @Test func aVerbAndItsEventNounAreOneEvent() throws {
        let a = F.extract("Divers rescued the boys ⟦on Tuesday⟧.", values: ["2024-07-09"], id: "a")
        let b = F.extract("The rescue of the boys ended ⟦on Tuesday⟧.", values: ["2024-07-09"], id: "b")
        let events = merge(a + b)
        let e = try #require(events.first)
        #expect(events.count == 1)
        #expect(Set(e.documentIDs) == ["a", "b"])
        #expect(Set(e.mentions.compactMap(\.triggerText)) == ["rescued", "rescue"])
    }

    @Test func differentHappeningsOnOneDayStayApart() {
        let a = F.extract("Divers rescued the boys ⟦on Tuesday⟧.", values: ["2024-07-09"], id: "a")
        let b = F.extract("Divers found the boys ⟦on Tuesday⟧.", values: ["2024-07-09"], id: "b")
        #expect(merge(a + b).count == 2)
    }

    @Test func timeZonesAndDatesNameNoOne() throws {
        let ms = F.extract("Engineers reopened the channel at 06:40 GMT ⟦on Friday⟧.", values: ["2024-07-12"])
        let m = try #require(ms.first)
        #expect(!m.mention.actors.contains { $0.contains("GMT") || $0.contains("Friday") })
    }
}
