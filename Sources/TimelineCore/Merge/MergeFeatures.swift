import Foundation

/// A list of word numbers (or sense numbers) in a `FeatureTable`'s pool.
struct HashSpan: Sendable {
    var start: Int32
    var count: Int32
}

/// What the merge compares, computed once per mention: day numbers, the merge group, and the keyword,
/// content-word and actor sets as sorted word numbers (`WordNumbers`: a comparison never hashes a string), kept in the
/// table's pool.
struct MergeFeatures: Sendable {
    // The 64-bit hash first, then the 32- and 16-bit fields, the one-byte fields last (no padding between); the
    // document as its number in the table, the kind as its number in the lexicon's list; the blocking window read from
    // the days (`MentionMerger.blockWindow`): 48 bytes a mention (was 112, then 88, then 64), held for every mention
    // of the corpus until the merge.
    /// The predicate's merge key (`ExtractedMention.lemma`: a verb's lemma, an event noun's verb), hashed.
    var predicate: UInt64
    /// The document's number in the table (`FeatureTable`): one article does not date one event on two different days.
    var document: Int32
    /// Day numbers of the supported years (±9999) fit 32 bits.
    private var days: (start: Int32, end: Int32)
    /// The hash lists, one after another in the table's pool from `base`: content words, trigger words, actor keys,
    /// senses, stages (as `FeatureTable.append` makes them). The keywords are the content words and the trigger
    /// words, each list sorted: held once, not again as a list of their own.
    private var base: Int32
    /// Keywords, content words, actor keys.
    private var counts: (Int32, Int32, Int32)
    /// Senses and stages, in 16 bits: a lemma has a few senses (`VerbSenses`), and a clause's stages are of the few
    /// stage words.
    private var senseCount: UInt16, stageCount: UInt8, ageCount: UInt8, sideCount: UInt8 = 0
    /// The kind of mishap of an accident trigger or the stage of an arrest trigger (`TriggerLexicon.kind(of:in:)`),
    /// as its number (`MergeFeatures.kindNumber`); 0 for any kind.
    var kind: UInt8
    var group: Int8
    var triggerClass: TriggerClass
    /// The yes-or-no features, a bit each (`Flag`).
    private var flags: UInt8 = 0
    /// How many of what it befell the clause counts ("recovered ⟦seven⟧ bodies", "⟦five⟧ more bodies were found"),
    /// as a key compared for equality only (`countKey`); 0 for none (`PredicateRules.count(of:tree:)`).
    var count: UInt16 = 0

    private enum Flag: UInt8 { case hasDate = 1, isFallback = 2, isFuture = 4, singleDay = 8, definite = 16, increment = 32, storyDay = 64 }
    private func flag(_ f: Flag) -> Bool { flags & f.rawValue != 0 }
    private mutating func set(_ f: Flag, _ on: Bool) { flags = on ? flags | f.rawValue : flags & ~f.rawValue }

