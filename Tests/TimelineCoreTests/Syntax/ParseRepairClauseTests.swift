import Testing
@testable import TimelineCore

/// A clock time inside a clause is no clause reported by the saying after it.
struct ParseRepairClockTimeTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aClockTimeIsNoReportedClause() {
        // "The blast happened at about 2:40 a.m. in a unit, the company said."
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("blast", "NOUN", "NN", 3, "nsubj"), ("happened", "VERB", "VBD", 0, "root"),
            ("at", "ADP", "IN", 13, "mark"), ("about", "ADV", "RB", 6, "advmod"), ("2:40", "NUM", "CD", 13, "ccomp"),
            ("a.m.", "NOUN", "NN", 6, "nmod:unmarked"), ("in", "ADP", "IN", 9, "case"), ("unit", "NOUN", "NN", 6, "nmod"),
            (",", "PUNCT", ",", 13, "punct"), ("the", "DET", "DT", 12, "det"), ("company", "NOUN", "NN", 13, "nsubj"),
            ("said", "VERB", "VBD", 3, "conj"),
        ])
        var m = misread
        m.words[12].lemma = "say"
        let fixed = m.repaired()
        #expect(h.head(fixed, "2:40") == "happened" && h.rel(fixed, "2:40") == "obl")
        #expect(h.head(fixed, "at") == "2:40" && h.rel(fixed, "at") == "case")
        #expect(h.head(fixed, "said") == "happened" && h.rel(fixed, "said") == "parataxis")
    }
}

/// A clause coordinated after the date that opens it keeps its date and its subject.
struct ParseRepairClauseAfterItsDateTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aClauseAfterItsDateHasItsSubject() {
        // "… grounded its fleet, and on Wednesday, the bureau arrested the captain."
        let misread = R.tree([
            ("grounded", "VERB", "VBD", 0, "root"), ("fleet", "NOUN", "NN", 1, "obj"), (",", "PUNCT", ",", 6, "punct"),
            ("and", "CCONJ", "CC", 6, "cc"), ("on", "ADP", "IN", 6, "case"), ("Wednesday", "PROPN", "NNP", 1, "obl"),
            (",", "PUNCT", ",", 9, "punct"), ("the", "DET", "DT", 9, "det"), ("bureau", "NOUN", "NN", 6, "appos"),
            ("arrested", "VERB", "VBD", 1, "conj"), ("captain", "NOUN", "NN", 10, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "bureau") == "arrested" && h.rel(fixed, "bureau") == "nsubj")
        #expect(h.head(fixed, "Wednesday") == "arrested" && h.head(fixed, "and") == "arrested")
    }
}

