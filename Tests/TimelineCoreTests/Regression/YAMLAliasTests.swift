import Foundation
import Testing
@testable import TimelineCore

/// A 600-byte front matter whose mapping key is an alias of nested aliases (9^8 nodes): Yams hashes the key
/// while composing, which never finished (found while probing the fuzz target with YAML shapes). Anchors and
/// aliases are not read: the block is reported and ignored, the article still loads.
@Suite struct YAMLAliasTests {
    static func bomb(levels: Int) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for i in 1...levels { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        lines += ["? *a\(levels)", ": y", "title: Bombed"]
        return lines.joined(separator: "\n")
    }

    let article = "Talks resume\nOfficials met in Kyiv on Monday, the ministry said.\n"

    @Test func aliasKeyInFrontMatter() {
        let c = FuzzReplay.run(["---\n" + Self.bomb(levels: 7) + "\n---\n" + article])
        #expect(c.documents.count == 1)
        #expect(c.documents.first?.title == "Talks resume")
        #expect(c.diagnostics.contains { $0.message.contains("anchors") && $0.line == 2 })
    }

    @Test func aliasKeyInSidecar() {
        let sidecar = "n0.txt:\n  published: 2022-03-28\n" + Self.bomb(levels: 7)
        let c = FuzzReplay.run([article], sidecar: sidecar)
        #expect(c.documents.count == 1)
        #expect(c.documents.first?.published == nil)
        #expect(c.diagnostics.contains { $0.message.contains("anchors") })
    }

    @Test func asterisksAndAmpersandsInsideValuesAreText() {
        let front = "---\ntitle: Markets *surge* & fall, [again]\nsource: \"A & B *wire*\"\nurl: 'x'\npublished: 2022-03-28 # &c\n---\n"
        let c = FuzzReplay.run([front + article])
        #expect(c.documents.first?.title == "Markets *surge* & fall, [again]")
        #expect(c.documents.first?.source == "A & B *wire*")
        #expect(c.documents.first?.published == Day(year: 2022, month: 3, day: 28))
        #expect(!c.diagnostics.contains { $0.message.contains("anchors") })
    }

    @Test func detectsAnchorsWhereANodeStarts() {
        for yaml in ["a: &x 1", "&x a: 1", "- &x 1", "a: [1, &x 2]", "a: {b: *x}", "? *x\n: 1", "a:\n  - - *x"] {
            #expect(Metadata.usesAnchorsOrAliases(yaml) != nil, "\(yaml)")
        }
        for yaml in ["a: b & c", "a: b *c*", "a: \"&x\"", "a: '*x'", "a: 1 # &x", "a: x&y", "a: [b*, c&]"] {
            #expect(Metadata.usesAnchorsOrAliases(yaml) == nil, "\(yaml)")
        }
    }
}