    var hasDate: Bool { get { flag(.hasDate) } set { set(.hasDate, newValue) } }
    var isFallback: Bool { get { flag(.isFallback) } set { set(.isFallback, newValue) } }
    var isFuture: Bool { get { flag(.isFuture) } set { set(.isFuture, newValue) } }
    var singleDay: Bool { get { flag(.singleDay) } set { set(.singleDay, newValue) } }
    /// A definite event noun with nothing of its own ("the launch"): it points back to its article's happening.
    var definite: Bool { get { flag(.definite) } set { set(.definite, newValue) } }
    /// The clause counts more of what it tells ("⟦five more⟧ bodies", "⟦another⟧ four boys"): a batch, not a total.
    var increment: Bool { get { flag(.increment) } set { set(.increment, newValue) } }
    /// An undated line given the day its article's story is at (`EventDate.isStoryDay`), not the publication's.
    var storyDay: Bool { get { flag(.storyDay) } set { set(.storyDay, newValue) } }
    /// The date's first and last day numbers (valid when `hasDate`).
    var start: Int { Int(days.start) }
    var end: Int { Int(days.end) }
    /// Every keyword: the content words, then the trigger words. Not one sorted list: compared with
    /// `FeatureTable.shareKeyword`.
    var keywords: HashSpan { HashSpan(start: base, count: counts.0) }
    /// Keywords that are not trigger words.
    var contentWords: HashSpan { HashSpan(start: base, count: counts.1) }
    /// Keywords that are trigger words.
    var triggerWords: HashSpan { HashSpan(start: base + counts.1, count: counts.0 - counts.1) }
    var actorKeys: HashSpan { HashSpan(start: base + counts.0, count: counts.2) }
    /// The predicate's most frequent WordNet senses shared with other verbs (`VerbSenses`).
    var senses: HashSpan { HashSpan(start: base + counts.0 + counts.2, count: Int32(senseCount)) }
    /// The stages the clause tells of (`stage:` keywords: "the first four", "four more").
    var stages: HashSpan { HashSpan(start: base + counts.0 + counts.2 + Int32(senseCount), count: Int32(stageCount)) }
    /// The ages of whom it befell (`stage:age…` keywords: "Harold Briggs, ⟦71⟧, died"), compared with ages only: an age
    /// and an ordinal stage ("a ⟦64⟧-year-old woman died" / "a ⟦second⟧ patient died") do not tell two apart.
    var ages: HashSpan { HashSpan(start: base + counts.0 + counts.2 + Int32(senseCount) + Int32(stageCount), count: Int32(ageCount)) }
    /// The countries whose people or envoys it befell (`side:` keywords: "expelled three ⟦Norwegian⟧ diplomats"),
    /// compared with sides only: two mentions of one predicate, of two sides and none in common, are two happenings
    /// ("found the ⟦Dutch⟧ hiker" may be one rescue with "brought his ⟦Indonesian⟧ guide down").
    var sides: HashSpan {
        HashSpan(start: base + counts.0 + counts.2 + Int32(senseCount) + Int32(stageCount) + Int32(ageCount), count: Int32(sideCount))
    }

    /// The spans must follow one another in the pool, in this order.
    init(group: Int8, triggerClass: TriggerClass, predicate: UInt64, kind: UInt8, document: Int32, hasDate: Bool,
         isFallback: Bool, isFuture: Bool, singleDay: Bool, start: Int, end: Int,
         contentWords: HashSpan, triggerWords: HashSpan, actorKeys: HashSpan, senses: HashSpan, stages: HashSpan,
         ages: HashSpan = HashSpan(start: 0, count: 0), sides: HashSpan = HashSpan(start: 0, count: 0), definite: Bool = false, count: Int = 0, increment: Bool = false,
         storyDay: Bool = false) {
        precondition(triggerWords.start == contentWords.start + contentWords.count && actorKeys.start == triggerWords.start + triggerWords.count
                     && senses.start == actorKeys.start + actorKeys.count && stages.start == senses.start + senses.count
                     && (ages.count == 0 || ages.start == stages.start + stages.count)
                     && (sides.count == 0 || sides.start == stages.start + stages.count + ages.count),
                     "a mention's hash lists follow one another")
        self.count = Self.countKey(count)
        self.group = group
        self.triggerClass = triggerClass
        self.predicate = predicate
        self.kind = kind
        self.document = document
        days = (Int32(start), Int32(end))
        base = contentWords.start
        counts = (contentWords.count + triggerWords.count, contentWords.count, actorKeys.count)
        (senseCount, stageCount, ageCount) = (UInt16(senses.count), UInt8(clamping: stages.count), UInt8(clamping: ages.count))
        sideCount = UInt8(clamping: sides.count)
        self.definite = definite
        self.increment = increment
        self.storyDay = storyDay && isFallback
        self.hasDate = hasDate
        self.isFallback = isFallback
        self.isFuture = isFuture
        self.singleDay = singleDay
    }

    /// The same features with their document numbered `shift` further on.
    mutating func shift(documentBy shift: Int32) { document += shift }

    /// The number of a kind of `TriggerLexicon` (1 and up, in name order), 0 for none: equal kinds, equal numbers.
    static func kindNumber(_ kind: String?) -> UInt8 {
        guard let kind else { return 0 }
        return kindNumbers[kind]!
    }