extension ParseRepairClauseAfterItsDateTests {
    @Test func aClauseAfterItsDateWithAnAppositionAndNoCommaHasItsSubject() {
        // "… an inquiry on Monday, and on Tuesday the operator, Archipelago Lines, denied that …": the date read as a
        // conjunct of the comma, the subject's apposition closing with a comma of its own.
        let misread = R.tree([
            ("launched", "VERB", "VBD", 0, "root"), ("inquiry", "NOUN", "NN", 1, "obj"), ("on", "ADP", "IN", 4, "case"),
            ("Monday", "PROPN", "NNP", 2, "nmod"), (",", "PUNCT", ",", 4, "punct"), ("and", "CCONJ", "CC", 8, "cc"),
            ("on", "ADP", "IN", 8, "case"), ("Tuesday", "PROPN", "NNP", 5, "conj"), ("the", "DET", "DT", 10, "det"),
            ("operator", "NOUN", "NN", 8, "appos"), (",", "PUNCT", ",", 13, "punct"), ("Archipelago", "PROPN", "NNP", 13, "compound"),
            ("Lines", "PROPN", "NNPS", 10, "appos"), (",", "PUNCT", ",", 15, "punct"), ("denied", "VERB", "VBD", 1, "conj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "operator") == "denied" && h.rel(fixed, "operator") == "nsubj")
        #expect(h.head(fixed, "Tuesday") == "denied" && h.rel(fixed, "Tuesday") == "obl")
        #expect(h.head(fixed, "Monday") == "inquiry")
    }
}

/// A day between a subject and its verb dates the verb: wire style, "The company on Wednesday denied …".
struct ParseRepairDateBeforeTheVerbTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aDayBetweenSubjectAndVerbIsTheVerbs() {
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("company", "NOUN", "NN", 5, "nsubj"), ("on", "ADP", "IN", 4, "case"),
            ("Wednesday", "PROPN", "NNP", 2, "nmod"), ("denied", "VERB", "VBD", 0, "root"), ("report", "NOUN", "NN", 5, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "Wednesday") == "denied" && h.rel(fixed, "Wednesday") == "obl")
        // (a place or a body after the noun is the noun's: "officials in Lyon said")
        let place = R.tree([
            ("Officials", "NOUN", "NNS", 4, "nsubj"), ("in", "ADP", "IN", 3, "case"), ("Lyon", "PROPN", "NNP", 1, "nmod"),
            ("said", "VERB", "VBD", 0, "root"),
        ])
        #expect(h.head(place.repaired(), "Lyon") == "Officials")
    }
}

/// "after" before a clause's subject opens the clause: what it tells came before the verb it hangs on.
struct ParseRepairSubordinatorTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func afterBeforeASubjectOpensItsClause() {
        // "People returned home on Friday, after officials lifted the order."
        let misread = R.tree([
            ("People", "NOUN", "NNS", 2, "nsubj"), ("returned", "VERB", "VBD", 0, "root"), ("home", "ADV", "RB", 2, "advmod"),
            ("on", "ADP", "IN", 5, "case"), ("Friday", "PROPN", "NNP", 2, "obl"), (",", "PUNCT", ",", 9, "punct"),
            ("after", "ADP", "IN", 8, "case"), ("officials", "NOUN", "NNS", 9, "nsubj"), ("lifted", "VERB", "VBD", 2, "conj"),
            ("the", "DET", "DT", 11, "det"), ("order", "NOUN", "NN", 9, "obj"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "after") == "lifted" && h.rel(fixed, "after") == "mark")
        #expect(h.head(fixed, "lifted") == "returned" && h.rel(fixed, "lifted") == "advcl")
        // (a preposition before a noun with no verb of its own stays one: "returned after the storm")
        let phrase = R.tree([
            ("People", "NOUN", "NNS", 2, "nsubj"), ("returned", "VERB", "VBD", 0, "root"), ("after", "ADP", "IN", 5, "case"),
            ("the", "DET", "DT", 5, "det"), ("storm", "NOUN", "NN", 2, "obl"),
        ])
        #expect(h.rel(phrase.repaired(), "after") == "case")
    }
}

/// A particle the tagger knows completes its verb; a participle set off after the subject describes it.
struct ParseRepairParticleAndParticipleTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aParticleReadAsAnAdverbCompletesItsVerb() {
        let misread = R.tree([
            ("It", "PRON", "PRP", 2, "nsubj"), ("went", "VERB", "VBD", 0, "root"), ("down", "ADP", "RP", 2, "advmod"),
            ("at", "ADP", "IN", 5, "case"), ("dawn", "NOUN", "NN", 2, "obl"),
        ])
        #expect(h.rel(misread.repaired(), "down") == "compound:prt")
        // (an adverb stays one: "went home")
        let adverb = R.tree([("It", "PRON", "PRP", 2, "nsubj"), ("went", "VERB", "VBD", 0, "root"), ("home", "ADV", "RB", 2, "advmod")])
        #expect(h.rel(adverb.repaired(), "home") == "advmod")
    }

    @Test func aSetOffParticipleDescribesTheSubject() {
        // "The ferry, operated by Northwind, left the port on Sunday."
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("ferry", "NOUN", "NN", 4, "nsubj"), (",", "PUNCT", ",", 4, "punct"),
            ("operated", "VERB", "VBN", 0, "root"), ("by", "ADP", "IN", 6, "case"), ("Northwind", "PROPN", "NNP", 4, "obl:agent"),
            (",", "PUNCT", ",", 8, "punct"), ("left", "VERB", "VBD", 4, "conj"), ("the", "DET", "DT", 10, "det"),
            ("port", "NOUN", "NN", 8, "obj"), (".", "PUNCT", ".", 4, "punct"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "left") == nil || h.rel(fixed, "left") == "root")
        #expect(h.head(fixed, "ferry") == "left" && h.rel(fixed, "ferry") == "nsubj")
        #expect(h.head(fixed, "operated") == "ferry" && h.rel(fixed, "operated") == "acl")
    }
}

