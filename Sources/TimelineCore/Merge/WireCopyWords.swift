/// A sentence's words as `WireCopy` compares them, read into one buffer of UTF-8 bytes (word k is
/// `bytes[ends[k - 1] ..< ends[k]]`), so that the word pairs' and bucket keys' hashes are made from the bytes in place:
/// no string a word, a pair or a key (the merge reads every mention's sentence this way, a few times each).
///
/// The hashes are `MergeFeatures.hash` (FNV-1a) of the same texts as before: a pair is "w1 w2", a key
/// "lemma|trigger|w1 w2 w3 w4 w5", the words joined by one space.
struct WireCopyWords {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int32] = []
    /// The words written with a capital, other than the first word (`WireCopy.scan`'s names), by number.
    private var capitalised: [Int] = []

    var count: Int { ends.count }

    /// The words of `m` (`WireCopy.words(of:)`): lower-cased, without the expression that dates the mention, numbers,
    /// month and weekday names, and punctuation.
    init(of m: Mention) {
        self.init(reading: m.forEachTextScalar, from: m.range.start, skipping: m.timex?.range, capacity: m.range.end - m.range.start)
    }

    /// The words of a text read the same way (a place's name: `MentionMerger.shareName`).
    init(of text: String) {
        self.init(reading: { body in for u in text.unicodeScalars { body(u) } }, from: 0, skipping: nil, capacity: text.utf8.count)
    }

    private init(reading: ((Unicode.Scalar) -> Void) -> Void, from first: Int, skipping dating: TextRange?, capacity: Int) {
        bytes.reserveCapacity(capacity)
        var start = 0
        var ascii = true
        var capital = false
        var offset = first
        func flush() {
            defer { ascii = true }
            guard bytes.count > start else { return }
            if Self.keeps(bytes[start...], ascii: ascii) {
                if capital && !ends.isEmpty { capitalised.append(ends.count) }
                ends.append(Int32(bytes.count))
                start = bytes.count
            } else {
                bytes.removeSubrange(start...)
            }
        }
        // (the scalars read from the document's text in place: no string of the sentence made)
        reading { u in
            defer { offset += 1 }
            if let d = dating, d.start <= offset && offset < d.end { flush(); return }
            let v = u.value
            if v < 128 {
                // A letter (lowercased), a digit, an apostrophe or hyphen (left out), or a break.
                if (v | 32) >= 97 && (v | 32) <= 122 {
                    if bytes.count == start { capital = v <= 90 }
                    bytes.append(UInt8(v | 32))
                }
                else if v >= 48 && v <= 57 {
                    if bytes.count == start { capital = false }
                    bytes.append(UInt8(v))
                }
                else if v == 39 || v == 45 { return }
                else { flush() }
            } else if u.properties.isAlphabetic || u.properties.numericType != nil {
                if bytes.count == start { capital = u.properties.isUppercase }
                bytes.append(contentsOf: u.properties.lowercaseMapping.utf8)
                ascii = false
            } else if u == "\u{2019}" {
                return
            } else {
                flush()
            }
        }
        flush()
    }

    /// The byte lengths of the month and weekday names: an ASCII word of another length is none of them.
    private static let calendarLengths: ClosedRange<Int> = {
        let lengths = FunctionWords.calendarWords.words.map(\.utf8.count)
        return (lengths.min() ?? 1)...(lengths.max() ?? 0)
    }()

    /// The month and weekday names' bytes (`FunctionWords.calendarWords`, all ASCII).
    private static let calendarBytes: [[UInt8]] = FunctionWords.calendarWords.words.map { Array($0.utf8) }

    /// Whether a word stays: not a number, not a month or weekday name.
    private static func keeps(_ word: ArraySlice<UInt8>, ascii: Bool) -> Bool {
        if ascii {
            if word.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return false }
            guard calendarLengths.contains(word.count) else { return true }
            // (the bytes compared with the names' bytes: an ASCII string equals another exactly when its bytes do,
            // and no string is made for the lookup)
            return !calendarBytes.contains { $0.count == word.count && $0.elementsEqual(word) }
        } else if String(decoding: word, as: UTF8.self).unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
            return false
        }
        return !FunctionWords.calendarWords.contains(String(decoding: word, as: UTF8.self))
    }

    private func range(_ k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }

    func word(_ k: Int) -> String { String(decoding: bytes[range(k)], as: UTF8.self) }

    var words: [String] { (0..<count).map(word) }

    /// The keys of the sites the words name (`SiteTowns`): a site word written with a capital after a name, "the
    /// ⟦Harmon Building⟧", "⟦St. Brendan Medical Center⟧", keyed by the name's last word before the site's kind and the
    /// site word ("harmon building", "brendan center"). `isSiteWord`, `isDescriptor`: lowercase word tests.
    func siteKeys(isSiteWord: (String) -> Bool, isDescriptor: (String) -> Bool) -> [UInt64] {
        var out: [UInt64] = []
        let capital = Set(capitalised)
        // (or in lowercase after a name of two words: "the San Ramón ⟦school⟧", "the Tham Luang ⟦cave⟧"; one word
        // before it is as often an adjective, "an Atlantic port strike")
        for j in 1..<max(1, count) where isSiteWord(word(j)) && (capital.contains(j) || j >= 2 && capital.contains(j - 1) && capital.contains(j - 2)) {
            var k = j - 1
            while k >= 1, capital.contains(k), isDescriptor(word(k)) { k -= 1 }
            // (the name's word: a capitalised word, or the sentence's first, "⟦Harmon⟧ Building reopened")
            guard k < j, capital.contains(k) || k == 0, !isSiteWord(word(k)), !isDescriptor(word(k)) else { continue }
            out.append(MergeFeatures.hash(word(k) + " " + word(j)))
        }
        return out
    }

    /// The names among the words, sorted and unique (`WireCopy.scan`).
    var names: [String] { Array(Set(capitalised.map(word))).sorted() }

    /// Every word's hash, as `nameHashes` makes a name's.
    var wordHashes: [UInt64] { (0..<count).map { fnv(0xcbf29ce484222325, word: $0) } }

    /// The names' hashes (FNV-1a of their bytes), sorted: for comparing two sentences' names without a string each.
    var nameHashes: [UInt64] { capitalised.map { fnv(0xcbf29ce484222325, word: $0) }.sorted() }

    /// `names.map(MergeFeatures.hash).sorted()` without a string a name: the names' hashes, sorted, each once (two
    /// names share a hash only when they are the same name, FNV-1a's 64-bit collisions aside).
    var uniqueNameHashes: [UInt64] {
        var out = nameHashes
        Self.dropRepeats(&out)
        return out
    }

    /// Keeps one of each run of equal values in a sorted array.
    private static func dropRepeats(_ sorted: inout [UInt64]) {
        guard sorted.count > 1 else { return }
        var kept = 1
        for i in 1..<sorted.count where sorted[i] != sorted[kept - 1] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
    }

    /// Whether any word is a name (`!names.isEmpty`).
    var hasNames: Bool { !capitalised.isEmpty }

    /// The words joined by one space.
    var joined: String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + count)
        for k in 0..<count {
            if k > 0 { out.append(32) }
            out.append(contentsOf: bytes[range(k)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100000001b3 }

    private func fnv(_ h: UInt64, word k: Int) -> UInt64 {
        var h = h
        for b in bytes[range(k)] { h = Self.fnv(h, b) }
        return h
    }

    /// `WireCopy.pairs(words)`: the hashes of adjacent word pairs ("w1 w2"), sorted and unique.
    var pairs: [UInt64] {
        guard count >= 2 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(count - 1)
        for k in 0..<(count - 1) {
            out.append(fnv(Self.fnv(fnv(0xcbf29ce484222325, word: k), 32), word: k + 1))
        }
        out.sort()
        Self.dropRepeats(&out)
        return out
    }

    /// `MergeFeatures.hash("\(prefix)\(words joined by spaces)")` for the words `range`.
    func hash(prefix: String, words range: Range<Int>) -> UInt64 {
        var h = MergeFeatures.hash(prefix)
        for k in range {
            if k > range.lowerBound { h = Self.fnv(h, 32) }
            h = fnv(h, word: k)
        }
        return h
    }
}
