import Testing
import TimelineCore

@Suite struct CurationApplyTests {
    typealias F = CurationFixture
    let base = F.chronology

    func curate(_ ops: [CurationOperation], includeHidden: Bool = false) -> (chronology: Chronology, orphans: [CurationOrphan]) {
        let entries = ops.enumerated().map { F.entry($1, time: "2026-12-04T07:3\($0):00Z") }
        return apply(Curation(entries: entries), to: base, includeHidden: includeHidden)
    }

    func ref(_ id: String) -> EventRef { EventRef(F.event(base, id)!) }

    @Test func anEmptyCurationChangesNothing() {
        let (c, orphans) = apply(Curation(), to: base)
        #expect(c == base)
        #expect(orphans.isEmpty)
    }

    @Test func starsAndNotesMarkTheEventAndNothingElse() throws {
        let (c, orphans) = curate([.star(ref("e-crane")), .note(ref("e-crane"), text: "Check with the port authority")])
        #expect(orphans.isEmpty)
        let crane = try #require(F.event(c, "e-crane"))
        #expect(crane.curation.starred)
        #expect(crane.curation.notes == [CurationNote(author: "ana", time: "2026-12-04T07:31:00Z", text: "Check with the port authority")])
        #expect(crane.curation.isCurated)
        #expect(c.events.map(\.id) == base.events.map(\.id))
        #expect(c.events.filter { $0.id != "e-crane" }.allSatisfy { !$0.curation.isCurated })
        // Unstarring later wins.
        let (u, _) = curate([.star(ref("e-crane")), .unstar(ref("e-crane"))])
        #expect(F.event(u, "e-crane")?.curation.starred == false)
    }

    @Test func hiddenEventsAreLeftOutUnlessAskedFor() throws {
        let (c, _) = curate([.hide(ref("e-quit"))])
        #expect(F.event(c, "e-quit") == nil)
        #expect(c.events.count == base.events.count - 1)
        let (all, _) = curate([.hide(ref("e-quit"))], includeHidden: true)
        #expect(F.event(all, "e-quit")?.curation.hidden == true)
        let (shown, _) = curate([.hide(ref("e-quit")), .unhide(ref("e-quit"))])
        #expect(F.event(shown, "e-quit")?.curation.hidden == false)
    }

    @Test func aHiddenMentionNoLongerDatesItsEvent() throws {
        // Without the gazette's 3–5 May the talks are the wire's 4 May; the gazette's sentence is gone from the event.
        let (c, _) = curate([.hideMention(MentionRef(F.talksB))])
        let talks = try #require(F.event(c, "e-talks"))
        #expect(talks.mentions.map(\.document) == ["gazette"])
        #expect(talks.date.interval == DayInterval(F.day("2021-05-03"), F.day("2021-05-05")))
        let (all, _) = curate([.hideMention(MentionRef(F.talksB))], includeHidden: true)
        let kept = try #require(F.event(all, "e-talks"))
        #expect(kept.mentions.count == 2)
        #expect(kept.mentions.filter(\.isHidden).map(\.document) == ["wire"])
        #expect(kept.date.interval == DayInterval(F.day("2021-05-03"), F.day("2021-05-05")))
    }

    @Test func aCuratedDateWinsAndSaysSo() throws {
        // "5 May" against the gazette's publication (28 April 2021) is 5 May 2021.
        let (c, orphans) = curate([.setDate(ref("e-crane"), text: "5 May")])
        #expect(orphans.isEmpty)
        let crane = try #require(F.event(c, "e-crane"))
        #expect(crane.date.interval == DayInterval(day: F.day("2021-05-05")))
        #expect(crane.date.derivation == "set by ana on 4 Dec 2026 (“5 May”); extracted: week 16, 2021 (19–25 Apr 2021)")
        // It moves to its place in date order: after the talks of 4 May.
        #expect(c.events.map(\.id) == ["e-resigned", "e-quit", "e-talks", "e-crane"])
    }

    @Test func aRelativeDateIsReadAgainstTheEventsOwnArticle() throws {
        // The gazette was published on 28 April, the wire on 30 April: "yesterday" differs.
        let (c, _) = curate([.setDate(ref("e-resigned"), text: "yesterday"), .setDate(ref("e-quit"), text: "yesterday")])
        #expect(F.event(c, "e-resigned")?.date.interval == DayInterval(day: F.day("2021-04-27")))
        #expect(F.event(c, "e-quit")?.date.interval == DayInterval(day: F.day("2021-04-29")))
    }

    @Test func anUnreadableDateIsAnOrphanAndChangesNothing() throws {
        let (c, orphans) = curate([.setDate(ref("e-crane"), text: "whenever the tide turns")])
        #expect(F.event(c, "e-crane")?.date == F.crane.date)
        #expect(orphans.count == 1)
        #expect(orphans.first?.reason.contains("whenever the tide turns") == true)
    }

    @Test func modalityAndRename() throws {
        let (c, _) = curate([.setModality(ref("e-talks"), .claimed), .rename(ref("e-talks"), summary: "Ferry talks (Zürich)")])
        let talks = try #require(F.event(c, "e-talks"))
        #expect(talks.modality == .claimed)
        #expect(talks.summary == "Ferry talks (Zürich)")
        #expect(talks.curation.changes.count == 2)
    }

