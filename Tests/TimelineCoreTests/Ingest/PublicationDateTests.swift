import Testing
@testable import TimelineCore

/// Every basis a publication date can have, each on a small article of our own.
@Suite struct PublicationDateTests {
    func load(_ files: [String: String], today: Day = IngestFixtures.today) throws -> Corpus {
        let t = try TempCorpus(files)
        defer { t.cleanUp() }
        return try CorpusLoader(today: today).load(paths: [t.dir])
    }

    func doc(_ c: Corpus, _ id: String) throws -> Document {
        try #require(c.documents.first { $0.id == id })
    }

    @Test func frontMatter() throws {
        let c = try load(["a.md": "---\ntitle: Floods in Valencia\nsource: El País\npublished: 2024-10-30\nurl: https://example.org/a\n---\nRain fell all night. Roads closed.\n"])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2024, month: 10, day: 30))
        #expect(d.publishedBasis == .metadata("front matter"))
        #expect(d.title == "Floods in Valencia")
        #expect(d.source == "El País")
        #expect(d.url == "https://example.org/a")
        #expect(d.text.string == "Rain fell all night. Roads closed.\n")
        #expect(d.sentenceTexts == ["Rain fell all night.", "Roads closed."])
        #expect(c.diagnostics.isEmpty)
    }

    @Test func sidecar() throws {
        let c = try load([
            "sources.yaml": "a.txt:\n  source: Daily Bugle\n  published: 2021-05-04\n  title: Spider sighted\n",
            "a.txt": "A spider was seen downtown. Nobody was hurt.",
        ])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2021, month: 5, day: 4))
        #expect(d.publishedBasis.kind == "metadata")
        #expect(d.publishedBasis.explanation.contains("sources.yaml"))
        #expect(d.source == "Daily Bugle")
        #expect(d.title == "Spider sighted")
    }

    @Test func frontMatterWinsOverSidecar() throws {
        let c = try load([
            "sources.yaml": "a.md:\n  source: Sidecar Times\n  published: 2021-05-04\n",
            "a.md": "---\npublished: 2021-05-06\n---\nText here.",
        ])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2021, month: 5, day: 6))
        #expect(d.source == "Sidecar Times")
    }

    @Test func datelineWithYear() throws {
        let c = try load(["a.txt": "PARIS, March 14, 2023 (AFP) - Strikes continued on Tuesday."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2023, month: 3, day: 14))
        #expect(d.publishedBasis == .dateline(detail: ""))
    }

    @Test func datelineYearFromWeekday() throws {
        // 15 June was a Thursday in 2023 (and not again until 2028).
        let c = try load(["a.txt": "GENEVA, June 15 (DL) – The council voted on Thursday to extend the mission. The envoy said on Thursday that talks would go on."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2023, month: 6, day: 15))
        #expect(d.publishedBasis.kind == "dateline")
        #expect(d.publishedBasis.explanation.contains("weekday"))
        #expect(d.publishedBasis.explanation.contains("Thursday"))
    }

    @Test func datelineYearNotAfterToday() throws {
        // With today in early 2023, 15 June 2023 lies ahead: the previous Thursday 15 June is 2017.
        let c = try load(["a.txt": "GENEVA, June 15 (DL) – The envoy said on Thursday that talks would go on."],
                         today: Day(year: 2023, month: 2, day: 1)!)
        #expect(try doc(c, "a").published == Day(year: 2017, month: 6, day: 15))
    }

    @Test func datelineYearFromCorpus() throws {
        let c = try load([
            "a.txt": "---\npublished: 2019-02-27\n---\nThe summit opened in Hanoi.",
            "b.txt": "HANOI, Feb. 28 (Reuters) - The summit ended early without a deal.",
        ])
        let d = try doc(c, "b")
        #expect(d.published == Day(year: 2019, month: 2, day: 28))
        #expect(d.publishedBasis.kind == "dateline")
        #expect(d.publishedBasis.explanation.contains("corpus"))
        #expect(d.publishedBasis.explanation.contains("a"))
    }

    @Test func inferredFromToday() throws {
        let c = try load(["a.txt": "Talks resume today, Wednesday 14 June 2023, in Vienna. Delegates arrived last night."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2023, month: 6, day: 14))
        guard case .inferred(let reason) = d.publishedBasis else { Issue.record("not inferred: \(d.publishedBasis)"); return }
        #expect(reason.contains("today, Wednesday 14 June 2023"))
        #expect(!reason.contains("note"))
    }

    @Test func inferredDateWhoseWeekdayDisagreesSaysSo() throws {
        // 14 June 2023 was a Wednesday: the written date is kept, the mismatch reported.
        let c = try load(["a.txt": "Talks resume today, Tuesday 14 June 2023, in Vienna."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2023, month: 6, day: 14))
        #expect(d.publishedBasis.explanation.contains("was a Wednesday"))
    }

    @Test func inferredFromTomorrow() throws {
        let c = try load(["a.txt": "The vote is set for tomorrow (March 3, 2021). Lawmakers were divided."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2021, month: 3, day: 2))
        #expect(d.publishedBasis.explanation.contains("day before"))
    }

    @Test func inferredFromReportedWeekdayWithDate() throws {
        // 16 June was a Friday in 2023: the most recent such year before today.
        let c = try load(["a.txt": "The minister said on Friday (June 16) that the plant would reopen. Workers welcomed the news."])
        let d = try doc(c, "a")
        #expect(d.published == Day(year: 2023, month: 6, day: 16))
        guard case .inferred(let reason) = d.publishedBasis else { Issue.record("not inferred"); return }
        #expect(reason.contains("said on Friday (June 16)"))
        #expect(reason.contains("2023"))
    }

    @Test func unknown() throws {
        let c = try load(["a.txt": "Officials said on Monday that the bridge would reopen next week. Traffic is heavy."])
        let d = try doc(c, "a")
        #expect(d.published == nil)
        #expect(d.publishedBasis == .unknown)
    }

    @Test func yearlessDatelineWithoutEvidenceWarns() throws {
        let c = try load(["a.txt": "GENEVA, June 15 (DL) – The council met."])
        let d = try doc(c, "a")
        #expect(d.published == nil)
        #expect(d.publishedBasis == .unknown)
        #expect(c.diagnostics.contains { $0.file.hasSuffix("a.txt") && $0.message.contains("no year") })
    }
}
