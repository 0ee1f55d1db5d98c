import Foundation

/// Merges mentions of the same real event (across sources and within one) into events, and orders them.
///
/// Two mentions are one event when their triggers are of one class, their dates are compatible (overlapping,
/// within a day, or a coarse date containing the other), their places are compatible (one within the other,
/// via `within`) and they share some evidence (a content word, an actor, a place). Undated mentions
/// ("on or before publication") join only with mentions that share a place or actor and are dated on or
/// shortly before the publication. Documents are compared only in that one article dating two mentions on different
/// days reports two happenings.

public struct MentionMerger: Sendable {
    public let within: @Sendable (Place, Place) -> Bool
    /// Days two day-level dates may differ by and still be one event (sources disagreeing: Monday vs Tuesday).
    public var toleranceDays = 1
    /// How far before publication an undated mention may join a dated one.
    public var fallbackWindowDays = 7
    /// At most this many earlier mentions of a block are compared with each mention (keeps cost linear).
    public var maxComparisons = 64

    /// The place an article's dateline names ("DULUTH, Minn. (Northline News) –"), if any: where an event its
    /// mentions place nowhere else is reported from. Read for the events only, never for the merge, so two outlets'
    /// datelines never keep apart what they both report.
    public var placeOfDateline: @Sendable (Document) -> Place? = { _ in nil }

    public init(within: @escaping @Sendable (Place, Place) -> Bool) {
        self.within = within
    }

    public func merge(_ mentions: [ExtractedMention], documents: [Document]) -> [Event] {
        merge(MentionLists([mentions]), features: FeatureTable.make(mentions, merger: self), documents: documents)
    }

    /// The merge with the mentions' features computed already (`features[i]` of `mentions[i]`); the mentions'
    /// `keywords` and `actorKeys` are not read again and may have been dropped. The feature table is released
    /// before the events are made (when the caller gave it up: `consume`), so it is not held beside them.
    func merge(_ mentions: MentionLists, features: consuming FeatureTable, documents: [Document]) -> [Event] {
        // The blocks, the union–find and the group numbers are freed once the groups are made (each a few bytes a
        // mention, held at the merge's peak otherwise).
        let groups: MentionGroups = {
            var sets = DisjointSets(count: mentions.count)
            do {
                // Blocking: by merge group, then a sweep over each mention's date window.
                var blocks: [[Int32]] = []
                for i in mentions.indices where blockWindow(features[i]) != nil {
                    let g = Int(features[i].group)
                    while blocks.count <= g { blocks.append([]) }
                    blocks[g].append(Int32(i))
                }
                // (each block's constraints are kept past its sweep: the story's days join groups of the block later)
                // (only the places a mention is in: "near the Pennsylvania border" may be in Ohio)
                // (one set of constraints for all blocks: they are kept by group root, and the passes after the sweep
                // join groups of two blocks)
                var constraints = GroupConstraints(placesOf: { mentions[$0].places.filter { $0.qualifier == .inside } }, meet: placesCompatible)
                for members in blocks where !members.isEmpty {
                    sweep(members, features: features, mentions: mentions, sets: &sets, constraints: &constraints)
                }
                // One predicate of one day in two articles of one story is one happening (`StoryDays`).
                for (a, b) in StoryDays.pairs(features, sets: &sets) {
                    constraints.union(Int(a), Int(b), sets: &sets, features: features)
                }
                // Two tellings of one day that share two words rare that day are one happening (`SameDayWords`).
                SameDayWords.join(features, sets: &sets) { a, b, sets in constraints.union(a, b, sets: &sets, features: features) }
            }
            // Wire copies are one event whatever their dates.
            for (a, b) in WireCopy.copies(mentions) { sets.union(Int(a), Int(b)) }
            return MentionGroups(&sets, count: mentions.count)
        }()
        // The links read the features, which nothing after them does.
        let links = planOutcomeLinks(groups: groups, mentions: mentions, features: features, documents: documents)
        _ = consume features
        // The sweep's and the wire-copy pass's small blocks are freed among blocks still held: their pages go back
        // before the events are made, so the events' peak does not hold them too.
        FreePages.release()
        let outlets = Dictionary(documents.map { ($0.id, $0.source ?? $0.id) }, uniquingKeysWith: { a, _ in a })
        let datelines = Dictionary(documents.filter { $0.dateline?.place != nil }.compactMap { d in placeOfDateline(d).map { (d.id, Shared($0)) } },
                                   uniquingKeysWith: { a, _ in a })
        let leads = Self.leadPlaces(mentions, documents: documents, datelines: datelines)
        let sites = SiteTowns(mentions, datelines: datelines)
        let towns = UnlistedTownNames(mentions)
        var events = makeEvents(groups, of: mentions, outlets: outlets, datelines: datelines, leads: leads, sites: sites,
                                towns: towns)
        for (plan, outcome) in links {
            events[plan].outcomes.append(events[outcome].id)
            events[outcome].plans.append(events[plan].id)
        }
        order(&events, groups: groups, mentions: mentions)
        return events
    }

