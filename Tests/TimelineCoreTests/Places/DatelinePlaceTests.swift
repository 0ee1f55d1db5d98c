import Foundation
import Testing
@testable import TimelineCore

/// A dateline's town places the events its article places nowhere else, in the state the dateline names; it never
/// keeps two outlets' reports apart.
@Suite struct DatelinePlaceTests {
    let gazetteer = Gazetteer.shared

    func document(_ dateline: String) throws -> Document {
        let c = try TempCorpus(["a.txt": "---\npublished: 2025-03-04\n---\nHospital network diverts ambulances\n\n\(dateline) - Lakeshore Health began diverting ambulances on Monday.\n"])
        defer { c.cleanUp() }
        let corpus = try CorpusLoader().load(paths: [c.dir])
        return try #require(corpus.documents.first)
    }

    @Test func theDatelinesStateSettlesWhichTown() throws {
        let minnesota = try #require(gazetteer.resolve("Minnesota"))
        let georgia = try #require(gazetteer.resolve("Georgia", contextCountries: ["US"]))
        let mn = try #require(TimelinePipeline.placeOfDateline(try document("DULUTH, Minn., March 4 (Northline News)"), gazetteer: gazetteer))
        #expect(mn.name == "Duluth" && gazetteer.isPlace(mn, within: minnesota))
        let ga = try #require(TimelinePipeline.placeOfDateline(try document("DULUTH, Ga. (AP)"), gazetteer: gazetteer))
        #expect(ga.name == "Duluth" && gazetteer.isPlace(ga, within: georgia), "\(ga)")
        let th = try #require(TimelinePipeline.placeOfDateline(try document("CHIANG RAI, Thailand (Reuters)"), gazetteer: gazetteer))
        #expect(th.country == "TH")
    }

    /// A town the gazetteer does not list is still where a dateline files its article from, in the dateline's country.
    @Test func aDatelinesUnlistedTownIsAPlace() throws {
        let a = try #require(TimelinePipeline.placeOfDateline(try document("KORVENHOLM – March 4, 2025"), gazetteer: gazetteer))
        #expect(a.name == "Korvenholm" && a.kind == .city)
        let b = try #require(TimelinePipeline.placeOfDateline(try document("NEW KORVENHOLM, Finland, March 4 (Nordic Wire)"), gazetteer: gazetteer))
        #expect(b.name == "New Korvenholm" && b.country == "FI")
        #expect(b.id != a.id && b.id < 0)
    }

    @Test func anEventNoSourcePlacesIsWhereItsReportsAreFiledFrom() throws {
        let c = try TempCorpus([
            "wire.txt": "---\npublished: 2025-03-04\n---\nHospital network diverts ambulances\n\nDULUTH, Minn., March 4 (Northline News) - Lakeshore Health began diverting ambulances on Monday. Bay Memorial Hospital in Superior, Wisconsin, closed its emergency room on Monday.\n",
            "paper.txt": "---\npublished: 2025-03-05\nsource: Harbor Tribune\n---\nAmbulances diverted\n\nLakeshore Health began diverting ambulances on Monday, the network said.\n",
        ])
        defer { c.cleanUp() }
        let chronology = try TimelinePipeline(today: Day(iso: "2025-12-01")!).load(paths: [c.dir])
        let diverting = try #require(chronology.events.first { $0.summary.hasPrefix("Lakeshore Health began diverting") })
        #expect(Set(diverting.mentions.map(\.document)).count == 2, "\(chronology.events.map(\.summary))")
        #expect(diverting.places.map(\.name) == ["Duluth"])
        let closed = try #require(chronology.events.first { $0.summary.contains("closed") })
        #expect(!closed.places.contains { $0.name == "Duluth" }, "\(closed.places)")
    }

    /// A site named whole with its town ("St. Clare Medical Center in Duluth") is in that town when the article names
    /// it again by its short name, and a site as the subject is where its happening is.
    @Test func aSiteByItsShortNameIsInItsTown() throws {
        let c = try TempCorpus([
            "a.txt": "---\npublished: 2025-03-14\nsource: Weekly\n---\nTwo weeks of diversion\n\nAmbulances were turned away from St. Clare Medical Center in Duluth on Monday, March 3. St. Clare reopened to ambulances on Monday, March 10. The chief executive spoke at a news conference at the St. Clare campus on Friday.\n",
        ])
        defer { c.cleanUp() }
        let chronology = try TimelinePipeline(today: Day(iso: "2025-12-01")!).load(paths: [c.dir])
        let reopened = try #require(chronology.events.first { $0.summary.hasPrefix("St. Clare reopened") }, "\(chronology.events.map(\.summary))")
        #expect(reopened.places.contains { $0.name == "Duluth" }, "\(reopened.places)")
        let spoke = try #require(chronology.events.first { $0.summary.contains("spoke") })
        #expect(spoke.places.contains { $0.name == "Duluth" }, "\(spoke.places)")
    }
}
