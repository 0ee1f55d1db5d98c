import Testing
@testable import TimelineCore

/// A lowercase word only gets a closed word class it had in the training treebanks.
@Suite(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
struct TagSetTests {
    let model = SyntaxModel.shared!

    @Test func theShippedSetsAreLoadedAndReadTheirLines() {
        #expect(TagSets.shared.count > 1_000)
        let sets = TagSets(tsv: "# comment\nshut\tADJ|VERB\nbad line\n")
        #expect(sets.count == 1)
        #expect(sets.allowed(WordAtoms("shut")) == TagSets.open)
        #expect(sets.allowed(WordAtoms("shut"))! & TagSets.bit(of: "PART") == 0)
        #expect(sets.allowed(WordAtoms("Shut")) == nil)
        // a word not listed is no closed class: never a preposition, determiner, pronoun …
        #expect(sets.allowed(WordAtoms("door")) == TagSets.unseen)
        #expect(sets.allowed(WordAtoms("door"))! & TagSets.bit(of: "ADP") == 0)
        #expect(sets.allowed(WordAtoms("door"))! & TagSets.bit(of: "NOUN") != 0)
    }

    @Test(arguments: [
        ("The authorities shut down the port on Tuesday.", "shut"),
        ("Two dams burst under the force of the storm.", "burst"),
        ("The attorney general said on Saturday that he had opened an investigation.", "general"),
        ("Analysts forecast a cut in interest rates in March.", "forecast"),
    ])
    func aWordNeverGetsAPartOfSpeechItNeverHad(_ text: String, _ word: String) throws {
        let parsed = model.analyse(Tokenizer.tokenize(text))
        let w = try #require(parsed.words.first { $0.form == word })
        let allowed = try #require(TagSets.shared.allowed(WordAtoms(word)))
        #expect(allowed & TagSets.bit(of: w.upos) != 0, "\(word): \(w.upos)")
    }

    @Test func aWordWordNetKnowsOnlyAsANounIsNoVerb() throws {
        let sets = TagSets(tsv: "text\tNOUN|VERB\n", nonVerbs: "# comment\nprison\ntext\n")
        #expect(sets.allowed(WordAtoms("prison"))! & TagSets.bit(of: "VERB") == 0)
        #expect(sets.allowed(WordAtoms("prison"))! & TagSets.bit(of: "NOUN") != 0)
        // Training saw it as a verb: that wins.
        #expect(sets.allowed(WordAtoms("text"))! & TagSets.bit(of: "VERB") != 0)
        let parsed = model.analyse(Tokenizer.tokenize("The former mayor will report to prison in January."))
        let prison = try #require(parsed.words.first { $0.form == "prison" })
        #expect(prison.upos != "VERB")
    }

    @Test func aNounWordNetHasNoAdjectiveForIsNoAdjective() throws {
        let sets = TagSets(tsv: "bloody\tADJ|NOUN\n", nonAdjectives: "# comment\nmall\nbloody\n")
        #expect(sets.allowed(WordAtoms("mall"))! & TagSets.bit(of: "ADJ") == 0)
        #expect(sets.allowed(WordAtoms("mall"))! & TagSets.bit(of: "NOUN") != 0)
        // Training saw it as an adjective: that wins.
        #expect(sets.allowed(WordAtoms("bloody"))! & TagSets.bit(of: "ADJ") != 0)
        let parsed = model.analyse(Tokenizer.tokenize("The mall reopened on Thursday morning with extra security at every entrance."))
        let mall = try #require(parsed.words.first { $0.form == "mall" })
        #expect(mall.upos == "NOUN")
        #expect(parsed.words.first { $0.form == "reopened" }?.upos == "VERB")
    }

    @Test func anIrregularVerbFormIsAVerb() throws {
        let sets = TagSets(tsv: "shut\tADJ|VERB\n", verbForms: "# comment\nunderwent\n")
        let allowed = try #require(sets.allowed(WordAtoms("underwent")))
        #expect(allowed & (TagSets.bit(of: "NOUN") | TagSets.bit(of: "ADJ") | TagSets.bit(of: "ADV")) == 0)
        #expect(allowed & TagSets.bit(of: "VERB") != 0)
        let parsed = model.analyse(Tokenizer.tokenize("Tim Cook stood in for him while the CEO underwent liver transplant surgery."))
        #expect(parsed.words.first { $0.form == "underwent" }?.upos == "VERB")
    }

    @Test func aPastFormWithNoNounIsNoNoun() throws {
        let sets = TagSets(tsv: "shut\tADJ|VERB\n", nonNouns: "# comment\nruled\n")
        let allowed = try #require(sets.allowed(WordAtoms("ruled")))
        #expect(allowed & TagSets.bit(of: "NOUN") == 0 && allowed & TagSets.bit(of: "VERB") != 0)
        let parsed = model.analyse(Tokenizer.tokenize("The INS ruled last month that only his father could speak for the boy."))
        #expect(parsed.words.first { $0.form == "ruled" }?.upos == "VERB")
    }

    @Test func anIngsPluralIsNoThirdPerson() throws {
        #expect(SyntaxModel.isIngPlural(WordAtoms("warnings")) && SyntaxModel.isIngPlural(WordAtoms("Findings")))
        #expect(!SyntaxModel.isIngPlural(WordAtoms("brings")) && !SyntaxModel.isIngPlural(WordAtoms("springs"))
                && !SyntaxModel.isIngPlural(WordAtoms("warning")) && !SyntaxModel.isIngPlural(WordAtoms("things")))
        let parsed = model.analyse(Tokenizer.tokenize("The SPS rejected a report in the Glasgow Clarion that warnings about broken cameras had been ignored."))
        #expect(parsed.words.first { $0.form == "warnings" }?.xpos == "NNS")
        let verb = model.analyse(Tokenizer.tokenize("The tide brings debris ashore every winter."))
        #expect(verb.words.first { $0.form == "brings" }?.upos == "VERB")
    }

    @Test func withoutConstraintsTheTaggerIsTheModelAlone() {
        let atoms = model.atoms(["The", "authorities", "shut", "down", "the", "port", "."])
        #expect(model.tag(atoms, constraints: nil).count == atoms.count)
    }
}