    /// The sweep over one block: windows sorted by start; each mention is compared with the last
    /// `maxComparisons` earlier mentions whose window is still open. Open windows are a linked list in
    /// insertion order with a heap of their ends, so closing and walking them costs no more than the comparisons.
    /// Comparisons run in parallel in batches; unions are applied in order.
    private func sweep(_ members: [Int32], features: FeatureTable, mentions: MentionLists, sets: inout DisjointSets,
                       constraints: inout GroupConstraints) {
        // (in 32 bits: 12 bytes a member of the block, which may be most of the corpus's mentions)
        let sorted = members.map { i -> (start: Int32, end: Int32, index: Int32) in
            let w = blockWindow(features[Int(i)])!
            return (Int32(clamping: w.0), Int32(clamping: w.1), i)
        }.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
        let n = sorted.count
        var prevOpen = [Int32](repeating: -1, count: n)
        var nextOpen = [Int32](repeating: -1, count: n)
        var tail: Int32 = -1
        var ends = EndHeap()
        // A batch: for each item, its candidates (flat, with offsets).
        let batchSize = 4096
        var items: [Int32] = []
        var offsets: [Int32] = [0]
        var candidates: [Int32] = []
        items.reserveCapacity(batchSize)
        offsets.reserveCapacity(batchSize + 1)
        candidates.reserveCapacity(batchSize * 16)
        var scratch: [Int32] = []
        scratch.reserveCapacity(maxComparisons)

        func flush() {
            guard !items.isEmpty else { return }
            let chunks = min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
            let pairs = ConcurrentSlots<[(Int32, Int32)]>.map(chunks) { c in
                var out: [(Int32, Int32)] = []
                let lo = items.count * c / chunks, hi = items.count * (c + 1) / chunks
                for k in lo..<hi {
                    let b = Int(items[k])
                    for q in Int(offsets[k])..<Int(offsets[k + 1]) {
                        let a = Int(candidates[q])
                        if compatible(a, b, features, mentions) { out.append((Int32(a), Int32(b))) }
                    }
                }
                return out
            }
            // The surest pairs first, so that what they join keeps a weaker pair's chain apart: two mentions dated to days
            // that meet, then dated a day or two apart, then an undated line with another ("brought back 150,000
            // customers overnight" joins "reconnected at about 3 a.m. on Wednesday" before either meets "reconnected its
            // final 38,000 customers on Thursday").
            for pass in 0..<3 {
                for chunk in pairs {
                    for (a, b) in chunk where Self.strength(features[Int(a)], features[Int(b)]) == pass {
                        constraints.union(Int(a), Int(b), sets: &sets, features: features)
                    }
                }
            }
            items.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            offsets.append(0)
            candidates.removeAll(keepingCapacity: true)
        }

        for p in 0..<n {
            let item = sorted[p]
            // Close the windows that end before this one starts.
            while let top = ends.top, top.end < Int(item.start) {
                ends.pop()
                let k = Int(top.position)
                let before = prevOpen[k], after = nextOpen[k]
                if before >= 0 { nextOpen[Int(before)] = after }
                if after >= 0 { prevOpen[Int(after)] = before } else { tail = before }
            }
            // The last `maxComparisons` open windows, oldest first.
            scratch.removeAll(keepingCapacity: true)
            var k = tail
            while k >= 0 && scratch.count < maxComparisons {
                scratch.append(Int32(sorted[Int(k)].index))
                k = prevOpen[Int(k)]
            }
            if !scratch.isEmpty {
                items.append(Int32(item.index))
                candidates.append(contentsOf: scratch.reversed())
                offsets.append(Int32(candidates.count))
            }
            // Open this one.
            prevOpen[p] = tail
            if tail >= 0 { nextOpen[Int(tail)] = Int32(p) }
            tail = Int32(p)
            ends.push(end: Int(item.end), position: Int32(p))
            if items.count >= batchSize { flush() }
        }
        flush()
    }

    /// How sure a compatible pair is, for the order the merge joins pairs in: 0 for two mentions dated to days that
    /// meet, 1 for two dated apart, 2 for a pair with an undated mention.
    static func strength(_ a: MergeFeatures, _ b: MergeFeatures) -> Int {
        if a.isFallback || b.isFallback { return 2 }
        return a.start <= b.end && b.start <= a.end ? 0 : 1
    }

    /// The day-number window a mention can match in: its date widened by the tolerance; undated mentions
    /// cover the days before publication.
    func blockWindow(_ m: ExtractedMention) -> (Int, Int)? {
        guard let iv = m.mention.daysCovered else { return nil }
        if m.mention.date.isFallback {
            return (iv.start.dayNumber - fallbackWindowDays, iv.end.dayNumber + toleranceDays)
        }
        return (iv.start.dayNumber - toleranceDays, iv.end.dayNumber + toleranceDays)
    }

    /// `blockWindow` of a mention read from its features (the same days, fallback and date).
    func blockWindow(_ f: MergeFeatures) -> (Int, Int)? {
        guard f.hasDate else { return nil }
        if f.isFallback { return (f.start - fallbackWindowDays, f.end + toleranceDays) }
        return (f.start - toleranceDays, f.end + toleranceDays)
    }

    func placesCompatible(_ a: [PlaceMention], _ b: [PlaceMention]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        if a.contains(where: { x in b.contains { y in within(x.place, y.place) || within(y.place, x.place) } }) { return true }
        return Self.siteInAnyTown(a, of: b) || Self.siteInAnyTown(b, of: a)
    }

    /// Whether a line placed at a site and in no town ("the talks opened at ⟦Al Salam Palace⟧", in an article about
    /// Saudi Arabia) may be in a town of the other line ("began talks ⟦in Jeddah⟧"): the site's country's (and region's,
    /// where both give one). A site its line places in a town ("at Moscone Center in San Francisco") is in that town.
    static func siteInAnyTown(_ sites: [PlaceMention], of towns: [PlaceMention]) -> Bool {
        guard !sites.contains(where: { $0.place.kind == .city }) else { return false }
        return sites.contains { x in
            x.place.kind == .site && towns.contains { y in
                y.place.kind == .city && y.place.country == x.place.country
                    && (x.place.region == nil || y.place.region == nil || x.place.region == y.place.region)
            }
        }
    }

    /// Whether two mentions' sentences name something in common (`WireCopy.scan`'s names).
    /// Whether two mentions are told of one day: both of that day, or one of a night running into it ("five more bodies
    /// were recovered overnight" / "pulled five more bodies from the sea on Tuesday").
    static func onOneDay(_ a: MergeFeatures, _ b: MergeFeatures) -> Bool {
        a.end - a.start <= 1 && b.end - b.start <= 1 && (a.singleDay || b.singleDay) && a.start <= b.end && b.start <= a.end
    }

    /// Whether two mentions of one day are told of different parts of it: a morning and an afternoon ("firefighters
    /// rescued a boy on Wednesday morning" / "that afternoon the president walked through the ruins"), by a part's
    /// name or a clock time, whose hours do not meet. A part covers its hours ("early on Monday" is the morning from
    /// midnight, so "at about 1:10 a.m." meets it; an evening and a night meet); a clock time, two hours either side;
    /// a mention with no part of the day meets any. A live blog's stamp tells when its entry was written, not the
    /// happening: it meets any.
    static func partsOfTheDayApart(_ a: Mention, _ b: Mention) -> Bool {
        func hours(_ m: Mention) -> Set<Int>? {
            let value = m.date.value
            guard let t = value.firstIndex(of: "T"), m.timex?.derivationTail.contains(FocusTracker.entryTime) != true else { return nil }
            let time = value[value.index(after: t)...]
            switch time {
            case "MO": return Set(0...11)
            case "AF": return Set(12...17)
            case "EV": return Set(17...21)
            case "NI": return Set(20...23).union(0...5)
            default:
                guard time.count >= 2, let h = Int(time.prefix(2)) else { return nil }
                return Set((h - 2...h + 2).map { ($0 + 24) % 24 })
            }
        }
        guard a.date.value.prefix(10) == b.date.value.prefix(10), let x = hours(a), let y = hours(b) else { return false }
        return x.isDisjoint(with: y)
    }

