import Testing
@testable import TimelineCore

/// Where a happening is, from a town that names the local body doing it ("a ⟦Lyon⟧ court issued a warrant"), from a
/// town the article has already placed something in ("the market town of ⟦Kendal⟧" … "⟦Kendal⟧ buried its dead"),
/// from a town as the subject of the clause an event noun is told in ("Kendal mourned its dead after a ⟦funeral⟧"), and
/// from towns the gazetteer does not list, named "near X", "the capital, X", "the districts of X and Y", "the X
/// district".
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TownBodyAndClausePlaceTests {
    static func chronology(_ text: String, dateline: String = "") -> Chronology {
        ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2026-03-12\n---\nA report.\n\n" + dateline + text + "\n")])
    }

    static func placesOf(_ trigger: String, in c: Chronology) throws -> [String] {
        let e = try #require(c.events.first { $0.mentions.contains { $0.triggerText == trigger } }, "\(c.events.map(\.summary))")
        return e.places.map(\.name)
    }

    @Test func aTownNamingTheLocalBodyPlacesWhatItDoes() throws {
        let c = Self.chronology("Fraud charges were brought in France last year. A Lyon court issued a warrant for the trader's arrest on Monday.")
        #expect(try Self.placesOf("issued", in: c).contains("Lyon"))
        // (a lawyer's town is whose the lawyer is: `affiliation`)
        let d = Self.chronology("A Chicago lawyer filed a lawsuit against the company on Monday.")
        #expect(try !Self.placesOf("filed", in: d).contains("Chicago"))
    }

    @Test func aTownTheArticlePlacesIsThatTownWhereverItIsNamed() throws {
        let c = Self.chronology("Floods swept through the market town of Kendal on Sunday. On Tuesday Kendal buried its dead.")
        #expect(try Self.placesOf("buried", in: c).contains("Kendal"))
    }

    @Test func anEventNounInATownsClauseIsThere() throws {
        let c = Self.chronology("Floods swept through the market town of Kendal on Sunday. On Tuesday Kendal mourned its dead after a funeral at the parish church.")
        #expect(try Self.placesOf("funeral", in: c).contains("Kendal"))
    }

    /// A happening told as coming about "when" another did is where that one was.
    @Test func aHappeningThatCameWhenAnotherDidIsWhereThatOneWas() throws {
        let c = Self.chronology("The country's worst rail crash in living memory came in October 1999, when two trains collided outside a station in London.")
        #expect(try Self.placesOf("came", in: c).contains("London"))
    }

    @Test func aNameAHappeningIsNearIsATown() throws {
        let c = Self.chronology("A freight train derailed near Hollinsby on Monday, police said.", dateline: "LEEDS, England – ")
        #expect(try Self.placesOf("derailed", in: c).contains("Hollinsby"))
        // (not a site, nor an acronym's name: "near Lincoln Center")
        let d = Self.chronology("A water main burst near Lincoln Center on Monday.", dateline: "NEW YORK – ")
        #expect(try !Self.placesOf("burst", in: d).contains("Lincoln"))
    }

    @Test func districtsNamedInAListAreTowns() throws {
        let c = Self.chronology("Election officials ordered a recount in the districts of Dhalkot and Saurigaun on Monday. Recounting in Saurigaun began on Wednesday.",
                                dateline: "KATHMANDU, Nepal – ")
        #expect(try Self.placesOf("began", in: c).contains("Saurigaun"))
        let d = Self.chronology("A bus overturned on Monday, according to the Saurigaun district police. Prosecutors in Saurigaun charged the driver on Wednesday.",
                                dateline: "KATHMANDU, Nepal – ")
        #expect(try Self.placesOf("charged", in: d).contains("Saurigaun"))
    }

    @Test func theCapitalNamedAfterACommaIsATown() throws {
        let c = Self.chronology("Protests spread across Moldova on Monday after police broke up a rally in the capital, Veldoria. The president was sworn in at Veldoria on Friday.")
        #expect(try Self.placesOf("sworn", in: c).contains("Veldoria"))
    }
}

/// Dates a clause does not take: a day after "following" that the parse hung on it (the earlier happening's), a day
/// named as what a verb of naming makes it ("declared ⟦Friday⟧ a day of mourning"), and a night a journey went on
/// through when a "when" clause says which ("was sailing through the night when it struck the harbour wall early on
/// Tuesday").
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct ClauseDateExclusionTests {
    static func date(_ trigger: String, in text: String) throws -> String {
        let c = ParaphraseMergeTests.chronology([("a.md", "---\npublished: 2026-03-12\n---\nA report.\n\n" + text + "\n")])
        let m = try #require(c.events.flatMap(\.mentions).first { $0.triggerText == trigger }, "\(c.events.map(\.summary))")
        return m.date.value
    }

    @Test func aDateAfterFollowingIsTheEarlierHappenings() throws {
        let text = "The regulator today suspended the airline's licence following the crash on the runway at Leeds on March 2."
        #expect(try Self.date("suspended", in: text) == "2026-03-12")
        #expect(try Self.date("crash", in: text) == "2026-03-02")
    }

    @Test func aDayNamedAsWhatItIsToBeDoesNotDateTheNaming() throws {
        #expect(try Self.date("declared", in: "The government, meeting this morning, declared tomorrow a day of national mourning.") == "2026-03-12")
    }

    @Test func aNightGoneThroughTakesTheWhenClausesDay() throws {
        let text = "The ferry, run by a Dover company, was sailing through the night from Dover to Calais when it struck the harbour wall early on Tuesday."
        #expect(try Self.date("sailing", in: text).hasPrefix("2026-03-10"))
    }
}
