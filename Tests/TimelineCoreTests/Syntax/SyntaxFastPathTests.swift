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

    /// Scores as `WeightTable.score` adds them (long rows dense, eight classes at a time) are the sums of the rows'
    /// entries as the slots find them, for tables with short and long rows, the shipped tagger and labeller included.
    @Test func denseRowsScoreAsTheirEntries() throws {
        var seed: UInt64 = 20261206
        func next() -> UInt64 { seed = SyntaxHash.mix(seed, 0x5EED); return seed }
        var tables: [WeightTable] = []
        for classes in [3, 51, 104] {
            let rows: [(UInt64, [(UInt8, Float)])] = (0..<3_000).map { _ in
                let length = Int(next() % 4 == 0 ? next() % UInt64(classes) + 1 : next() % 4 + 1)
                let start = Int(next() % UInt64(classes))
                return (next() | 1, (0..<length).map { (UInt8((start + $0) % classes), Float(Int(next() % 2001) - 1000) / 100) })
            }
            tables.append(WeightTable(classes: classes, rows: rows))
        }
        let model = try #require(SyntaxModel.shared)
        tables += [model.tagger, model.labeller]
        for table in tables {
            let used = table.slots.buffer.indices.filter { table.slots.buffer[$0] != 0 }
            let buckets = UInt64(table.slots.count / Buckets.width)
            #expect(table.classes < 8 || table.dense.count > 0)
            for _ in 0..<300 {
                // (features the table has: a slot's key in the high half, its bucket from the low half; and features it lacks)
                let features = (0..<40).map { k -> UInt64 in
                    guard k % 2 == 0, !used.isEmpty else { return next() }
                    let s = used[Int(next() % UInt64(used.count))], bucket = UInt64(s / Buckets.width)
                    return (table.slots.buffer[s] & 0xFFFF_FFFF) << 32 | ((bucket << 32) + buckets - 1) / buckets
                }
                var scores = [Int32](repeating: 0, count: table.stride)
                features.withUnsafeBufferPointer { f in scores.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) } }
                var expected = [Int32](repeating: 0, count: table.stride)
                let slots = table.slots.base, count = table.slots.count
                for f in features {
                    let v = Buckets.find(slots, count: count, from: Buckets.home(f, buckets: count / Buckets.width), key: WeightTable.key(f), mask: 0xFFFF_FFFF)
                    guard v != 0 else { continue }
                    let start = Int((v >> 32) & 0xFF_FFFF)
                    for e in start..<(start + Int(v >> 56)) {
                        let x = table.entries.base[e]
                        expected[Int(x & 0xFF)] &+= Int32(Int16(truncatingIfNeeded: x >> 16))
                    }
                }
                #expect(scores == expected)
            }
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