    /// Whether two mentions' sentences share a name. `besidesTheirPlaces`: the name of a town, region or country either is
    /// at does not count ("taken to the ⟦Sept-Îles⟧ regional hospital" and "the overrun … at ⟦Sept-Îles⟧": every line of
    /// a story names its town).
    static func shareName(_ a: Mention, _ b: Mention, besidesTheirPlaces: Bool = false) -> Bool {
        let x = WireCopyWords(of: a).nameHashes
        guard !x.isEmpty else { return false }
        let y = WireCopyWords(of: b).nameHashes
        let shared = x.filter { y.contains($0) }
        // (the places' words made only when a name is shared: most pairs share none)
        guard besidesTheirPlaces, !shared.isEmpty else { return !shared.isEmpty }
        // (each town's, region's or country's name, and its spelling in the mention's document, "Sept-Iles"; a site
        // is as good a name as a body: "⟦Bay Memorial⟧ reopened to ambulances")
        func words(_ m: Mention) -> [UInt64] {
            let sites = m.places.filter { $0.place.kind == .site }.map(\.range)
            return m.places.filter { $0.place.kind != .site }.flatMap { pl in
                // (a town told by its site's name, "⟦Bay Memorial⟧" in Superior, is the site's name)
                WireCopyWords(of: pl.place.name).wordHashes
                    + (sites.contains(pl.range) ? [] : m.text(of: pl.range).map { WireCopyWords(of: $0).wordHashes } ?? [])
            }
        }
        let placed = Set(words(a) + words(b))
        return shared.contains { !placed.contains($0) }
    }

    /// Whether a toll's telling and another mention are one event: two tellings of a death toll a few days apart
    /// ("the death toll rose to 47" / "the toll reached 64"), whatever their counts (a total revised upward is one
    /// toll), or a telling and a killing of the same count told on or before it ("killing at least 23 people" / "the
    /// death toll stood at 23"), where their places meet. A telling is dated on or before its day, so none conflicts.
    func tollsMeet(_ a: MergeFeatures, _ b: MergeFeatures, _ pa: [PlaceMention], _ pb: [PlaceMention]) -> Bool {
        let toll = MergeFeatures.tollPredicate
        if a.predicate == toll, b.predicate == toll {
            return a.isFuture == b.isFuture && abs(a.end - b.end) <= fallbackWindowDays && placesCompatible(pa, pb)
        }
        let (telling, other) = a.predicate == toll ? (a, b) : (b, a)
        return MergeFeatures.killingPredicates.contains(other.predicate) && !other.isFallback && !other.isFuture
            && other.count != 0 && other.count == telling.count
            && other.end <= telling.end && telling.end - other.start <= fallbackWindowDays && placesCompatible(pa, pb)
    }

    func placesShared(_ a: [PlaceMention], _ b: [PlaceMention]) -> Bool {
        !a.isEmpty && !b.isEmpty && placesCompatible(a, b)
    }

    func compatible(_ a: ExtractedMention, _ b: ExtractedMention) -> Bool {
        let f = FeatureTable([a, b], merger: self)
        return compatible(0, 1, f, MentionLists([[a, b]]))
    }

