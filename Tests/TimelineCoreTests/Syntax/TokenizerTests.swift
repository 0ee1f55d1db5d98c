import Testing
import TimelineCore

@Suite struct TokenizerTests {
    static func forms(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.form) }

    static let conventions: [(String, [String])] = [
        ("I don't know.", ["I", "do", "n't", "know", "."]),
        ("We can't go, won't go.", ["We", "ca", "n't", "go", ",", "wo", "n't", "go", "."]),
        ("Russia's army", ["Russia", "'s", "army"]),
        ("Russia’s army", ["Russia", "’s", "army"]),
        ("they're here and we've left, I'll stay; I'd say I'm fine", ["they", "'re", "here", "and", "we", "'ve", "left", ",", "I", "'ll", "stay", ";", "I", "'d", "say", "I", "'m", "fine"]),
        ("I cannot, we're gonna", ["I", "can", "not", ",", "we", "'re", "gon", "na"]),
        ("the parents' house", ["the", "parents", "'", "house"]),
        ("O'Brien said", ["O'Brien", "said"]),
        ("a well-known long-term plan", ["a", "well", "-", "known", "long", "-", "term", "plan"]),
        ("a non-stop e-mail and anti-war re-elected", ["a", "non-stop", "e-mail", "and", "anti-war", "re-elected"]),
        ("The U.S. and the U.K. met at 10 a.m. today.", ["The", "U.S.", "and", "the", "U.K.", "met", "at", "10", "a.m.", "today", "."]),
        ("Mr. Smith, Dr. Jones etc.", ["Mr.", "Smith", ",", "Dr.", "Jones", "etc."]),
        ("It cost $1,000.50 or 3.5% (about 1,200,000 people).", ["It", "cost", "$", "1,000.50", "or", "3.5", "%", "(", "about", "1,200,000", "people", ")", "."]),
        ("at 10:30 on 9/11 or 11/28/2000", ["at", "10:30", "on", "9/11", "or", "11/28/2000"]),
        ("and/or 3pm", ["and", "/", "or", "3", "pm"]),
        ("See http://example.com/a-b?c=1, or mail jo.doe@example.org.", ["See", "http://example.com/a-b?c=1", ",", "or", "mail", "jo.doe@example.org", "."]),
        ("(www.example.com)", ["(", "www.example.com", ")"]),
        ("Wait... what?!", ["Wait", "...", "what", "?", "!"]),
        ("\"Yes,\" she said -- twice", ["\"", "Yes", ",", "\"", "she", "said", "--", "twice"]),
        ("“Quoted” text", ["“", "Quoted", "”", "text"]),
        ("the 20th century, 1970s, AT&T", ["the", "20th", "century", ",", "1970s", ",", "AT&T"]),
        ("2005-2006", ["2005", "-", "2006"]),
        ("It fell -4 points", ["It", "fell", "-4", "points"]),
        ("The answer was no.", ["The", "answer", "was", "no", "."]),
        // A state in the style of news agencies keeps its period when capitalised; the word does not.
        ("a Birmingham, Ala., clinic in Independence, Mo.", ["a", "Birmingham", ",", "Ala.", ",", "clinic", "in", "Independence", ",", "Mo."]),
        ("She fell ill.", ["She", "fell", "ill", "."]),
        // Any case, and words outside ASCII, follow the same conventions.
        ("Read HTTPS://Example.org/X or WWW.Example.com, not www or http.", ["Read", "HTTPS://Example.org/X", "or", "WWW.Example.com", ",", "not", "www", "or", "http", "."]),
        ("WE CAN'T, DON’T, Cannot, GONNA at 10AM", ["WE", "CA", "N'T", ",", "DO", "N’T", ",", "Can", "not", ",", "GON", "NA", "at", "10", "AM"]),
        ("Café's menu, São Paulo’s mayor, naïve 9am", ["Café", "'s", "menu", ",", "São", "Paulo", "’s", "mayor", ",", "naïve", "9", "am"]),
    ]

    @Test func lowercaseFormsAreTheFormsLowercased() {
        for t in Tokenizer.tokenize("Kyiv’s MAYOR, Ünal, ÉCOLE and O'Brien met at 10AM in the U.S. (WWW.Example.com) — ΑΘΗΝΑ") {
            #expect(t.lower == t.form.lowercased())
        }
    }

    @Test(arguments: conventions)
    func udEnglishConventions(_ text: String, _ expected: [String]) {
        #expect(Self.forms(text) == expected)
    }

    @Test func rangesAreScalarOffsetsAndFormsMatchThem() {
        let text = "Kyiv’s mayor — “café” owner 🇺🇦 said: don't."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(text)
        for t in tokens {
            #expect(String(String.UnicodeScalarView(scalars[t.range.start..<t.range.end])) == t.form)
        }
        #expect(tokens.map(\.form).contains("café"))
        #expect(tokens.map(\.form).contains("🇺🇦"))
        // Ranges are increasing and disjoint.
        for (a, b) in zip(tokens, tokens.dropFirst()) { #expect(a.range.end <= b.range.start) }
    }

    @Test func offsetsInsideADocumentRange() {
        let doc = ScalarText("Intro. Divers found the boys on Monday.")
        let tokens = Tokenizer.tokenize(doc, in: TextRange(7, doc.count))
        #expect(tokens.first?.range == TextRange(7, 13))
        #expect(tokens.map(\.form) == ["Divers", "found", "the", "boys", "on", "Monday", "."])
        // A range opening inside a word: its first token is not attached to what is outside the range.
        let inside = Tokenizer.tokenize(doc, in: TextRange(3, 6))
        #expect(inside.map(\.form) == ["ro", "."])
        #expect(inside.map { $0.flags.contains(.noSpaceBefore) } == [false, true])
    }

    @Test func flags() {
        let t = Tokenizer.tokenize("NATO's 1,000 troops, U.S. $ don't")
        func flags(_ form: String) -> TokenFlags { t.first { $0.form == form }!.flags }
        #expect(flags("NATO").contains([.capitalised, .allCaps, .hasLetter]))
        #expect(flags("'s").contains(.clitic))
        #expect(flags("'s").contains(.noSpaceBefore))
        #expect(flags("1,000").contains([.numeric, .hasDigit]))
        #expect(!flags("troops").contains(.capitalised))
        #expect(flags(",").contains(.punctuation))
        #expect(flags("U.S.").contains(.abbreviation))
        #expect(flags("$").contains(.symbol))
        #expect(flags("n't").contains(.clitic))
    }

    @Test(arguments: ["", "   \n\t ", "...!?", "🙂🙂 👍🏽 👨‍👩‍👧", "שלום עולם, مرحبا بالعالم.", "a\u{0}b\u{7}c\u{1B}[31m", "'''", "-", "\u{200D}", "e\u{301}\u{301}"])
    func badInputNeverCrashesAndCoversTheText(_ text: String) {
        let tokens = Tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for t in tokens {
            #expect(t.range.start >= 0 && t.range.end <= scalars.count && !t.range.isEmpty)
            #expect(!t.form.unicodeScalars.contains { $0.properties.isWhitespace })
        }
    }

    @Test func longInput() {
        let text = String(repeating: "word, ", count: 2_000)
        #expect(Tokenizer.tokenize(text).count == 4_000)
    }
}
