import Testing
@testable import TimelineCore

@Suite struct DatelineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var place: String?
        var month: Int?
        var day: Int?
        var year: Int?
        var agency: String?
        var rest: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Moscow, March 28,(dpa/GNA) – Talks could resume.", place: "Moscow", month: 3, day: 28, agency: "dpa/GNA", rest: "Talks could resume."),
        Case(text: "KYIV, Ukraine (AP) — Russian forces shelled the city.", place: "KYIV, Ukraine", agency: "AP", rest: "Russian forces shelled the city."),
        Case(text: "LONDON (Reuters) - Britain said on Monday it would act.", place: "LONDON", agency: "Reuters", rest: "Britain said on Monday it would act."),
        Case(text: "Feb. 2 (UPI) -- A storm hit the coast.", month: 2, day: 2, agency: "UPI", rest: "A storm hit the coast."),
        Case(text: "GENEVA, June 15 (DL) – The council met.", place: "GENEVA", month: 6, day: 15, agency: "DL", rest: "The council met."),
        Case(text: "PARIS, March 14, 2023 (AFP) - Strikes continued.", place: "PARIS", month: 3, day: 14, year: 2023, agency: "AFP", rest: "Strikes continued."),
        Case(text: "WASHINGTON — The Senate voted.", place: "WASHINGTON", rest: "The Senate voted."),
        Case(text: "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.", place: "PORT-AU-PRINCE, Haiti", agency: "AP", rest: "Gangs attacked."),
        Case(text: "Berlin, 3 October (dpa) - Germany celebrated.", place: "Berlin", month: 10, day: 3, agency: "dpa", rest: "Germany celebrated."),
        Case(text: "International desk, July 18: Divers reached the boys.", month: 7, day: 18, rest: "Divers reached the boys."),
        Case(text: "Foreign Desk, 4 May 2021: The port reopened.", month: 5, day: 4, year: 2021, rest: "The port reopened."),
        Case(text: "CHIANG RAI, July 9 (Reuters) – Rescuers pumped water.", place: "CHIANG RAI", month: 7, day: 9, agency: "Reuters", rest: "Rescuers pumped water."),
        Case(text: "CHIANG RAI, Thailand, July 9 (Reuters) - Rescuers pumped water.", place: "CHIANG RAI, Thailand", month: 7, day: 9, agency: "Reuters", rest: "Rescuers pumped water."),
        Case(text: "MAE SAI, Thailand -- The boys were safe.", place: "MAE SAI, Thailand", rest: "The boys were safe."),
        Case(text: "WASHINGTON (AP) — The bridge collapsed.", place: "WASHINGTON", agency: "AP", rest: "The bridge collapsed."),
        Case(text: "BALTIMORE, Md. (AP) — Divers searched the river.", place: "BALTIMORE, Md.", agency: "AP", rest: "Divers searched the river."),
        Case(text: "MAE SAI, Thailand, Monday, July 9 (AP) — Four more boys were freed.", place: "MAE SAI, Thailand", month: 7, day: 9,
             agency: "AP", rest: "Four more boys were freed."),
        Case(text: "Chiang Rai, Tuesday July 10, 2018 (AFP) - The last boys came out.", place: "Chiang Rai", month: 7, day: 10, year: 2018,
             agency: "AFP", rest: "The last boys came out."),
        Case(text: "(Reuters) - Thai navy divers reached the chamber.", agency: "Reuters", rest: "Thai navy divers reached the chamber."),
        Case(text: "International Desk, 18 July 2018: Rain eased.", month: 7, day: 18, year: 2018, rest: "Rain eased."),
        Case(text: "LONDON, Feb 28 (Wire) - Train drivers will walk out.", place: "LONDON", month: 2, day: 28, agency: "Wire",
             rest: "Train drivers will walk out."),
        // (a press-release wire between slashes)
        Case(text: "TORONTO, Oct. 8, 2025 /CNW/ – The carrier denied the report.", place: "TORONTO", month: 10, day: 8, year: 2025, agency: "CNW",
             rest: "The carrier denied the report."),
        Case(text: "NEW YORK, March 3, 2024 /PRNewswire/ -- The company announced a merger.", place: "NEW YORK", month: 3, day: 3, year: 2024,
             agency: "PRNewswire", rest: "The company announced a merger."),
        Case(text: "SPRINGFIELD, Ill. (Wire) — A federal jury convicted the former mayor.", place: "SPRINGFIELD, Ill.", agency: "Wire",
             rest: "A federal jury convicted the former mayor."),
        // (a press release's date after the city, set off by a second dash)
        Case(text: "AUSTIN, Texas – March 3, 2025 – The utility restored power to 40,000 homes today.", place: "AUSTIN, Texas", month: 3, day: 3,
             year: 2025, rest: "The utility restored power to 40,000 homes today."),
        Case(text: "LEEDS – 12 May 2024 – The council approved the plan.", place: "LEEDS", month: 5, day: 12, year: 2024,
             rest: "The council approved the plan."),
        Case(text: "HULL -- 2 June 2025 -- Dockers walked out.", place: "HULL", month: 6, day: 2, year: 2025, rest: "Dockers walked out."),
        // (a sentence opening with a date is no release date)
        Case(text: "WASHINGTON – March 3 was the day the Senate voted.", place: "WASHINGTON", rest: "March 3 was the day the Senate voted."),
        // A date on a line of its own (Wikinews, many web pages).
        Case(text: "Friday, July 21, 2017\n\nA group of Afghan teenagers was awarded a silver medal.", month: 7, day: 21, year: 2017,
             rest: "A group of Afghan teenagers was awarded a silver medal."),
        Case(text: "21 July 2017\nThe team arrived in Washington.", month: 7, day: 21, year: 2017, rest: "The team arrived in Washington."),
        Case(text: "Tuesday, March 5\n\nThe port reopened.", month: 3, day: 5, rest: "The port reopened."),
    ]

    @Test(arguments: cases)
    func recognises(_ c: Case) throws {
        let text = ScalarText(c.text)
        let d = try #require(DatelineParser().parse(text, at: 0))
        #expect(d.place == c.place)
        #expect(d.month == c.month)
        #expect(d.day == c.day)
        #expect(d.year == c.year)
        #expect(d.agency == c.agency)
        let first = try #require(SentenceSegmenter().segment(text, in: TextRange(d.range.end, text.count)).first)
        #expect(text[first.range] == c.rest)
    }

    static let negatives = [
        "Apple, Google and Microsoft - the big three - fell.",
        "Ukrainian President Volodymyr Zelensky (pictured) — who spoke on Monday — said no.",
        "The talks - if they happen - will be in Istanbul.",
        "Prices rose 3.5% - the most in a year.",
        "March 28 was a Monday.",
        "Officials said: the port will reopen.",
        "The governor, July 18: a statement followed.",
        "Mae Sai, Thailand -- a town on the border -- was quiet.",
        "Help desk: call us.",
        "MAE SAI, Monday -- the rain stopped.",
        "(Pictured) - the cave entrance.",
        "(Reuters): the agency said.",
        "Lopez (Transport) - the secretary - spoke.",
        "LONDON (Wire) - an outlet we do not know, with no date.",
        "July 21, 2017, was the hottest day of the year.\nIt was.",
        "Friday, July 21, 2017",
        "March 5, 2020\nThe WHO declared a pandemic.\n\nMarch 11, 2020\nThe WHO called it a pandemic.",
        "Friday\nThe port reopened.",
    ]

    @Test(arguments: negatives)
    func rejects(_ s: String) {
        #expect(DatelineParser().parse(ScalarText(s), at: 0) == nil)
    }

    @Test func theDatelinesWeekdayGivesTheYearWhenNothingElseDoes() throws {
        // 9 July fell on a Monday in 2018 (and in 2012, 2007...): the most recent such year before today.
        let t = try TempCorpus(["a.txt": "MAE SAI, Thailand, Monday, July 9 (AP) — Four more boys were freed from the cave."])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: Day(year: 2020, month: 1, day: 1)!).load(paths: [t.dir])
        let doc = try #require(c.documents.first)
        #expect(doc.published == Day(year: 2018, month: 7, day: 9))
        #expect(doc.publishedBasis.explanation.contains("weekday"))
    }

    /// Wikinews sets the date on a line of its own under the headline: it is the publication date.
    @Test func aDateOnALineOfItsOwnUnderTheHeadline() throws {
        let t = try TempCorpus(["a.txt": "Over 900 asylum seekers rescued off Indonesian coast\n\nSaturday, May 16, 2015\n\nOn Friday, fishermen rescued over 700 asylum seekers."])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let doc = try #require(c.documents.first)
        #expect(doc.published == Day(year: 2015, month: 5, day: 16))
        #expect(doc.title == "Over 900 asylum seekers rescued off Indonesian coast")
        #expect(doc.sentenceTexts == ["Over 900 asylum seekers rescued off Indonesian coast", "On Friday, fishermen rescued over 700 asylum seekers."])
    }

    @Test func theCorpusGivesTheYearOfADatelineWithout() throws {
        let t = try TempCorpus([
            "a.txt": "CHIANG RAI, July 9 (Reuters) – Rescuers pumped water from the cave.",
            "b.md": "---\npublished: 2018-07-08\n---\nDivers reached the boys.",
        ])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let doc = try #require(c.documents.first { $0.id == "a" })
        #expect(doc.published == Day(year: 2018, month: 7, day: 9))
        #expect(doc.source == "Reuters")
    }

    @Test func loaderKeepsTheDatelineOffTheFirstSentence() throws {
        let t = try TempCorpus(["a.txt": "GENEVA, June 15 (DL) – The council met. It voted."])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let doc = try #require(c.documents.first)
        #expect(doc.dateline?.agency == "DL")
        #expect(doc.source == "DL")
        #expect(doc.sentenceTexts == ["The council met.", "It voted."])
    }

    /// A headline other than the front matter's title is still the headline when a dateline follows it; the dateline
    /// stays off the first sentence.
    @Test func aDatelineAfterAHeadlineOtherThanTheTitle() throws {
        let t = try TempCorpus(["a.md": "---\ntitle: \"Thai cave rescue: all out\"\npublished: 2018-07-10\n---\nCave rescue complete as last boys emerge\n\nMAE SAI, Thailand — Thai rescuers freed the last of the boys on Tuesday."])
        defer { t.cleanUp() }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let doc = try #require(c.documents.first)
        #expect(doc.dateline?.place == "MAE SAI, Thailand")
        #expect(doc.title == "Thai cave rescue: all out")
        #expect(doc.sentenceTexts == ["Cave rescue complete as last boys emerge", "Thai rescuers freed the last of the boys on Tuesday."])
    }
}