    private static let kindNumbers: [String: UInt8] = {
        let names = Set(TriggerLexicon.accidentKinds.keys).union(TriggerLexicon.arrestKinds.keys).union(TriggerLexicon.rescueKinds.keys).union([TriggerLexicon.blazeKind]).sorted()
        precondition(names.count < 256, "a kind's number fits a byte")
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UInt8($0 + 1)) })
    }()

    /// The same features with their hash lists `shift` further on in the pool.
    mutating func shift(by shift: Int32) { base += shift }

    /// Words of a clause that news uses for one thing, compared as one (`NewsSynonyms`): a price "rise", "increase" or
    /// "hike" ("the ⟦increase⟧ was suspended on Friday" / "suspended a steep ⟦rise⟧ in fuel prices").
    static var contentSynonyms: [String: String] { NewsSynonyms.canonical }

    /// The keyword marking a definite event noun with nothing of its own (kept out of the compared keywords).
    static let definiteKeyword = "definite:"
    /// Whether two mentions' counts are told of days that do not meet, both dated to a day or a night running into the
    /// next, and one names a stage: two counts that differ on such days are two batches ("brought back 150,000 customers
    /// overnight" / "reconnected its ⟦final⟧ 38,000 customers on Thursday"), where a total told without a stage may be
    /// revised by an outlet that dates it on another day ("killing at least 153" on Friday / "killed 157" on Saturday:
    /// one event, its days in conflict).
    static func countedApart(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool {
        a.hasDate && b.hasDate && !a.isFallback && !b.isFallback && a.end - a.start <= 1 && b.end - b.start <= 1
            && (a.end < b.start || b.end < a.start) && (a.stageCount > 0 || b.stageCount > 0)
    }

    /// Whether a count key is of a figure of 32,768 or more (`countKey`): a figure few happenings of one day share.
    static func isLargeCount(_ key: UInt16) -> Bool { key & 0x8000 != 0 }

    /// A count in sixteen bits for telling counts apart: itself below 32,768, else a hash of it with the top bit set
    /// (110,000 and 150,000 customers are two counts, not both "65,535").
    static func countKey(_ n: Int) -> UInt16 {
        if n < 0x8000 { return UInt16(max(0, n)) }
        var h = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return 0x8000 | UInt16(truncatingIfNeeded: h) & 0x7FFF
    }

    /// The keyword giving the count a clause tells ("count:7"), kept out of the compared keywords.
    static let countPrefix = "count:"
    /// The predicate of a death toll's telling (`TollTelling.key`), and those of the killings a toll counts.
    static let tollPredicate = hash(TollTelling.key)
    static let killingPredicates: Set<UInt64> = [hash("kill"), hash("die")]
    static let denialPredicate = hash("deny")
    /// The keyword prefix of an age (`PredicateRules.age(at:tree:)`): "stage:age71".
    static let agePrefix = "stage:age"
    /// The keyword prefix of a country whose people or envoys a mention's happening befell (`sides`).
    static let sidePrefix = "side:"
    static let statementGroup = Int8(MergeGroup.of(.statement))
    static let otherGroup = Int8(MergeGroup.of(.other))


    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}

/// Numbers for the words the merge features compare (content and trigger words, actor keys, stages): one per distinct
/// word, so that a feature table's pool holds 4 bytes a word where a 64-bit hash took 8 (the pool is held for every
/// mention of a load until the merge). A number means its word only within one numbering: the tables of one load share
/// one (`FeatureTable.take` checks it), each document's words numbered under one lock.
final class WordNumbers: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [String: UInt32] = [:]

    init() {}

    func withLock<T>(_ body: (WordNumbers) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(self)
    }

    /// The word's number (the next one when it is new); only inside `withLock`.
    func number(_ word: String) -> UInt32 {
        if let known = numbers[word] { return known }
        let n = UInt32(numbers.count)
        numbers[word] = n
        return n
    }

    private var senses: [UInt64: UInt32] = [:]
    private var lemmaNumbers: [String: UInt32] = [:]
    /// The lemmas numbered (`lemmaNumber(_:)`), by their numbers.
    private(set) var lemmas: [String] = []

    /// The number of a predicate's lemma (`ExtractedMention.lemma`), in a numbering of their own, which `lemmas`
    /// reads back; only inside `withLock`.
    func lemmaNumber(_ lemma: String) -> UInt32 {
        if let known = lemmaNumbers[lemma] { return known }
        let n = UInt32(lemmas.count)
        lemmaNumbers[lemma] = n
        lemmas.append(lemma)
        return n
    }

    /// The number of a verb's sense (`VerbSenses`) or an event noun's synset (`EventNounLexicon`), in a numbering of
    /// their own (they are compared only with each other); only inside `withLock`.
    func number(sense: UInt64) -> UInt32 {
        if let known = senses[sense] { return known }
        let n = UInt32(senses.count)
        senses[sense] = n
        return n
    }
}