    /// Whether mentions `ia` and `ib` report one event, read from their precomputed features.
    func compatible(_ ia: Int, _ ib: Int, _ features: FeatureTable, _ mentions: MentionLists) -> Bool {
        let a = features[ia], b = features[ib]
        guard a.group == b.group, a.hasDate, b.hasDate else { return false }
        // A death toll's tellings are one event whatever their counts and days (`TollTelling`).
        if a.predicate == MergeFeatures.tollPredicate || b.predicate == MergeFeatures.tollPredicate {
            return tollsMeet(a, b, mentions[ia].places, mentions[ib].places)
        }
        // Happenings outside the trigger table are one event only with one predicate ("were rescued" ↔ "the rescue")
        // or synonyms ("found" ↔ "discovered", `VerbSenses`).
        // (So is a class sharing their merge group with another class: "freed" (a rescue) and "released" are one
        // only as synonyms.)
        // (Or, by two articles, with two verbs told of one day, one name or count and a word of their clauses: `Paraphrase`.)
        if a.triggerClass == .other || a.group == MergeFeatures.otherGroup && a.triggerClass != b.triggerClass, a.predicate != b.predicate,
           !features.intersect(a.senses, b.senses),
           !(a.document != b.document && !a.isFallback && !b.isFallback && Self.onOneDay(a, b)
             && a.isFuture == b.isFuture && !Paraphrase.opposite(a.predicate, b.predicate)
             // (a large figure both give, "$1.3 billion", is as good as a word: "depositors withdrew $1.3 billion" /
             // "customers moved $1.3 billion out of the bank")
             && (features.intersect(a.contentWords, b.contentWords) || a.count == b.count && MergeFeatures.isLargeCount(a.count)
                 // (or one actor both name, with verbs of one kind: "⟦Rehberg⟧ was extradited to Germany" / "⟦Rehberg⟧
                 // was deported")
                 || features.intersect(a.actorKeys, b.actorKeys) && VerbSenses.areKin(a.predicate, b.predicate))
             // (not two verbs told of two parts of the day: "rescued a boy on Wednesday morning" / "that afternoon the
             // president walked through the ruins")
             && !Self.partsOfTheDayApart(mentions[ia], mentions[ib])
             // (a count both give is as good as a name: "pulled five more bodies from the sea" / "five more bodies were
             // recovered overnight")
             && (Self.shareName(mentions[ia], mentions[ib], besidesTheirPlaces: true) || a.count != 0 && a.count == b.count
                 // (or, for two verbs of one class, two words of their clauses: "investigators ⟦pulled⟧ both flight
                 // recorders from the tail" / "⟦recovered⟧ both flight recorders from the aircraft's tail"; "divers ⟦found⟧
                 // the boys in the cave" is no rescue of them for the words they share)
                 || a.triggerClass == b.triggerClass && features.sharedCount(a.contentWords, b.contentWords) >= 2
                 // (and so is whom it befell by their age: "firefighters rescued a seven-year-old boy" / "firefighters
                 // have pulled a seven-year-old boy alive from the rubble")
                 || features.intersect(a.ages, b.ages)
                 // (or one actor both name: "⟦Teodora⟧ grew into a major hurricane yesterday afternoon" / "⟦Teodora⟧
                 // intensified into a Category 3 hurricane")
                 || features.intersect(a.actorKeys, b.actorKeys)
                 // (or two verbs of one kind, `VerbSenses.kin`: "the building was ⟦demolished⟧" / "the building was
                 // ⟦razed⟧"; "the government ⟦banned⟧ the group" / "the group was ⟦outlawed⟧")
                 || VerbSenses.areKin(a.predicate, b.predicate))) { return false }
        // A storm, its floods and a dam bursting under them are three mishaps, however close their days.
        if a.kind != 0, b.kind != 0, a.kind != b.kind { return false }
        // Different stages of one operation ("the first four boys" / "four more boys") are different events.
        if features.stagesApart(a, b) { return false }
        // So is a batch counted against another count: "pulled five more bodies from the sea on Tuesday" and "divers
        // pulled seven bodies from the wreck on Wednesday" are two recoveries, not one dated twice; "another 110,000
        // customers were reconnected this afternoon" is not the 150,000 brought back overnight (a total revised, "the
        // quake killed 157 people" / "killing at least 153", stays one event).
        // Two counts that differ, told of days that do not meet, are two batches too ("brought back 150,000 customers
        // overnight" / "reconnected its final 38,000 customers on Thursday").
        if a.count != 0, b.count != 0, a.count != b.count, a.increment || b.increment || MergeFeatures.countedApart(a, b) { return false }
        let sharedActor = features.intersect(a.actorKeys, b.actorKeys)
        // Sayings are one event only when one speaker says them, and says one thing: "the water is rising, he said" is
        // not his statement that the delegations will meet.
        // And one saying is of one day: a speaker dated on two days that do not meet said two things, however alike
        // ("Lindqvist ⟦says⟧ lawmakers will question regulators", in Monday's live blog / "Lindqvist ⟦said on Tuesday⟧
        // that the committee will hold a hearing"), never one saying in conflict.
        // (Two outlets that name no speaker at all, "the kidnappers ⟦demanded⟧ $4 million in a video" / "their captors
        // demanded a ransom of $4 million", tell one saying by its day and its words.)
        let unnamed = a.actorKeys.count == 0 && b.actorKeys.count == 0 && a.document != b.document
            // (and two outlets' denials of one day, of two things or more in common, are one denial whoever each names
            // as denying it: "Kettle Creek ⟦denied⟧ that its recall notice had been late" / "the company ⟦insisted⟧ that
            // its recall notice had not come late")
            || a.document != b.document && a.predicate == MergeFeatures.denialPredicate && b.predicate == a.predicate
                && !a.isFallback && !b.isFallback && a.start == b.start && features.sharedCount(a.contentWords, b.contentWords) >= 2
        // (Two outlets' verbs of saying of one kind are one saying: "Lindqvist ⟦said⟧ on Tuesday that the committee will
        // hold a hearing" / "Lindqvist ⟦announced⟧ that the committee would hold a hearing"; a denial is no kin of them.)
        if a.group == MergeFeatures.statementGroup,
           !(sharedActor || unnamed)
            || a.predicate != b.predicate && !(a.document != b.document && VerbSenses.areKin(a.predicate, b.predicate))
            || unnamed && !features.intersect(a.contentWords, b.contentWords)
                // (a denial of "the claim" names nothing of its own: it is another outlet's denial of that day, "the
                // company ⟦denied⟧ that its stewards opened a gate" / "the company ⟦rejected⟧ the claim on Monday")
                && !(a.predicate == MergeFeatures.denialPredicate && b.predicate == a.predicate && a.document != b.document
                     && (a.contentWords.count == 0 || b.contentWords.count == 0))
            || a.contentWords.count > 0 && b.contentWords.count > 0 && !features.intersect(a.contentWords, b.contentWords)
            || !a.isFallback && !b.isFallback && (a.start > b.end || b.start > a.end) { return false }
        switch (a.isFallback, b.isFallback) {
        case (false, false):
            // A plan and its outcome ("expects to reopen by the end of May" / "reopened on 10 June") are two events.
            guard a.isFuture == b.isFuture else { return false }
            let gap = max(a.start - b.end, b.start - a.end)
            guard gap <= (a.singleDay && b.singleDay ? toleranceDays : 0) else { return false }
            // One article that dates two mentions on different days reports two happenings ("the storm made landfall
            // on Sunday … the dams collapsed early on Monday"); only outlets disagree about one event's day.
            if a.document == b.document, gap > 0 { return false }
            let pa = mentions[ia].places, pb = mentions[ib].places
            guard placesCompatible(pa, pb) else { return false }
            // "The rocket lifted off early on Wednesday … ⟦The launch⟧, at 1:47 a.m., came after …": a definite event
            // noun with nothing of its own is its article's happening of that predicate and day.
            if a.document == b.document, a.predicate == b.predicate, gap == 0, a.definite || b.definite { return true }
            // One article tells one happening again with its own word; two words of one class on one day are two
            // happenings unless they share something ("helicopters ⟦flew⟧ the injured to Nepalgunj" and "the prime
            // minister ⟦visited⟧ the villages", both on Saturday).
            if a.document == b.document, a.predicate != b.predicate, !features.intersect(a.senses, b.senses) {
                return features.shareKeyword(a, b) || sharedActor || placesShared(pa, pb)
            }
            // Synonym triggers of one class suffice; related classes (an investigation, an agreement) need shared evidence.
            // (or, by two articles, one predicate and a name both sentences give: "lifted the evacuation order around
            // the Corliss Chemical plant" and "people who fled the explosion at the Corliss Chemical plant were allowed to
            // return home", both the evacuation's end)
            if a.triggerClass == .other {
                return features.intersect(a.contentWords, b.contentWords) || sharedActor || placesShared(pa, pb)
                    || a.document != b.document && a.predicate == b.predicate && Self.shareName(mentions[ia], mentions[ib])
                    || a.document != b.document && a.count == b.count && MergeFeatures.isLargeCount(a.count)
                    // (or one predicate and one count of what it befell: "seven of the nine people … have been released" /
                    // "seven had been released by Monday morning"; "its shares ⟦plunged 58⟧ percent" / "its stock ⟦fell 58⟧%")
                    || a.document != b.document && a.predicate == b.predicate && a.count != 0 && a.count == b.count
                    // (or one predicate of one day, one of the two told bare, with no word, actor or place of its own:
                    // "⟦Production⟧ resumed this morning at the St. Thomas plant" / "⟦production⟧ resumed the next
                    // morning"; a bare mention has nothing to tell it apart)
                    || a.document != b.document && a.predicate == b.predicate && a.singleDay && b.singleDay && a.start == b.start
                        && (Self.bare(a, mentions[ia]) || Self.bare(b, mentions[ib]))
            }
            // So does a month or a year against a day of another article: "injured in the 1998 abortion clinic bombing"
            // is not the embassy bombings of 7 August 1998 for being of the same class and year.
            let coarse = (a.end - a.start > 31) != (b.end - b.start > 31) && a.document != b.document
            // (Two words of travel are who moves, not what happened: "the president ⟦visited⟧ Huanta" and "rescue teams
            // ⟦arrived⟧", or "aid is ⟦arriving⟧ too slowly", of one day, are one journey only when they share something.)
            let travelApart = a.triggerClass == .travel && a.predicate != b.predicate && !features.intersect(a.senses, b.senses)
            return a.triggerClass == b.triggerClass && !coarse && !travelApart || features.shareKeyword(a, b) || sharedActor
                || placesShared(pa, pb)
        case (true, true):
            guard abs(a.start - b.start) <= fallbackWindowDays, a.isFuture == b.isFuture,
                  features.intersect(a.contentWords, b.contentWords) else { return false }
            let pa = mentions[ia].places, pb = mentions[ib].places
            // Two articles' undated lines with two predicates are one event only when they name one actor, or name
            // something in common in their sentences: "Two workers were killed" (in Baytown) is not "a third worker,
            // Luis Herrera, died" (at a Houston burn center), however near the two places are.
            if a.document != b.document, a.predicate != b.predicate, !features.intersect(a.senses, b.senses), !sharedActor,
               !Self.shareName(mentions[ia], mentions[ib]) { return false }
            // (or, both given their story's day, the same day, when they tell one predicate and share two words of their
            // own: "Officers ⟦stopped⟧ traffic at both ends of the bridge" / "two police officers at the foot of the
            // bridge ⟦waved⟧ traffic off the span", each told in the night of its story; a stock line of another story
            // is of another day)
            if a.document != b.document, a.storyDay, b.storyDay, a.start == b.start, a.end == b.end, a.predicate == b.predicate,
               features.sharedCount(a.contentWords, b.contentWords) >= 2 {
                return placesCompatible(pa, pb)
            }
            // Two articles' undated lines are one event only when they name someone or somewhere in common: words
            // alone are shared by the stock lines of unrelated stories ("Residents of Muscat said they had received
            // little information from the authorities" / "Residents of Vilnius said …").
            if a.document != b.document, !placesShared(pa, pb), !Self.shareName(mentions[ia], mentions[ib]) { return false }
            return placesCompatible(pa, pb)
        default:
            let (undated, dated) = a.isFallback ? (a, b) : (b, a)
            guard !dated.isFuture, !undated.isFuture,
                  dated.end <= undated.end, dated.end >= undated.start - fallbackWindowDays else { return false }
            // An undated line given its story's day ("Within seconds, the grid across three counties ⟦went dark⟧", in a
            // weekly whose story is at that Tuesday) is another article's telling of that day dated there, when the two
            // tell one predicate (or one class of the table) and share a word, a place, an actor or a name. So is an
            // undated line of the day of publication ("The water authority ⟦has issued⟧ a boil-water advisory for the
            // South Valley", in Wednesday's live blog) with one predicate, a word and a place or name in common.
            if a.document != b.document, dated.singleDay, dated.start == undated.start {
                let pa = mentions[ia].places, pb = mentions[ib].places
                let named = placesShared(pa, pb) || Self.shareName(mentions[ia], mentions[ib])
                let words = features.intersect(a.contentWords, b.contentWords)
                if undated.storyDay,
                   a.predicate == b.predicate || features.intersect(a.senses, b.senses) || a.triggerClass == b.triggerClass && a.triggerClass != .other,
                   words || sharedActor || named {
                    return placesCompatible(pa, pb)
                }
                if a.predicate == b.predicate, words, named || sharedActor { return placesCompatible(pa, pb) }
                // (or the one happening of that predicate another outlet names that day with a bare definite noun:
                // "taken to hospital after ⟦the evacuation⟧ on Sunday" / a weekly's "Within 90 seconds the crew had
                // ⟦evacuated⟧ all 118 passengers", on its story's Sunday)
                if undated.storyDay, a.predicate == b.predicate, dated.definite { return placesCompatible(pa, pb) }
                // (or two words of their clauses: "⟦Cranes⟧ are lifting the A220 out of the ⟦mud⟧", in that day's live
                // blog / "⟦Cranes⟧ lifted the jet out of the ⟦mud⟧")
                // (a word one names as its actor and the other as a word of its clause counts too: "New Zealand's
                // ⟦aviation⟧ regulator has grounded a ⟦rocket⟧" / "the Civil ⟦Aviation⟧ Authority, which grounded the ⟦rocket⟧")
                let across = features.intersect(a.contentWords, b.actorKeys) || features.intersect(a.actorKeys, b.contentWords) ? 1 : 0
                if a.predicate == b.predicate, features.sharedCount(a.contentWords, b.contentWords) + across >= 2 { return placesCompatible(pa, pb) }
                // (or one predicate and one count of what it befell: "seven of the nine people … have been released" in
                // Monday's blog, "seven had been released by Monday morning")
                if a.predicate == b.predicate, a.count != 0, a.count == b.count { return placesCompatible(pa, pb) }
            }
            // An undated follow-up of a dated report by the same named actor ("…, Eurojust announced in The Hague"),
            // and an article's undated headline or lead told again, dated, in its body ("Pay talks collapse" /
            // "talks over pay broke down on Thursday").
            // (The same actor with another predicate and other words, both told, is another happening: "talks with its
            // lenders failed" is not "Carver had negotiated an agreement with the union on Sunday"; a headline that
            // names nothing more, "Halvorsen completes Greenmeadow takeover", is its body's acquisition.)
            let samePredicate = a.predicate == b.predicate || features.intersect(a.senses, b.senses)
            // An undated telling by one outlet of what another dates, with its predicate and a word of its clause (or the
            // count it gives): "Rescuers ⟦evacuated⟧ the hospital's patients" / "the hospital's patients were ⟦evacuated⟧
            // on Tuesday". (Its place must fit, and the merge keeps groups dated on days apart from meeting through it.)
            // Only a telling dated to its own day or the day before: a headline of the final step ("Last customers
            // ⟦reconnected⟧", on Friday) is not Wednesday's first reconnection for the word "customers".
            if a.document != b.document, a.predicate == b.predicate, dated.end >= undated.end - 1,
               features.intersect(a.contentWords, b.contentWords) || a.count != 0 && a.count == b.count {
                return placesCompatible(mentions[ia].places, mentions[ib].places)
            }
            let otherWords = a.keywords.count > 0 && b.keywords.count > 0 && !features.shareKeyword(a, b)
            return sharedActor && (samePredicate || !otherWords)
                || a.document == b.document && samePredicate && features.intersect(a.contentWords, b.contentWords)
        }
    }