/// "missing" after a noun describes it; the day after it is the sentence verb's.
struct ParseRepairMissingTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func missingDescribesItsNoun() {
        // "… called off the search for the people still missing from the ferry on Thursday."
        let misread = R.tree([
            ("guard", "NOUN", "NN", 2, "nsubj"), ("called", "VERB", "VBD", 0, "root"), ("search", "NOUN", "NN", 2, "obj"),
            ("for", "ADP", "IN", 5, "case"), ("people", "NOUN", "NNS", 3, "nmod"), ("still", "ADV", "RB", 7, "advmod"),
            ("missing", "VERB", "VBG", 2, "advcl"), ("from", "ADP", "IN", 9, "case"), ("ferry", "NOUN", "NN", 7, "obl"),
            ("on", "ADP", "IN", 11, "case"), ("Thursday", "PROPN", "NNP", 7, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "missing") == "people" && h.rel(fixed, "missing") == "amod")
        #expect(h.head(fixed, "Thursday") == "called" && h.head(fixed, "ferry") == "missing")
    }
}

/// "which the city closed": an object relative clause read apart describes the noun before it.
struct ParseRepairObjectRelativeTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func anObjectRelativeClauseDescribesTheNounBeforeIt() {
        // "The fire started in the building, which the city closed on Thursday."
        let misread = R.tree([
            ("fire", "NOUN", "NN", 2, "nsubj"), ("started", "VERB", "VBD", 0, "root"), ("in", "ADP", "IN", 4, "case"),
            ("building", "NOUN", "NN", 2, "obl"), (",", "PUNCT", ",", 4, "punct"), ("which", "PRON", "WDT", 5, "advcl:relcl"),
            ("the", "DET", "DT", 8, "det"), ("city", "NOUN", "NN", 6, "nsubj"), ("closed", "VERB", "VBN", 8, "acl"),
            ("on", "ADP", "IN", 11, "case"), ("Thursday", "PROPN", "NNP", 9, "obl"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "closed") == "building" && h.rel(fixed, "closed") == "acl:relcl")
        #expect(h.head(fixed, "city") == "closed" && h.rel(fixed, "city") == "nsubj")
        #expect(h.head(fixed, "which") == "closed" && h.rel(fixed, "which") == "obj")
        // (a subject relative clause is no object one: "the man, who closed the shop")
        let subjectClause = R.tree([
            ("man", "NOUN", "NN", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("which", "PRON", "WDT", 4, "nsubj"),
            ("closed", "VERB", "VBD", 1, "acl:relcl"), ("the", "DET", "DT", 6, "det"), ("shop", "NOUN", "NN", 4, "obj"),
        ])
        #expect(subjectClause.repaired() == subjectClause)
    }
}

/// "The family, the first victim's, sued": an apposition read as the root gives the sentence back its verb.
struct ParseRepairAppositionTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func anAppositionReadAsTheRootGivesTheSentenceItsVerb() {
        // "The family of Briggs, the first victim, sued the owner on Wednesday."
        let misread = R.tree([
            ("The", "DET", "DT", 2, "det"), ("family", "NOUN", "NN", 8, "nsubj"), ("of", "ADP", "IN", 4, "case"),
            ("Briggs", "PROPN", "NNP", 2, "nmod"), (",", "PUNCT", ",", 2, "punct"), ("the", "DET", "DT", 8, "det"),
            ("first", "ADJ", "JJ", 8, "amod"), ("victim", "NOUN", "NN", 0, "root"), (",", "PUNCT", ",", 10, "punct"),
            ("sued", "VERB", "VBD", 8, "parataxis"), ("the", "DET", "DT", 12, "det"), ("owner", "NOUN", "NN", 10, "obj"),
            ("on", "ADP", "IN", 14, "case"), ("Wednesday", "PROPN", "NNP", 10, "obl"), (".", "PUNCT", ".", 8, "punct"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "sued") == "ROOT" && h.head(fixed, "family") == "sued" && h.rel(fixed, "family") == "nsubj")
        #expect(h.head(fixed, "victim") == "family" && h.rel(fixed, "victim") == "appos" && h.head(fixed, ".") == "sued")
        // (a verbless headline with a copula-less predicate and no verb after it stays)
        let headline = R.tree([
            ("Suspect", "NOUN", "NN", 3, "nsubj"), ("at", "ADP", "IN", 3, "case"), ("large", "ADJ", "JJ", 0, "root"),
        ])
        #expect(headline.repaired() == headline)
    }

