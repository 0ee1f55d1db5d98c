import Testing
@testable import TimelineCore

/// The syntax layer's fast paths give what the general ones give.
@Suite struct SyntaxFastPathTests {
    static let forms = ["The", "ships", "refloated", "Examined", "ruled", "U.S.", "1,000.50", "n't", "e-mail", "X", "", "a", "ABCdef99",
                        "a\u{7}b", "Ünïcode", "naïve", "日本", "🙂x", "Baltimore", "cities", "stopped", "mid-March", "'s", "--", "studies"]

    /// An ASCII word's lemma from its bytes is the lemma of the general path (scalars), under every tag of the model.
    @Test func asciiLemmasAreTheGeneralPathsLemmas() throws {
        let model = try #require(SyntaxModel.shared)
        for form in Self.forms {
            let fast = WordAtoms(form)
            var general = fast
            general.isASCII = false
            for k in model.tags.indices {
                #expect(model.lemmas.lemma(fast, xposHash: model.xposHash[k], kind: model.tagKind[k])
                        == model.lemmas.lemma(general, xposHash: model.xposHash[k], kind: model.tagKind[k]), "\(form) \(model.tags[k])")
            }
        }
    }

    /// What the tag constraints read of a word's form, kept with its atoms, is what the form says.
    @Test func formFlagsFollowTheForm() {
        for form in Self.forms {
            let a = WordAtoms(form)
            #expect(a.firstByte == (form.utf8.first ?? 0), "\(form)")
            #expect(a.lettersAndHyphens == form.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || $0 == 45 }, "\(form)")
            #expect(a.isASCII == form.utf8.allSatisfy { $0 < 128 }, "\(form)")
        }
    }

    /// A large table keeps its values when moved to huge pages (the move copies them).
    @Test func aTableKeepsItsValuesOnHugePages() {
        let values = (0..<600_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let table = Pinned(values)
        #expect(Int(bitPattern: table.base) % 64 == 0)
        table.adviseHugePages()
        #expect(table.array == values)
    }
}