    /// A mention with no word, actor or place of its own beside its predicate ("⟦production⟧ resumed the next morning").
    static func bare(_ f: MergeFeatures, _ m: Mention) -> Bool {
        f.contentWords.count == 0 && f.actorKeys.count == 0 && m.places.isEmpty
    }

    /// The lead mention's summary; or, when the lead is a happening named as the subject of a clause of the same
    /// sentence that the event also holds, that clause's: "The earthquake" and "The earthquake destroyed 26,000 homes"
    /// (from "Friday's earthquake destroyed 26,000 homes") are told by the second.
    static func leadSummary(_ members: [Int32], _ group: [Mention], lead: Int, of mentions: MentionLists) -> String {
        let summary = mentions.summary(Int(members[lead]))
        let m = group[lead]
        var best = summary
        for (k, other) in group.enumerated() where k != lead && other.range == m.range && other.document == m.document {
            let told = mentions.summary(Int(members[k]))
            if told.count > best.count, told.hasPrefix(summary + " ") { best = told }
        }
        return best
    }

    /// What a group of mentions says together: their order in the event, its date (the most precise one, or the
    /// span where day-level dates disagree), the majority modality, the places and actors, and the lead mention
    /// (whose clause summarises the event). One rule for the merge and for a curated merge or split.
    public struct Facts: Sendable {
        /// Indices into the mentions, in the event's order.
        public var order: [Int]
        public var date: EventDate
        public var conflict: Bool
        public var modality: Modality
        public var places: [Place]
        public var actors: [String]
        /// Index of the lead mention.
        public var lead: Int
        /// The date's box: the mention's whose date it is (shared with it), or one of its own.
        var sharedDate: Shared<EventDate>
        /// The places' boxes, the mentions' own (shared with them) and the datelines'.
        var placeBoxes: [Shared<Place>]
    }