    @Test func aVerbAfterAnAppositionReadAsANounIsTheVerb() {
        // "Keystone, the owner, plans to reopen the building."
        let misread = R.tree([
            ("Keystone", "PROPN", "NNP", 0, "root"), (",", "PUNCT", ",", 4, "punct"), ("the", "DET", "DT", 4, "det"),
            ("owner", "NOUN", "NN", 1, "appos"), (",", "PUNCT", ",", 6, "punct"), ("plans", "NOUN", "NNS", 4, "conj"),
            ("to", "PART", "TO", 8, "mark"), ("reopen", "VERB", "VB", 4, "acl"), ("the", "DET", "DT", 10, "det"),
            ("building", "NOUN", "NN", 8, "obj"), (".", "PUNCT", ".", 1, "punct"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "plans") == "ROOT" && fixed.words[5].upos == "VERB" && fixed.words[5].lemma == "plan")
        #expect(h.head(fixed, "Keystone") == "plans" && h.rel(fixed, "Keystone") == "nsubj")
        #expect(h.head(fixed, "reopen") == "plans" && h.rel(fixed, "reopen") == "xcomp" && h.head(fixed, ".") == "plans")
        // (plans that are plans stay nouns: "The owner, the city, and its plans to reopen …" has no apposition before them)
        let noun = R.tree([
            ("Its", "PRON", "PRP$", 2, "nmod:poss"), ("plans", "NOUN", "NNS", 0, "root"), ("to", "PART", "TO", 4, "mark"),
            ("reopen", "VERB", "VB", 2, "acl"),
        ])
        #expect(noun.repaired() == noun)
    }

    @Test(.enabled(if: SyntaxModel.shared != nil, "needs the shipped syntax model"))
    func aPlanAfterAnAppositionIsAPlan() throws {
        let ms = EventFixtures.extract("Keystone Realty Partners, the building's owner, plans to reopen the building on ⟦Monday⟧.",
                                       values: ["2025-09-15"], published: "2025-09-12")
        let reopen = try EventFixtures.mention(ms, "reopen")
        #expect(reopen.mention.modality == .planned && reopen.mention.date.value == "2025-09-15")
    }
}

/// A past tense with an object, read as a participle of a noun inside an "after" phrase, is the verb of the "after"
/// clause, whose subject is the whole phrase.
struct ParseRepairSubordinateSubjectPhraseTests {
    typealias R = ParseRepairTests
    let h = ParseRepairReadingsTests()

    @Test func aVerbHungInsideItsSubjectPhraseHeadsTheClause() {
        // "People spent a night without power, after a fire at a substation plunged the city into darkness on Tuesday."
        let misread = R.tree([
            ("People", "NOUN", "NNS", 2, "nsubj"), ("spent", "VERB", "VBD", 0, "root"), ("a", "DET", "DT", 4, "det"),
            ("night", "NOUN", "NN", 2, "obj"), (",", "PUNCT", ",", 8, "punct"), ("after", "ADP", "IN", 8, "case"),
            ("a", "DET", "DT", 8, "det"), ("fire", "NOUN", "NN", 2, "obl"), ("at", "ADP", "IN", 11, "case"),
            ("a", "DET", "DT", 11, "det"), ("substation", "NOUN", "NN", 8, "nmod"), ("plunged", "VERB", "VBN", 11, "acl"),
            ("the", "DET", "DT", 14, "det"), ("city", "NOUN", "NN", 12, "obj"), ("into", "ADP", "IN", 16, "case"),
            ("darkness", "NOUN", "NN", 8, "obl"), ("on", "ADP", "IN", 18, "case"), ("Tuesday", "PROPN", "NNP", 16, "nmod"),
        ])
        let fixed = misread.repaired()
        #expect(h.head(fixed, "plunged") == "spent" && h.rel(fixed, "plunged") == "advcl")
        #expect(h.head(fixed, "fire") == "plunged" && h.rel(fixed, "fire") == "nsubj")
        #expect(h.head(fixed, "after") == "plunged" && h.rel(fixed, "after") == "mark")
        #expect(h.head(fixed, "darkness") == "plunged")
    }
}
