import Testing
@testable import TimelineCore

/// A city's name that opens the full name of a larger city of the article's countries is that city when the place
/// whose own name it is lies elsewhere (`PlaceRecognizer.leadingNameCity`): "Newcastle" is Newcastle upon Tyne in a
/// British story (the Australian city's own name is "Newcastle"), and in one that names Newcastle-upon-Tyne in full.
@Suite struct LeadingNameTests {
    func places(_ s: String, context: Set<String> = []) -> [String] {
        let t = ScalarText(s)
        let sentence = Sentence(range: TextRange(0, t.count)).tokenized(in: t).parsed(by: SyntaxModel.shared)
        return PlaceRecognizer().recognize(t, sentence: sentence, contextCountries: context).places
            .map { "\($0.place.name) \($0.place.country)" }
    }

    @Test(arguments: [
        // (the country of the story)
        ("The striking dockers marched through Newcastle on Saturday.", Set(["GB"])),
        // (another city of the story, in the longer name's country)
        ("Fans travelled by coach from Leeds to Newcastle for the match.", Set<String>()),
        // (the city named in full in the same text)
        ("The bridge in Newcastle-upon-Tyne was shut, and buses from Newcastle ran late.", Set<String>()),
    ])
    func theLongerNameOfTheStorysCountry(_ s: String, _ context: Set<String>) {
        let found = places(s, context: context)
        #expect(found.contains("Newcastle upon Tyne GB") && !found.contains("Newcastle AU"), "\(found)")
    }

    /// With nothing British around it, or in an Australian story, "Newcastle" keeps its own name.
    @Test(arguments: [
        ("Storms flooded homes in Newcastle on Sunday.", Set<String>()),
        ("Storms flooded homes in Newcastle and Sydney on Sunday.", Set(["AU"])),
        ("Trains between Sydney and Newcastle were cancelled.", Set<String>()),
    ])
    func theOwnNameElsewhere(_ s: String, _ context: Set<String>) {
        let found = places(s, context: context)
        #expect(found.contains("Newcastle AU") && !found.contains("Newcastle upon Tyne GB"), "\(found)")
    }
}