    /// The facts of a non-empty group of mentions; `outlets` names documents in a conflict's derivation; `datelines`
    /// gives the place of a document's dateline, the event's place when none of its mentions names one.
    public static func facts(of group: [Mention], outlets: [String: String], datelines: [String: Place] = [:]) -> Facts {
        facts(of: group, outlets: outlets, datelines: datelines.mapValues { Shared($0) })
    }

    /// `facts(of:outlets:datelines:)` with the datelines' places in boxes the events share.
    static func facts(of group: [Mention], outlets: [String: String], datelines: [String: Shared<Place>],
                      leads: [String: LeadPlace] = [:], siteTown: (() -> Shared<Place>?)? = nil,
                      unlistedTown: (() -> Shared<Place>?)? = nil, containingTown: ((Place) -> Shared<Place>?)? = nil) -> Facts {
        let order = group.indices.sorted { i, j in
            let a = group[i], b = group[j]
            let da = a.date.interval?.start.dayNumber ?? Int.max, db = b.date.interval?.start.dayNumber ?? Int.max
            return (a.date.isFallback ? 1 : 0, da, a.document, a.range.start) < (b.date.isFallback ? 1 : 0, db, b.document, b.range.start)
        }
        let sorted = order.map { group[$0] }
        // Printings of one wire text count once, with their earliest date: a reprint a week later reads "on Tuesday"
        // against its own publication day.
        var printed = Set<String>()
        let dated = sorted.filter { !$0.date.isFallback && $0.date.interval != nil && printed.insert(WireCopy.key(of: $0)).inserted }
        let conflict = disagree(dated)
        let date: Shared<EventDate>
        if dated.isEmpty {
            date = sorted[0].sharedDate
        } else if conflict, let first = dated.first(where: { $0.date.interval!.dayCount <= 3 }) {
            // The days the sources disagree on; a coarser date that holds them ("last month") widens nothing.
            let precise = dated.filter { $0.date.interval!.dayCount <= 3 }
            let span = precise.compactMap { $0.date.interval }.reduce(first.date.interval!) { $0.union($1) }
            let parts = precise.map { "\($0.date.value) (\(outlets[$0.document] ?? $0.document))" }
            date = Shared(EventDate(value: span.start == span.end ? span.start.iso : "\(span.start.iso)/\(span.end.iso)",
                                    interval: span, granularity: .day,
                                    derivation: "the sources disagree: " + orderedUnique(parts).joined(separator: ", ")))
        } else {
            date = dated.min { finer($0, than: $1) }!.sharedDate
        }
        var counts: [Modality: Int] = [:]
        for m in sorted { counts[m.modality, default: 0] += 1 }
        let modality = Modality.allCases.max { (counts[$0] ?? 0, -Modality.allCases.firstIndex(of: $0)!) < (counts[$1] ?? 0, -Modality.allCases.firstIndex(of: $1)!) }!
        let lead = order.min { i, j in
            let a = group[i], b = group[j]
            return (a.date.isFallback ? 1 : 0, -a.places.count, a.document, a.range.start)
                < (b.date.isFallback ? 1 : 0, -b.places.count, b.document, b.range.start)
        }!
        var places: [Place] = [], placeBoxes: [Shared<Place>] = []
        for m in sorted {
            for p in m.places where !places.contains(p.place) {
                places.append(p.place)
                placeBoxes.append(p.shared)
            }
        }
        // A happening no source places is at the town of a site its summaries name, where the corpus places that site
        // ("the ⟦Harmon Building⟧ reopened on Monday", in Dayton by the articles filed from there: `SiteTowns`).
        // (and so is one placed at sites only: "the talks opened at ⟦Al Salam Palace⟧", in a weekly that names no town, is
        // in Jeddah when the wire filed from Jeddah names the palace)
        if places.allSatisfy({ $0.kind == .site }), let t = siteTown?(), !places.contains(t.value) {
            places.append(t.value)
            placeBoxes.append(t)
        }
        // Or at a town the corpus names as one, which its summaries place it in ("shells slammed into the market ⟦in
        // Saravel⟧", after another article's "the city of Saravel": `UnlistedTownNames`).
        if places.isEmpty, let t = unlistedTown?() {
            places.append(t.value)
            placeBoxes.append(t)
        }
        // A village the gazetteer does not list is in the town an article puts it in ("the landslide engulfed 30 houses in
        // Tabangaw", where another article tells of "Barangay Tabangaw in Itogon": in Itogon too).
        if let containingTown {
            for p in places where UnlistedTownNames.isUnlisted(p) {
                if let t = containingTown(p), !places.contains(t.value) {
                    places.append(t.value)
                    placeBoxes.append(t)
                }
            }
        }
        // Else it is where its reports are filed from ("DULUTH, Minn. – Lakeshore Health began diverting ambulances …").
        if places.isEmpty {
            for m in sorted {
                if let p = datelines[m.document], !places.contains(p.value) {
                    places.append(p.value)
                    placeBoxes.append(p)
                }
            }
        }
        // Nor, with no dateline, where the lead of an article that tells it in its days places the article's story ("A
        // Kea-2 rocket … exploded … after lifting off from the Ohiwa Spaceport ⟦near Whakatane⟧"): a happening of
        // the two weeks up to its publication, told with no place, is there (not a background year, nor a plan).
        if places.isEmpty {
            for m in sorted where m.modality != .planned && m.modality != .expected {
                guard let lead = leads[m.document], let iv = m.date.interval,
                      iv.start.dayNumber >= lead.published - DocumentContext.focusDays, iv.end.dayNumber <= lead.published,
                      !places.contains(lead.place.value) else { continue }
                places.append(lead.place.value)
                placeBoxes.append(lead.place)
            }
        }
        var actors: [String] = []
        for m in sorted { for a in m.actors where !actors.contains(a) { actors.append(a) } }
        return Facts(order: order, date: date.value, conflict: conflict, modality: modality, places: places, actors: actors, lead: lead,
                     sharedDate: date, placeBoxes: placeBoxes)
    }