    @Test func mergeJoinsTheMentionsIntoTheTarget() throws {
        let (c, orphans) = curate([.star(ref("e-quit")), .merge(ref("e-quit"), into: ref("e-resigned"))])
        #expect(orphans.isEmpty)
        #expect(F.event(c, "e-quit") == nil)
        let merged = try #require(F.event(c, "e-resigned"))
        #expect(Set(merged.mentions.map(\.document)) == ["gazette", "wire"])
        #expect(merged.summary == "The mayor resigned")
        #expect(merged.curation.starred)
        #expect(c.events.count == base.events.count - 1)
        // Later entries naming either event find the merged one.
        let (n, _) = curate([.merge(ref("e-quit"), into: ref("e-resigned")), .note(ref("e-quit"), text: "same resignation")])
        #expect(F.event(n, "e-resigned")?.curation.notes.map(\.text) == ["same resignation"])
    }

    @Test func mergingDisagreeingDatesFlagsTheConflict() throws {
        let (c, _) = curate([.merge(ref("e-crane"), into: ref("e-quit"))])
        let merged = try #require(F.event(c, "e-quit"))
        #expect(merged.conflict == false)   // a week and a day inside it agree
        let (d, _) = curate([.merge(ref("e-talks"), into: ref("e-quit"))])
        #expect(F.event(d, "e-quit")?.conflict == true)
    }

    @Test func splitMakesTheMentionAnEventOfItsOwn() throws {
        let (c, orphans) = curate([.split(MentionRef(F.talksB))])
        #expect(orphans.isEmpty)
        #expect(c.events.count == base.events.count + 1)
        let talks = try #require(F.event(c, "e-talks"))
        #expect(talks.mentions == [F.talksA])
        #expect(talks.date.interval == DayInterval(F.day("2021-05-03"), F.day("2021-05-05")))
        let alone = try #require(c.events.first { $0.mentions == [F.talksB] })
        #expect(alone.id != "e-talks")
        #expect(alone.summary == F.talksB.text)
        #expect(alone.date == F.talksB.date)
        // The split-off event has an id that is the same every time.
        let (again, _) = curate([.split(MentionRef(F.talksB))])
        #expect(again.events.first { $0.mentions == [F.talksB] }?.id == alone.id)
        // Splitting the only mention of an event changes nothing.
        let (same, _) = curate([.split(MentionRef(F.crane))])
        #expect(same.events.map(\.mentions) == base.events.map(\.mentions))
    }

    @Test func entriesThatNoLongerFindTheirMentionAreOrphans() throws {
        // The article was edited: the sentence is not there any more.
        var gone = MentionRef(F.crane)
        gone.sentenceHash = MentionRef.sentenceHash("A crane fell near Lviv last week.")
        gone.sentence = "A crane fell near Lviv last week."
        let entries = [F.entry(.star(EventRef(mentions: [gone]))), F.entry(.star(ref("e-talks")), time: "2026-12-04T08:00:00Z")]
        let (c, orphans) = apply(Curation(entries: entries), to: base)
        #expect(orphans.map(\.entry) == [entries[0]])
        #expect(orphans[0].description.contains("A crane fell near Lviv"))
        #expect(F.event(c, "e-talks")?.curation.starred == true)
        #expect(F.event(c, "e-crane")?.curation.starred == false)
    }

    @Test func aMovedTriggerInTheSameSentenceStillFindsItsMention() throws {
        var moved = MentionRef(F.crane)
        moved.trigger = TextRange(moved.trigger.start, moved.trigger.end + 5)   // a new version reads "collapsed near"
        let (c, orphans) = apply(Curation(entries: [F.entry(.star(EventRef(mentions: [moved])))]), to: base)
        #expect(orphans.isEmpty)
        #expect(F.event(c, "e-crane")?.curation.starred == true)
    }

    @Test func filtersSelectByCurationMarks() throws {
        let (c, _) = curate([.star(ref("e-crane")), .note(ref("e-talks"), text: "two dates"), .hideMention(MentionRef(F.talksB)),
                             .hide(ref("e-quit"))], includeHidden: true)
        let q = ChronologyQuery(chronology: c, cityMatcher: { _ in [] })
        func ids(_ marks: Set<CurationMark>) -> [String] { q.events(matching: EventFilter(marks: marks)).map(\.id) }
        #expect(ids([.starred]) == ["e-crane"])
        #expect(ids([.noted]) == ["e-talks"])
        #expect(Set(ids([.curated])) == ["e-crane", "e-talks", "e-quit"])
        #expect(Set(ids([.hidden])) == ["e-talks", "e-quit"])
        #expect(ids([.starred, .noted]).isEmpty)
        let index = ChronologyIndex(chronology: c, cityMatcher: { _ in [] })
        for marks: Set<CurationMark> in [[.starred], [.noted], [.curated], [.hidden]] {
            #expect(index.indices(matching: EventFilter(marks: marks)) == q.indices(matching: EventFilter(marks: marks)))
        }
    }
}

@Suite struct CuratedDateTests {
    static let published = Day(iso: "2022-03-28")!

    @Test(arguments: [
        ("5 April", "2022-04-05", "2022-04-05"), ("2022-04-05", "2022-04-05", "2022-04-05"), ("yesterday", "2022-03-27", "2022-03-27"),
        ("next friday", "2022-04-01", "2022-04-01"), ("March 2022", "2022-03-01", "2022-03-31"), ("2021", "2021-01-01", "2021-12-31"),
        ("2022-03", "2022-03-01", "2022-03-31"), ("between 28 and 30 March", "2022-03-28", "2022-03-30"),
    ])
    func readsWhatTheTaggerReads(typed: String, start: String, end: String) throws {
        let d = try #require(CuratedDate.read(typed, publication: Self.published))
        #expect(d.interval == DayInterval(Day(iso: start)!, Day(iso: end)!))
    }

    @Test(arguments: ["", "whenever", "31 February", "2022-13-01", "soon-ish maybe"])
    func refusesWhatIsNoDate(typed: String) {
        #expect(CuratedDate.read(typed, publication: Self.published) == nil)
    }
}
