import Testing
@testable import TimelineCore

/// Verbs that report no happening a timeline can place (states, descriptions, capabilities, conditions,
/// possibilities) give no mention unless a date of their own places them; the story's day in focus dates a later
/// clause that narrates in the past. Our own sentences, in the style of wire copy.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct NonHappeningTests {
    typealias F = EventFixtures

    func triggers(_ text: String, values: [String] = [], published: String = "2024-07-14") -> [String] {
        F.extract(text, values: values, published: published).compactMap(\.mention.triggerText)
    }

    /// Each rule's own examples: the ⟦word⟧ gives no mention.
    @Test(arguments: NonHappening.allCases)
    func eachRuleExampleGivesNoMention(_ rule: NonHappening) {
        for example in NonHappening.examples[rule] ?? [] {
            let word = example.split(separator: "⟦", omittingEmptySubsequences: false)[1].split(separator: "⟧")[0]
            let text = example.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "")
            #expect(!triggers(text).contains(String(word)), "\(rule): \(example)")
        }
    }

    /// "three weeks before the attack" in a sentence with no date measures the clause from an attack told elsewhere:
    /// the attack is no row of its own here.
    @Test func aHappeningMeasuredFromInAnUndatedSentenceIsNoRow() {
        let found = triggers("Prosecutors said Price had bought the handgun legally three weeks before the attack.", published: "2024-06-12")
        #expect(!found.contains("attack"), "\(found)")
        let dated = triggers("Police returned to the mall ⟦on Tuesday⟧, three days after the attack.", values: ["2024-06-11"], published: "2024-06-12")
        #expect(dated.contains("attack"), "\(dated)")
    }

    /// A headline asking a question reports nothing: "what happens next".
    @Test func aHeadlineQuestionIsNoHappening() {
        let found = F.extract("Carver's bankruptcy: what happens next", values: [], published: "2009-05-01", headline: true)
        #expect(!found.contains { $0.mention.triggerText == "happens" }, "\(found.map(\.summary))")
    }

    /// What an infinitive modifying a noun hosts has not happened: "a request to keep paying its workers"; the clause
    /// that holds it has.
    @Test func whatAnInfinitiveOfANounHostsHasNotHappened() {
        let paying = triggers("Judge Arthur Hale approved the company's request to keep paying its workers ⟦on Friday⟧.", values: ["2009-05-01"],
                              published: "2009-05-01")
        #expect(paying.contains("approved") && !paying.contains("paying"), "\(paying)")
    }

    /// Quoted talk with no date of its own is no happening; quoted talk with a date is.
    @Test func undatedQuotedTalkIsNoHappening() {
        let undated = triggers("“We have given the company every chance,” union leader Karen Pryce told reporters.")
        #expect(undated.filter { $0 != "told" }.isEmpty, "\(undated)")
        let dated = triggers("“We offered the company a deal ⟦on Monday⟧,” union leader Karen Pryce told reporters.", values: ["2024-07-08"])
        #expect(dated.contains("offered"), "\(dated)")
        let measured = F.extract("“We have been sleeping under plastic sheets ⟦for five nights⟧,” said Bimala Khadka.", values: ["P5D"])
        #expect(!measured.contains { $0.mention.triggerText == "sleeping" }, "\(measured.compactMap(\.mention.triggerText))")
        let outside = triggers("The union has given the company every chance, Karen Pryce told reporters.")
        #expect(!outside.isEmpty, "\(outside)")
    }

    /// A demand's content has not happened even with a date of its own; the demand itself, and a happening dated in
    /// the same complement, stay.
    @Test func aDemandsDatedContentIsNoHappening() {
        let found = triggers("The opposition demanded ⟦on Monday⟧ that the vote go ahead ⟦on Friday⟧.", values: ["2024-07-08", "2024-07-12"])
        #expect(!found.contains("go"), "\(found)")
        #expect(found.contains("demanded"), "\(found)")
        let indicative = triggers("The opposition said ⟦on Monday⟧ that the vote went ahead ⟦on Friday⟧.", values: ["2024-07-08", "2024-07-05"])
        #expect(indicative.contains("went"), "\(indicative)")
    }

    /// A comparison's yardstick is no happening even with a date of its own.
    @Test func aDatedComparisonIsNoHappening() {
        let found = triggers("The insurer said it lost $2 million ⟦in the third quarter⟧, compared with a loss of $1 million ⟦a year earlier⟧.",
                             values: ["2024-07-01/2024-09-30", "2023-07-01/2023-09-30"], published: "2024-10-30")
        #expect(!found.contains("compared"), "\(found)")
    }

    /// What someone is told or advised to do has not happened, whatever date opens the sentence.
    @Test func anInstructionsContentIsNoHappening() {
        let found = triggers("Earlier, ⟦on June 24⟧, the company told customers to hold the phone differently.", values: ["2024-06-24"])
        #expect(!found.contains("hold"), "\(found)")
        let without = triggers("The gunman fled ⟦on Saturday⟧ without firing a shot.", values: ["2024-06-08"])
        #expect(without.contains("fled") && !without.contains("firing"), "\(without)")
    }

    @Test(arguments: [
        ("The new model features a larger screen and comes in two colours.", ["features", "comes"]),
        ("Users can download music to the device.", ["download"]),
        ("The phone may have a large impact on the industry.", ["have", "impact"]),
        ("He showed videos demonstrating a drop in signal strength.", ["demonstrating"]),
        ("The kit will allow developers to create applications and sell them.", ["create", "sell"]),
        ("If the talks fail, the strike will go on.", ["fail"]),
    ])
    func describedNotHappened(_ text: String, _ absent: [String]) {
        let found = triggers(text)
        for word in absent { #expect(!found.contains(word), "\(word) in \(found)") }
    }

    @Test(arguments: [
        ("Navy divers rescued the last four boys.", "rescued"),
        ("Rebels attacked a convoy near Siliguri, killing two drivers.", "killing"),
        ("He unveiled the phone by walking onto the stage.", "walking"),
        ("The company will cut the price by $200.", "cut"),
    ])
    func happeningsStay(_ text: String, _ trigger: String) {
        #expect(triggers(text).contains(trigger))
    }

    @Test func aHeadlinesPresentIsNews() {
        let text = "Apple unveils new iPod\nThe new model features a larger screen."
        let found = F.extract(text, values: [], headline: true).compactMap(\.mention.triggerText)
        #expect(found.contains("unveils"))
        #expect(!found.contains("features"))
    }

    @Test func aDatedStateOrPossibilityStays() {
        #expect(triggers("The port could reopen ⟦on Monday⟧.", values: ["2024-07-15"]).contains("reopen"))
        #expect(triggers("The store opens ⟦on Friday⟧.", values: ["2024-07-19"]).contains("opens"))
    }

    @Test func reportedWouldIsAPlan() throws {
        let ms = F.extract("The harbour master said the port would reopen.", values: [])
        let m = try #require(ms.first { $0.mention.triggerText == "reopen" })
        #expect(m.mention.modality == .planned)
    }

    @Test func theDayInFocusDatesALaterPastClause() throws {
        let ms = F.extract("Apple unveiled the phone ⟦on Monday⟧ in San Francisco. Jobs also showed off video calls. "
                           + "The company has sold five million phones.", values: ["2024-07-08"], published: "2024-07-09")
        let showed = try #require(ms.first { $0.mention.triggerText == "showed off" })
        #expect(showed.mention.date.value == "2024-07-08")
        #expect(showed.mention.date.isFallback)
        #expect(showed.mention.date.derivation.contains("'on Monday'"))
        // The present perfect reports what holds at publication, not the day in focus.
        let sold = try #require(ms.first { $0.mention.triggerText == "sold" })
        #expect(sold.mention.date.value == "2024-07-09")
    }

    @Test func aDayLongBeforePublicationIsNoFocus() throws {
        let ms = F.extract("The company was founded ⟦in 1976⟧. Jobs also showed off video calls.",
                           values: ["1976"], published: "2024-07-09")
        let showed = try #require(ms.first { $0.mention.triggerText == "showed off" })
        #expect(showed.mention.date.value == "2024-07-09")
    }

    @Test func aSentenceWithADateOfItsOwnTakesNoFocus() throws {
        let ms = F.extract("Apple unveiled the phone ⟦on Monday⟧. ⟦One year later⟧ he was fired and he founded NeXT.",
                           values: ["2024-07-08", "1986"], published: "2024-07-09")
        let founded = try #require(ms.first { $0.mention.triggerText == "founded" })
        #expect(founded.mention.date.value != "2024-07-08")
    }

    @Test func aDateOpeningTheSentenceDatesEveryClause() throws {
        let ms = F.extract("⟦In 1996⟧, after months of talks, Jobs returned to Apple and soon took over as chief executive.",
                           values: ["1996"], published: "2011-10-06")
        let returned = try #require(ms.first { $0.mention.triggerText == "returned" })
        #expect(returned.mention.date.value == "1996")
        #expect(!returned.mention.date.isFallback)
    }
}