    /// Whether `a`'s date is a finer date for the event than `b`'s: fewer days covered (an "overnight" covers two, so
    /// "3 a.m. on Wednesday" or "on Friday morning" is finer than the night before it), then the finer unit (a live
    /// blog's stamp on its entry counts as its day: "11:50 a.m. A second patient has died" tells when the entry was
    /// written, not the death), then the earlier.
    static func finer(_ a: Mention, than b: Mention) -> Bool {
        func key(_ m: Mention) -> (Int, Granularity, Day) {
            let iv = m.date.interval!
            let stamp = m.timex?.derivationTail.contains(FocusTracker.entryTime) == true
            return (m.daysCovered?.dayCount ?? iv.dayCount, stamp ? max(.day, m.date.granularity) : m.date.granularity, iv.start)
        }
        return key(a) < key(b)
    }

    /// Whether a mention is dated to a night told as "overnight" or as "the night of" a day, which runs past midnight
    /// into the next morning ("Sunday night" is told of the Sunday).
    static func runsPastMidnight(_ m: Mention) -> Bool {
        guard m.date.value.hasSuffix("TNI"), let text = m.timex?.text.lowercased() else { return false }
        return text.contains("overnight") || text.hasPrefix("night of ")
    }

    /// Whether two sources give the event day-level dates that do not overlap. Mentions of one document do not
    /// disagree with each other (an article may report a plan and what became of it), nor do printings of one wire
    /// text (the same "on Tuesday" read against different publication days).
    static func disagree(_ dated: [Mention]) -> Bool {
        var seen = Set<String>()
        var precise: [(document: String, copy: String, days: DayInterval)] = []
        for m in dated {
            // (the days as told decide which dates are precise, as `facts` reads them; an overnight's next morning only
            // widens what it covers)
            guard let told = m.date.interval, told.dayCount <= 3, let iv = m.daysCovered else { continue }
            // (a plan told by the day it lasts until gives the end of its span, not its day: "the talks are expected to
            // last ⟦until Friday⟧" is no disagreement with "the round is due to end on Saturday")
            if m.modality.isFuture, Self.toldAsItsEnd(m) { continue }
            let copy = WireCopy.key(of: m)
            if seen.insert("\(m.document)\u{1}\(copy)\u{1}\(iv.start.iso)\(iv.end.iso)").inserted {
                precise.append((m.document, copy, iv))
            }
        }
        guard precise.count > 1, precise.map(\.days.end).min()! < precise.map(\.days.start).max()! else { return false }
        for i in precise.indices {
            for j in precise.indices where j > i {
                let a = precise[i], b = precise[j]
                if a.document != b.document, a.copy != b.copy, !a.days.overlaps(b.days) { return true }
            }
        }
        return false
    }

    /// Whether a mention's date is told as the day it lasts until ("⟦until⟧ Friday", "⟦till⟧ noon on Friday"): the
    /// word before its expression.
    static func toldAsItsEnd(_ m: Mention) -> Bool {
        guard let t = m.timex, t.range.start > m.range.start, t.range.start <= m.range.end else { return false }
        let before = m.text.unicodeScalars.prefix(t.range.start - m.range.start)
        let word = String(String.UnicodeScalarView(before)).split(whereSeparator: { !$0.isLetter }).last.map { $0.lowercased() }
        return word == "until" || word == "till"
    }

    /// Chronological order: by date start (undated "on or before publication" events before dated ones of that day,
    /// longer spans first), then adjusted so that an event placed after another ("then", "after …") follows it.
    /// The events are put in that order in place (not copied into a second array).
    func order(_ events: inout [Event], groups: MentionGroups, mentions: MentionLists) {
        func key(_ e: Event) -> (Int, Int, Int, String, Int) {
            let start = e.date.interval?.start.dayNumber ?? Int.max
            let first = e.firstMention
            return (start, e.date.isFallback ? 0 : 1, -(e.date.interval?.dayCount ?? 0), first.document, first.range.start)
        }
        // The keys (48 bytes an event) are dropped once the events are sorted; the order's tables are 32-bit.
        let initial: [Int32] = {
            let keys = events.map(key)
            var initial = Array(0..<Int32(events.count))
            initial.sort { keys[Int($0)] < keys[Int($1)] }
            return initial
        }()
        var rank = [Int32](repeating: 0, count: events.count)
        for (r, e) in initial.enumerated() { rank[Int(e)] = Int32(r) }
        // (document, ordinal) → event index, for the mentions another of their document follows (a few in a
        // hundred: a table of every mention's was a dictionary per document at the merge's peak).
        var followed = Set<DocumentOrdinal>()
        for i in mentions.indices {
            let follows = mentions.follows(i)
            if follows.isEmpty { continue }
            let document = mentions[i].document
            for p in follows { followed.insert(DocumentOrdinal(document: document, ordinal: p)) }
        }
        var eventOf: [DocumentOrdinal: Int] = [:]
        for e in groups.indices {
            for i in groups[e].lazy.map(Int.init) {
                let key = DocumentOrdinal(document: mentions[i].document, ordinal: mentions[extra: i].ordinal)
                if followed.contains(key) { eventOf[key] = e }
            }
        }
        followed = []
        var successors = [[Int]](repeating: [], count: events.count)
        var indegree = [Int32](repeating: 0, count: events.count)
        for e in groups.indices {
            for i in groups[e].lazy.map(Int.init) {
                let follows = mentions.follows(i)
                if follows.isEmpty { continue }
                let document = mentions[i].document
                for p in follows {
                    guard let before = eventOf[DocumentOrdinal(document: document, ordinal: p)], before != e,
                          !datesContradict(events[before], events[e]) else { continue }
                    successors[before].append(e)
                    indegree[e] += 1
                }
            }
        }
        var heap = MinHeap()
        for e in events.indices where indegree[e] == 0 { heap.push(Int(rank[e]), e) }
        var out: [Int32] = []
        out.reserveCapacity(events.count)
        var placed = [Bool](repeating: false, count: events.count)
        while out.count < events.count {
            if let e = heap.pop() {
                if placed[e] { continue }
                placed[e] = true
                out.append(Int32(e))
                for s in successors[e] {
                    indegree[s] -= 1
                    if indegree[s] == 0 { heap.push(Int(rank[s]), s) }
                }
            } else if let e = initial.first(where: { !placed[Int($0)] }).map(Int.init) {
                heap.push(Int(rank[e]), e)  // a cycle: break it in date order
            }
        }
        // Event `out[r]` goes to position `r`: each cycle of the permutation is walked once, by swaps.
        var moved = [Bool](repeating: false, count: events.count)
        for start in events.indices where !moved[start] {
            var r = start
            while true {
                moved[r] = true
                let from = Int(out[r])
                if from == start { break }
                events.swapAt(r, from)
                r = from
            }
        }
    }
}