/// The merge features of a list of mentions, with one pool for all their word lists.
struct FeatureTable: Sendable {
    private(set) var items: [MergeFeatures] = []
    private(set) var pool: [UInt32] = []
    /// The numbering of the pool's words: nil for a table that has none yet (it takes that of the first table it takes).
    private(set) var words: WordNumbers?
    /// The documents' tables' features read in place (`take`), when the table is made of them (`items` is then
    /// empty): mention `i`'s are in list `listOf[i]`, which starts at `starts[listOf[i]]`.
    private var lists: [[MergeFeatures]] = []
    private var listOf: [Int32] = []
    private var starts: [Int] = []
    /// The documents numbered so far (`MergeFeatures.document`), and their numbers while the table is made by
    /// `append` (dropped by `shrink`).
    private(set) var documentCount: Int32 = 0
    private var documentNumbers: [String: Int32] = [:]

    var count: Int { lists.isEmpty ? items.count : listOf.count }

    subscript(i: Int) -> MergeFeatures {
        if lists.isEmpty { return items[i] }
        let k = Int(listOf[i])
        return lists[k][i - starts[k]]
    }

    init() {}

    /// The features of `mentions`, in order, their words numbered in `words` (one numbering per load: tables numbered
    /// apart cannot be put together).
    init(_ mentions: [ExtractedMention], merger: MentionMerger, words: WordNumbers = WordNumbers()) {
        self.words = words
        items.reserveCapacity(mentions.count)
        words.withLock { words in
            for m in mentions { append(m, document: number(m.mention.document), merger: merger, words: words) }
        }
    }

    /// The features of `mentions`, computed on all cores.
    static func make(_ mentions: [ExtractedMention], merger: MentionMerger) -> FeatureTable {
        // The documents are numbered once for all the parts.
        var numbering = FeatureTable()
        let documents = mentions.map { numbering.number($0.mention.document) }
        let chunk = 2048
        let words = WordNumbers()
        let parts = ConcurrentSlots<FeatureTable>.map((mentions.count + chunk - 1) / chunk) { c in
            var part = FeatureTable()
            part.words = words
            words.withLock { words in
                for i in (c * chunk)..<min(mentions.count, (c + 1) * chunk) {
                    part.append(mentions[i], document: documents[i], merger: merger, words: words)
                }
            }
            return part
        }
        var table = FeatureTable()
        table.words = words
        table.documentCount = numbering.documentCount
        table.items.reserveCapacity(mentions.count)
        for p in parts { table.append(contentsOf: p) }
        return table
    }

    private mutating func span<S: Sequence>(_ hashes: S) -> HashSpan where S.Element == UInt32 {
        let start = pool.count
        pool.append(contentsOf: hashes)
        pool[start...].sort()
        return HashSpan(start: Int32(start), count: Int32(pool.count - start))
    }

    /// The number of document `id` in this table (the next one when it is new).
    private mutating func number(_ id: String) -> Int32 {
        if let known = documentNumbers[id] { return known }
        documentNumbers[id] = documentCount
        documentCount += 1
        return documentCount - 1
    }

