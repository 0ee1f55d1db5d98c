import Testing
@testable import TimelineCore

/// A site the corpus places in a town ("ARDMORE, Okla. – … the Ridgeway Arena …") places there a happening another
/// article tells of it with no place of its own (`SiteTowns`).
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct SiteTownTests {
    static let wire = ("wire.txt", "Arena evacuated after gas leak\n\nARDMORE, Oklahoma, May 4 (Plains Press) – The Ridgeway Arena on Fifth Street was evacuated on Monday after a gas leak during a school graduation, officials said.\n")

    static func chronology(_ weekly: String) -> Chronology {
        ParaphraseMergeTests.chronology([Self.wire, ("weekly.md", "---\npublished: 2025-05-15\nsource: Weekly\n---\nReview.\n\n" + weekly + "\n")])
    }

    @Test func aHappeningAtTheSiteIsInItsTown() throws {
        let c = Self.chronology("Inspectors checked every vent for a week, and the Ridgeway Arena reopened on Tuesday, May 12.")
        #expect(try LeadPlaceTests.places(c, "reopened") == ["Ardmore"])
    }

    /// A happening placed at the site alone (the site read in an article about one country, with no town after it) is
    /// in the site's town too.
    @Test func aHappeningPlacedAtTheSiteAloneIsInItsTownToo() throws {
        let c = Self.chronology("Schools across Oklahoma were told to check their vents.\n\nCrowds returned to the Ridgeway Arena on Tuesday, May 12.")
        #expect(try LeadPlaceTests.places(c, "returned") == ["Ridgeway Arena", "Ardmore"])
    }

    /// The site must be the happening's own: one named in another clause of the sentence places nothing.
    @Test func aSiteOfAnotherClausePlacesNothing() throws {
        let c = Self.chronology("Inspectors checked the Ridgeway Arena on Monday, May 11, and on Tuesday the school board met.")
        #expect(try LeadPlaceTests.places(c, "met") == [])
    }

    /// A site placed in two towns by as many articles places nothing.
    @Test func aSiteOfTwoTownsPlacesNothing() throws {
        let c = ParaphraseMergeTests.chronology([
            Self.wire,
            ("wire2.txt", "Concert off\n\nENID, Oklahoma, May 6 (Plains Press) – A concert at the Ridgeway Arena was called off on Tuesday.\n"),
            ("weekly.md", "---\npublished: 2025-05-15\nsource: Weekly\n---\nReview.\n\nThe Ridgeway Arena reopened on Tuesday, May 12.\n"),
        ])
        #expect(try LeadPlaceTests.places(c, "reopened") == [])
    }

    /// The key of a site: its name's last word before the words of its kind, and its site word.
    @Test func siteKeysSkipTheKindsWords() {
        let keys = SiteTowns.keys(of: WireCopyWords(of: "Patients arrived at St. Brendan Medical Center and the Harmon Building"))
        #expect(keys == [MergeFeatures.hash("brendan center"), MergeFeatures.hash("harmon building")])
        #expect(SiteTowns.keys(of: WireCopyWords(of: "They walked down Ludlow Street")).isEmpty)
    }

    /// A site word in lowercase after a name of two words closes the site's name ("the Santa Rosa school"); after one
    /// word it is as often an adjective and a noun ("an Atlantic port strike", "a Canadian school").
    @Test func aLowercaseSiteWordAfterANameOfTwoWords() {
        #expect(SiteTowns.keys(of: WireCopyWords(of: "Pupils left the ruins of the Santa Rosa school on Friday")) == [MergeFeatures.hash("rosa school")])
        #expect(SiteTowns.keys(of: WireCopyWords(of: "Shoppers feared an Atlantic port strike and a Canadian school closure")).isEmpty)
    }
}