/// A mention's place in its document (`ExtractedMention.ordinal`), as the order's cues name it.
private struct DocumentOrdinal: Hashable {
    var document: String
    var ordinal: Int
}

/// A textual cue ("after it warned") that would put `later` before `earlier` although both carry dates of their
/// own saying otherwise: the dates win ("its worst day since it went public in 2011, after it warned on
/// Wednesday" does not put 2011 after Wednesday). An undated event sits at its publication day, the latest its
/// happening can be: a cue that would put a dated event of an earlier day after it is dropped too, as one that would
/// put an undated event after a dated one of a later day.
func datesContradict(_ earlier: Event, _ later: Event) -> Bool {
    guard let a = earlier.date.interval, let b = later.date.interval else { return false }
    return b.end.dayNumber < a.start.dayNumber
}

extension Modality {
    var isFuture: Bool { self == .planned || self == .expected }
}

func orderedUnique(_ xs: [String]) -> [String] {
    var seen = Set<String>()
    return xs.filter { seen.insert($0).inserted }
}

/// A binary min-heap of (priority, value).
struct MinHeap {
    private var items: [(Int, Int)] = []
    mutating func push(_ priority: Int, _ value: Int) {
        items.append((priority, value))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].0 <= items[i].0 { break }
            items.swapAt(p, i); i = p
        }
    }
    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, items[l].0 < items[m].0 { m = l }
                if r < items.count, items[r].0 < items[m].0 { m = r }
                if m == i { break }
                items.swapAt(m, i); i = m
            }
        }
        return top.1
    }
}

extension Mention {
    /// The days the mention's date covers, for comparing it with others: its interval, and for "overnight" the next
    /// morning too. "Overnight" runs past midnight: "died overnight" (Thursday night, told on Friday morning) and "died
    /// early on Friday" do not disagree, and one live blog may tell that death twice, once "overnight" and once in its
    /// Friday entry. (A named night does not: "gave way on Sunday night" / "collapsed early on Monday".)
    var daysCovered: DayInterval? {
        guard let iv = date.interval else { return nil }
        if MentionMerger.runsPastMidnight(self), let next = iv.end.adding(days: 1) {
            return DayInterval(iv.start, next)
        }
        return iv
    }
}

/// The place an article's lead names for its story, with the article's day of publication (`MentionMerger.leadPlaces`).
struct LeadPlace: Sendable {
    let place: Shared<Place>
    let published: Int
}

extension MentionMerger {
    /// How far past its headline an article's lead runs, in characters: a paragraph.
    static let leadLength = 400

    /// Whether a mention's place is named (capitalised), not told by a common noun: "a law ⟦in parliament⟧" places
    /// the law in the capital, but an article whose lead tells of it is about more than the capital.
    static func isNamed(_ pl: PlaceMention, in m: Mention) -> Bool {
        let k = pl.range.start - m.range.start
        guard k >= 0, let u = m.text.unicodeScalars.dropFirst(k).first else { return true }
        return u.properties.isUppercase
    }

    /// The town each dated article with no dateline's place names first in its lead (its first paragraph after the
    /// headline) as where something happened ("in", not "near"), when a mention there has it.
    static func leadPlaces(_ mentions: MentionLists, documents: [Document], datelines: [String: Shared<Place>]) -> [String: LeadPlace] {
        let dated = Dictionary(documents.compactMap { d in d.published.map { (d.id, (day: $0.dayNumber, after: d.headline?.end ?? 0)) } },
                               uniquingKeysWith: { a, _ in a })
        // (per article: the first town of its lead, by position, and how often each town places its mentions)
        var lead: [String: (at: Int, place: Place)] = [:]
        var towns: [String: [Int: Int]] = [:]
        for i in 0..<mentions.count {
            let m = mentions[i]
            guard !m.places.isEmpty, datelines[m.document] == nil, let d = dated[m.document] else { continue }
            // (each town once a mention; no array made for the many mentions with no town)
            var first: PlaceMention?
            var counted: [Int] = []
            for pl in m.places where pl.qualifier == .inside && pl.place.kind == .city && Self.isNamed(pl, in: m) {
                if !counted.contains(pl.place.id) {
                    counted.append(pl.place.id)
                    towns[m.document, default: [:]][pl.place.id, default: 0] += 1
                }
                if first.map({ pl.range.start < $0.range.start }) ?? true { first = pl }
            }
            guard let town = first, m.range.start >= d.after, m.range.start < d.after + leadLength,
                  lead[m.document].map({ town.range.start < $0.at }) ?? true else { continue }
            lead[m.document] = (town.range.start, town.place)
        }
        var out: [String: LeadPlace] = [:]
        for (document, l) in lead {
            // (only a town no other places more of the article's lines: a lead on one village of a region's disaster,
            // whose other lines name its towns, is no home for the rest)
            let counts = towns[document] ?? [:]
            guard let n = counts[l.place.id], n >= counts.values.max() ?? 0 else { continue }
            if let d = dated[document] { out[document] = LeadPlace(place: Shared(l.place), published: d.day) }
        }
        return out
    }
}
