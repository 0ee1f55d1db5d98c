import Testing
@testable import TimelineCore

/// "St" and "Saint" opening a town's name are one word (`PlaceRecognizer.resolveSaintly`): "in St. Paul" is Saint Paul,
/// Minnesota (its own name "Saint Paul"; "St. Paul" is also the own name of a small Alberta town, which had shadowed
/// it), "in Saint Louis" is St. Louis; in a story of the small town's country, the town.
@Suite struct SaintSpellingTests {
    func places(_ s: String, context: Set<String> = ["US"]) -> [String] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: context).places
            .map { "\($0.place.name) \($0.place.country)" }
    }

    @Test(arguments: [
        ("The chief executive testified before the committee in St. Paul on Tuesday.", "Saint Paul US"),
        ("The branch in downtown St Paul reopened at 9 a.m.", "Saint Paul US"),
        ("The hearing was held in Saint Paul on Tuesday.", "Saint Paul US"),
        ("The company moved its offices to Saint Louis in May.", "St. Louis US"),
    ])
    func eitherSpellingNamesTheCity(_ s: String, _ expected: String) {
        #expect(places(s).contains(expected), "\(places(s))")
    }

    /// In a Canadian story the Alberta town keeps its own name.
    @Test func theTownOfTheArticlesCountryWins() {
        let found = places("The rodeo was held in St. Paul on Sunday.", context: ["CA"])
        #expect(found.contains("St. Paul CA"), "\(found)")
    }
}
