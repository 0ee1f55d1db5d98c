import Testing
@testable import TimelineCore

/// Hostages taken and set free, told with different words by different outlets: kidnapping, abducting and seizing
/// people are one capture (`TriggerLexicon`), never an arrest; letting captives go, their walking or being set free
/// are releasing them (`PhrasalPredicates`); a date right after a participle restricting the subject is the
/// participle's (`ParseRepair.dateAfterTheSubjectsParticiple`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct HostageTakingTests {
    typealias F = EventFixtures
    let t = ParseRepairTests()

    func merge(_ ms: [ExtractedMention]) -> [Event] { MentionMerger(within: F.within).merge(ms, documents: []) }

    @Test func kidnappedAbductedAndSeizedOnOneDayAreOneEvent() throws {
        let a = F.extract("Gunmen seized four engineers on a road near the border ⟦on Tuesday⟧.", values: ["2025-03-04"], id: "a", published: "2025-03-04")
        let b = F.extract("The four were kidnapped ⟦on March 4⟧ near the border.", values: ["2025-03-04"], id: "b", published: "2025-03-10")
        let c = F.extract("The engineers, abducted ⟦on 4 March⟧, are still missing.", values: ["2025-03-04"], id: "c", published: "2025-03-12")
        let events = merge(a + b + c)
        let taking = try #require(events.first { $0.mentions.contains { $0.triggerText == "seized" } })
        #expect(Set(taking.documentIDs) == ["a", "b", "c"], "\(events.map(\.summary))")
    }

    @Test func kidnappingSomeoneIsNoArrest() throws {
        let m = F.extract("Armed men kidnapped him outside his home ⟦on Friday⟧.", values: ["2025-03-07"], published: "2025-03-08")
        let kidnap = try F.mention(m, "kidnapped")
        #expect(kidnap.lemma == "kidnap")
        #expect(kidnap.triggerClass == .capture)
        // (capturing a person is still arresting them)
        let r = F.extract("Police recaptured him near the station ⟦on Friday⟧.", values: ["2025-03-07"], published: "2025-03-08")
        #expect(try F.mention(r, "recaptured").lemma == "arrest")
    }

    @Test func lettingHostagesGoIsTheirReleaseAndADayApartIsAConflict() throws {
        let a = F.extract("Late ⟦on Monday⟧, the kidnappers let the two Kenyans go.", values: ["2025-05-12"], id: "a", published: "2025-05-20")
        #expect(try F.mention(a, "go").lemma == "release")
        let b = F.extract("Kidnappers released the two Kenyans ⟦on Tuesday⟧.", values: ["2025-05-13"], id: "b", published: "2025-05-14")
        let events = merge(a + b)
        let release = try #require(events.first { $0.mentions.contains { $0.triggerText == "released" } })
        #expect(Set(release.documentIDs) == ["a", "b"], "\(events.map(\.summary))")
        #expect(release.conflict)
        // (letting someone go with no captive is still read so, but "go" alone stays going)
        let g = F.extract("The two nurses will go home ⟦on Friday⟧.", values: ["2025-05-16"], published: "2025-05-14")
        #expect(try F.mention(g, "go").lemma != "release")
    }

    @Test func walkingFreeIsBeingReleased() throws {
        let a = F.extract("The three hostages walked free ⟦on Friday⟧ near the border.", values: ["2025-05-16"], id: "a", published: "2025-05-20")
        let b = F.extract("The three hostages were released ⟦on Friday⟧.", values: ["2025-05-16"], id: "b", published: "2025-05-17")
        #expect(try F.mention(a, "walked").lemma == "release")
        let events = merge(a + b)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        // (walking alone is no release)
        let w = F.extract("The minister walked to the parliament ⟦on Friday⟧.", values: ["2025-05-16"], published: "2025-05-17")
        #expect(try F.mention(w, "walked").lemma == "walk")
    }

    @Test func aDateAfterTheSubjectsParticipleIsTheParticiples() throws {
        let model = try #require(SyntaxModel.shared)
        let expected = [("13", "abducted"), ("Tuesday", "arrested")]
        for (example, (date, verb)) in zip(ParseRepair.dateAfterTheSubjectsParticiple.examples, expected) {
            let p = try #require(SyntaxText.analyse(example, model: model).first).repaired()
            #expect(t.head(p, date) == verb, "\(example)")
        }
        // (set off by commas, the participle leaves the verb its date; a date on the subject's own verb stays)
        let setOff = try #require(SyntaxText.analyse("The workers, hired last year, on Tuesday walked out.", model: model).first).repaired()
        #expect(t.head(setOff, "Tuesday") == "walked")
        let plain = try #require(SyntaxText.analyse("The company on Tuesday denied the report.", model: model).first).repaired()
        #expect(t.head(plain, "Tuesday") == "denied")
    }

    @Test func theReleaseTakesItsOwnDayNotTheAbductions() throws {
        let m = F.extract("The agency confirmed that its two engineers abducted in Sindh, Pakistan, ⟦on 13 October⟧ were released ⟦this morning⟧.",
                          values: ["2025-10-13", "2025-10-30TMO"], published: "2025-10-30")
        #expect(try F.mention(m, "released").mention.date.value == "2025-10-30TMO")
        #expect(try F.mention(m, "abducted").mention.date.value == "2025-10-13")
    }

    @Test func whatWasDoneInAVideoWasDoneWhenItCameOut() throws {
        let m = F.extract("In a video sent to journalists ⟦on Saturday⟧, the kidnappers demanded a ransom of $4 million.",
                          values: ["2025-10-18"], published: "2025-10-22")
        #expect(try F.mention(m, "demanded").mention.date.value == "2025-10-18")
        let n = F.extract("The rebels demanded a ransom of $4 million in a video released ⟦on October 17⟧.",
                          values: ["2025-10-17"], published: "2025-10-28")
        #expect(try F.mention(n, "demanded").mention.date.value == "2025-10-17")
        // (a medium the sentence does not date dates nothing)
        let o = F.extract("In a video posted online, the rebels demanded a ransom.", values: [], published: "2025-10-28")
        #expect(try F.mention(o, "demanded").mention.date.isFallback)
    }

    @Test func twoOutletsNamingNoSpeakerTellOneDemandByItsDayAndWords() throws {
        let a = F.extract("The kidnappers demanded a ransom of $4 million in a video ⟦on Saturday⟧.", values: ["2025-10-18"], id: "a", published: "2025-10-22")
        let b = F.extract("Their captors demanded a ransom ⟦on October 18⟧.", values: ["2025-10-18"], id: "b", published: "2025-10-28")
        let c = F.extract("Protesters demanded higher wages ⟦on October 18⟧.", values: ["2025-10-18"], id: "c", published: "2025-10-28")
        let events = merge(a + b + c)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        #expect(events.contains { $0.documentIDs == ["c"] }, "\(events.map(\.summary))")
    }

    @Test func stormingAPlaceIsRaidingItAndAStormStaysTheWeathers() throws {
        let a = F.extract("Commandos stormed a farmhouse near the border ⟦on Wednesday night⟧.", values: ["2025-10-22TNI"], id: "a", published: "2025-10-23")
        let b = F.extract("Troops raided a farmhouse ⟦on the night of October 22⟧.", values: ["2025-10-22TNI"], id: "b", published: "2025-11-10")
        let c = F.extract("A storm hit the coast ⟦on Wednesday night⟧.", values: ["2025-10-22TNI"], id: "c", published: "2025-10-23")
        #expect(try F.mention(a, "stormed").triggerClass == .attack)
        #expect(try F.mention(c, "storm").triggerClass == .accident)
        let events = merge(a + b + c)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        #expect(events.contains { $0.documentIDs == ["c"] }, "\(events.map(\.summary))")
    }

    @Test func drivingOffWithPeopleIsAbductingThem() throws {
        let a = F.extract("Gunmen stopped the convoy and drove off with four engineers ⟦on Tuesday⟧.", values: ["2025-03-04"], id: "a", published: "2025-03-10")
        #expect(try F.mention(a, "drove off").lemma == "kidnap")
        // (driving off with a van is no abduction)
        let v = F.extract("Thieves drove off with the van ⟦on Tuesday⟧.", values: ["2025-03-04"], published: "2025-03-10")
        #expect(try F.mention(v, "drove off").lemma != "kidnap")
    }

    @Test func aListOfNamesCountsThem() throws {
        let a = F.extract("Anna Berg, Tom Field and Sara Lind walked free ⟦on Friday⟧ near the border.", values: ["2025-10-31"], id: "a", published: "2025-11-10")
        let b = F.extract("The charity's three engineers were released ⟦on Friday⟧.", values: ["2025-10-31"], id: "b", published: "2025-11-01")
        let c = F.extract("Two other workers were released ⟦on Friday⟧.", values: ["2025-10-31"], id: "c", published: "2025-11-01")
        let events = merge(a + b + c)
        #expect(events.contains { Set($0.documentIDs) == ["a", "b"] }, "\(events.map(\.summary))")
        #expect(events.contains { $0.documentIDs == ["c"] }, "\(events.map(\.summary))")
    }
}