    /// (`words`: the table's numbering, its lock held.)
    private mutating func append(_ m: ExtractedMention, document: Int32, merger: MentionMerger, words: WordNumbers) {
        let date = m.mention.date
        var start = 0, end = 0, hasDate = false
        if let iv = m.mention.daysCovered {
            hasDate = true
            start = iv.start.dayNumber
            end = iv.end.dayNumber
        }
        // (a night told as "overnight" runs into the next morning, `Mention.daysCovered`: "was brought back online
        // overnight", told on Wednesday, and "was restored early on Wednesday" meet, in one article as in two)
        let overnight = MentionMerger.runsPastMidnight(m.mention)
        let keywords = m.keywords.lazy.filter { $0 != MergeFeatures.definiteKeyword && !$0.hasPrefix(MergeFeatures.countPrefix)
            && !$0.hasPrefix(MergeFeatures.sidePrefix) }
        let count = m.keywords.lazy.compactMap { k in k.hasPrefix(MergeFeatures.countPrefix) ? Int(k.dropFirst(MergeFeatures.countPrefix.count)) : nil }.first
        let content = span(keywords.filter { !TriggerLexicon.isTriggerWord(lemma: $0) }.map { words.number(MergeFeatures.contentSynonyms[$0] ?? $0) })
        let triggers = span(keywords.filter { TriggerLexicon.isTriggerWord(lemma: $0) }.map(words.number))
        let actors = span(m.actorKeys.lazy.map(words.number))
        // (and an event noun's senses, so that its synonyms are one predicate: "the ⟦quake⟧", "an ⟦earthquake⟧"; a
        // verb's senses and a noun's synsets are numbered apart)
        let noun = m.mention.triggerText.map { EventNounLexicon.shared.synsets(ofWord: $0) } ?? []
        let senses = span(VerbSenses.shared.senses(of: m.lemma).lazy.map { words.number(sense: UInt64(UInt32(bitPattern: $0))) }
            + noun.lazy.map { words.number(sense: UInt64(UInt32(bitPattern: $0)) | 1 << 40) })
        let stages = span(m.keywords.lazy.filter { $0.hasPrefix("stage:") && !$0.hasPrefix(MergeFeatures.agePrefix) }.prefix(255).map(words.number))
        let ages = span(m.keywords.lazy.filter { $0.hasPrefix(MergeFeatures.agePrefix) }.prefix(255).map(words.number))
        let sides = span(m.keywords.lazy.filter { $0.hasPrefix(MergeFeatures.sidePrefix) }.prefix(255).map(words.number))
        items.append(MergeFeatures(group: Int8(MergeGroup.of(m.triggerClass)), triggerClass: m.triggerClass,
                                   predicate: MergeFeatures.hash(m.lemma),
                                   kind: MergeFeatures.kindNumber(TriggerLexicon.kind(of: m.lemma, in: m.triggerClass)),
                                   document: document, hasDate: hasDate,
                                   isFallback: date.isFallback, isFuture: m.mention.modality.isFuture,
                                   singleDay: hasDate && (start == end || overnight && end == start + 1), start: start, end: end,
                                   contentWords: content, triggerWords: triggers, actorKeys: actors, senses: senses,
                                   stages: stages, ages: ages, sides: sides, definite: m.keywords.contains(MergeFeatures.definiteKeyword), count: count ?? 0,
                                   increment: m.keywords.contains("stage:more"), storyDay: date.isStoryDay))
    }

    var poolCount: Int { pool.count }

    /// Room for this many features and pooled hashes (a table filled once, from parts of known sizes).
    mutating func reserveCapacity(items n: Int, pool hashes: Int) {
        items.reserveCapacity(n)
        pool.reserveCapacity(hashes)
    }

    /// Drops the spare capacity of the table's arrays (a table kept until the merge).
    mutating func shrink() {
        items = items.withUnsafeBufferPointer { Array($0) }
        pool = pool.withUnsafeBufferPointer { Array($0) }
        documentNumbers = [:]
    }

    /// Room for the features of this many lists and mentions taken in place (`take`) and their pooled hashes.
    mutating func reserveCapacity(lists n: Int, items: Int, pool hashes: Int) {
        lists.reserveCapacity(n)
        starts.reserveCapacity(n)
        listOf.reserveCapacity(items)
        pool.reserveCapacity(hashes)
    }

