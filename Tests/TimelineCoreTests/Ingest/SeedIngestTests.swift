import Foundation
import Testing
@testable import TimelineCore

/// The sample corpus, with and without its sidecar.
@Suite struct SeedIngestTests {
    let cityAM = "000_9f3342e93d4d830b"
    let dpa = "004_2d0e0568f0b0d39c"

    func seeds() throws -> Corpus { try CorpusLoader(today: IngestFixtures.today).load(paths: [IngestFixtures.seeds]) }

    @Test func withSidecar() throws {
        let c = try seeds()
        #expect(c.diagnostics.isEmpty)
        #expect(c.documents.map(\.id) == [cityAM, dpa])
        let a = c.documents[0], b = c.documents[1]
        #expect(a.published == Day(year: 2022, month: 3, day: 27))
        #expect(a.publishedBasis.kind == "metadata")
        #expect(a.source == "City A.M.")
        #expect(b.published == Day(year: 2022, month: 3, day: 28))
        #expect(b.source == "Ghana News Agency (dpa)")
    }

    @Test func headlineIsTheTitleAndTheFirstSentence() throws {
        let a = try seeds().documents[0]
        let h = try #require(a.headline)
        #expect(a.text(of: h) == "Ukraine war: Peace talks set to resume as Kyiv recaptures villages")
        #expect(a.title == a.text(of: h))
        #expect(a.body.start > h.end)
        #expect(a.sentences.first?.range == h)
        #expect(a.sentences.dropFirst().allSatisfy { !$0.range.overlaps(h) })
        #expect(a.sentenceTexts.dropFirst().first?.hasPrefix("Ukrainian and Russian officials") == true)
    }

    @Test func zelenskyQuotationStaysTogether() throws {
        let a = try seeds().documents[0]
        let quoted = a.sentences.filter { $0.quotation != nil }
        let texts = quoted.map { a.text(of: $0.range) }
        #expect(texts.contains("“I’ve talked to the defenders of Mariupol today."))
        #expect(texts.contains("I’m in constant contact with them."))
        #expect(texts.contains("We’ve already been waiting 31 days."))
        // The three sentences spoken to the defenders share one quotation, which ends before "Zelensky said".
        let first = try #require(a.sentences.first { a.text(of: $0.range).hasPrefix("“I’ve talked") })
        let q = try #require(first.quotation)
        #expect(a.text(of: q).hasSuffix("astonishing,”"))
        #expect(a.sentences.filter { $0.quotation == q }.count == 3)
        // The quote carried over a paragraph break ("“‘If only …" then "“We need …") is one quotation.
        let ammo = try #require(a.sentences.first { a.text(of: $0.range) == "“We need more ammunition." })
        let courage = try #require(a.sentences.first { a.text(of: $0.range).hasPrefix("“‘If only") })
        #expect(ammo.quotation != nil && ammo.quotation == courage.quotation)
        #expect(ammo.paragraph == courage.paragraph + 1)
    }

    @Test func paragraphBreakEndsASentenceWithoutAPeriod() throws {
        let a = try seeds().documents[0]
        #expect(a.sentenceTexts.contains("Their determination, heroism and firmness are astonishing,” Zelensky said"))
    }

    @Test func dpaDatelineAndAbbreviations() throws {
        let b = try seeds().documents[1]
        let dl = try #require(b.dateline)
        #expect(b.text(of: dl.range).hasPrefix("Moscow, March 28,(dpa/GNA)"))
        #expect(dl.place == "Moscow" && dl.month == 3 && dl.day == 28 && dl.agency == "dpa/GNA")
        let first = try #require(b.sentences.first)
        #expect(first.range.start >= dl.range.end)
        #expect(b.text(of: first.range).hasPrefix("Face-to-face peace negotiations"))
        // "Deputy Prime Minister, Iryna Vereshchuk, said …" and similar stay whole sentences.
        #expect(b.sentenceTexts.contains { $0.hasPrefix("Deputy Prime Minister, Iryna Vereshchuk, said there was intelligence") && $0.hasSuffix("areas.") })
    }

    @Test func withoutTheSidecarTheDatelineArticleStillResolves() throws {
        let t = try TempCorpus()
        defer { t.cleanUp() }
        for name in [cityAM, dpa] {
            try FileManager.default.copyItem(atPath: IngestFixtures.seeds + "/\(name).txt", toPath: t.path("\(name).txt"))
        }
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [t.dir])
        let b = try #require(c.documents.first { $0.id == dpa })
        #expect(b.published == Day(year: 2022, month: 3, day: 28))
        #expect(b.publishedBasis.kind == "dateline")
        #expect(b.publishedBasis.explanation.contains("Monday"))
        #expect(b.source == "dpa/GNA")
        // The City A.M. piece has no dated evidence of its own: unknown, and said so.
        let a = try #require(c.documents.first { $0.id == cityAM })
        #expect(a.published == nil && a.publishedBasis == .unknown)
    }

    @Test func filesGivenOneByOneStillUseTheirFolderSidecar() throws {
        let c = try CorpusLoader(today: IngestFixtures.today).load(paths: [IngestFixtures.seeds + "/\(dpa).txt"])
        #expect(c.documents.first?.publishedBasis.kind == "metadata")
    }
}