    /// Takes another table's features as one more list, read in place: their spans are moved to this pool in the
    /// list itself, and `other` is left empty (its pool freed). A table of every mention's features made by
    /// copying (`append(contentsOf:)`) was a second copy of them at the merge, where a load's memory peaks.
    /// The tables taken hold the mentions of different documents (one table per document, as a load makes them):
    /// their documents are numbered after those taken before.
    mutating func take(_ other: inout FeatureTable) {
        precondition(items.isEmpty && other.lists.isEmpty, "a table of lists takes whole tables")
        adoptWords(of: other)
        let shift = Int32(pool.count), documentShift = documentCount
        pool.append(contentsOf: other.pool)
        documentCount += other.documentCount
        var list = other.items
        other = FeatureTable()
        if shift != 0 || documentShift != 0 {
            for k in list.indices {
                list[k].shift(by: shift)
                list[k].shift(documentBy: documentShift)
            }
        }
        starts.append(listOf.count)
        listOf.append(contentsOf: repeatElement(Int32(lists.count), count: list.count))
        lists.append(list)
    }

    /// Appends another table's features (its spans moved to this pool; their documents numbered by the caller, once for
    /// all the tables appended: `make`).
    mutating func append(contentsOf other: FeatureTable) {
        precondition(lists.isEmpty, "a table of lists takes whole tables")
        adoptWords(of: other)
        let shift = Int32(pool.count)
        pool.append(contentsOf: other.pool)
        for var f in other.items {
            f.shift(by: shift)
            items.append(f)
        }
    }

    /// The numbering of `other`'s words, which this table's must be (when it has words of its own).
    private mutating func adoptWords(of other: FeatureTable) {
        guard let theirs = other.words else { return }
        if let mine = words {
            precondition(mine === theirs || pool.isEmpty && items.isEmpty && lists.isEmpty,
                         "tables put together number their words in one numbering")
        }
        words = theirs
    }

    /// The word numbers of a list of this table.
    func hashes(_ span: HashSpan) -> [UInt32] {
        Array(pool[Int(span.start)..<Int(span.start) + Int(span.count)])
    }

    /// Whether two mentions share a keyword: a content word or a trigger word (no hash is both).
    func shareKeyword(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool {
        intersect(a.contentWords, b.contentWords) || intersect(a.triggerWords, b.triggerWords)
    }

    /// Whether two mentions tell different stages of one operation ("the first four boys" / "four more boys") or
    /// befell people of different ages ("Harold Briggs, 71" / "a 64-year-old woman"): two happenings.
    func stagesApart(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool {
        a.stages.count > 0 && b.stages.count > 0 && !intersect(a.stages, b.stages)
            || a.ages.count > 0 && b.ages.count > 0 && !intersect(a.ages, b.ages)
            || a.predicate == b.predicate && a.sides.count > 0 && b.sides.count > 0 && !intersect(a.sides, b.sides)
    }

    /// How many elements two hash lists of this table share.
    func sharedCount(_ a: HashSpan, _ b: HashSpan) -> Int {
        var i = Int(a.start), j = Int(b.start), n = 0
        let ie = i + Int(a.count), je = j + Int(b.count)
        while i < ie && j < je {
            let x = pool[i], y = pool[j]
            if x == y { n += 1; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Whether two hash lists of this table share an element.
    func intersect(_ a: HashSpan, _ b: HashSpan) -> Bool {
        var i = Int(a.start), j = Int(b.start)
        let ie = i + Int(a.count), je = j + Int(b.count)
        while i < ie && j < je {
            let x = pool[i], y = pool[j]
            if x == y { return true }
            if x < y { i += 1 } else { j += 1 }
        }
        return false
    }
}

/// A binary min-heap of (end day, sweep position): the open windows of the merge sweep.
struct EndHeap {
    private var items: [(end: Int, position: Int32)] = []

    var top: (end: Int, position: Int32)? { items.first }

    mutating func push(end: Int, position: Int32) {
        items.append((end, position))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].end <= items[i].end { break }
            items.swapAt(p, i); i = p
        }
    }

    mutating func pop() {
        let last = items.removeLast()
        guard !items.isEmpty else { return }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, items[l].end < items[m].end { m = l }
            if r < items.count, items[r].end < items[m].end { m = r }
            if m == i { break }
            items.swapAt(m, i); i = m
        }
    }
}
