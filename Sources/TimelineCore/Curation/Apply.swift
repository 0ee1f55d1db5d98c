import Foundation

/// Applies a curation to a chronology: a pure function of the two. Entries apply in file order; each finds its
/// event by the mentions it names (`EventRef`, `MentionRef`). What it changes:
///
/// - star / unstar, note, hide / unhide: marks on the event (`Event.curation`);
/// - hide-mention / unhide-mention: the mention is flagged and no longer counts for the event's date;
/// - date: the typed date, read against the publication date of the article of the entry's first mention found,
///   wins over the extracted one, and its derivation says so ("set by ana on 4 Dec 2026 (“5 April”); extracted: …");
/// - modality, rename: the event's modality or summary;
/// - merge: the first event's mentions join the second, which keeps its id, summary and date; marks are combined;
/// - split: the mention becomes an event of its own (its sentence as the summary).
///
/// An event whose mentions changed gets its date, modality, places and actors again from its mentions, by the
/// merge's own rule (`MentionMerger.facts`), and is moved to its place in date order. Hidden events and hidden
/// mentions are left out unless `includeHidden`. Entries that find no mention, or whose date cannot be read,
/// are returned as orphans and change nothing.
public func apply(_ curation: Curation, to chronology: Chronology, includeHidden: Bool = false)
    -> (chronology: Chronology, orphans: [CurationOrphan]) {
    guard !curation.isEmpty else { return (chronology, []) }
    var run = CurationRun(chronology)
    for entry in curation.entries { run.apply(entry) }
    return (run.result(includeHidden: includeHidden), run.orphans)
}

/// The working state of one `apply`: the events as slots whose mentions can move, and where each mention is.
struct CurationRun {
    struct Slot {
        var original: Event
        var mentions: [Mention]
        var isNew = false
        var membershipChanged = false
        var summary: String?
        var date: (date: EventDate, text: String, entry: CurationEntry)?
        var modality: Modality?
        var marks = EventCuration()
        var alive = true
    }

    let documents: [String: Document]
    var slots: [Slot]
    /// Mention identity → its slot.
    var slotOf: [MentionRef.Key: Int] = [:]
    /// (document, sentence hash) → the identities of that sentence's mentions.
    var bySentence: [String: [MentionRef.Key]] = [:]
    var orphans: [CurationOrphan] = []
    /// Event ids merged away by an entry, and the id of the event they joined.
    var mergedInto: [String: String] = [:]
    let base: Chronology
    /// Dates typed, as read against a publication date (the tagger runs once per text and date).
    var datesRead: [String: EventDate?] = [:]

    init(_ chronology: Chronology) {
        base = chronology
        documents = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        slots = chronology.events.map { Slot(original: $0, mentions: $0.mentions, marks: $0.curation) }
        for (s, e) in chronology.events.enumerated() {
            for m in e.mentions {
                let key = MentionRef(m).key
                if slotOf[key] == nil { slotOf[key] = s }
                bySentence[key.document + "\u{1}" + key.sentenceHash, default: []].append(key)
            }
        }
    }

    /// The identity in this chronology of a mention named in the file: the same one, else the mention of the same
    /// sentence whose trigger overlaps it, else the sentence's only mention (a new version may move a trigger).
    func find(_ ref: MentionRef) -> MentionRef.Key? {
        let key = ref.key
        if slotOf[key] != nil { return key }
        let same = bySentence[ref.document + "\u{1}" + ref.sentenceHash] ?? []
        if let k = same.first(where: { $0.trigger.overlaps(ref.trigger) }) { return k }
        return same.count == 1 ? same[0] : nil
    }

    /// The slot holding most of the event's mentions (the first named on a tie).
    func find(_ ref: EventRef) -> Int? {
        var count: [Int: Int] = [:]
        var order: [Int] = []
        for m in ref.mentions {
            guard let k = find(m), let s = slotOf[k] else { continue }
            if count[s] == nil { order.append(s) }
            count[s, default: 0] += 1
        }
        var best: Int?
        for s in order where best == nil || count[s]! > count[best!]! { best = s }
        return best
    }

    mutating func orphan(_ entry: CurationEntry, _ reason: String) {
        orphans.append(CurationOrphan(entry: entry, reason: reason))
    }

    func missing(_ ref: EventRef) -> String {
        "no event has its mention " + (ref.mentions.first?.readable ?? "(none named)")
    }

    mutating func apply(_ entry: CurationEntry) {
        let by = entry.byline
        func event(_ ref: EventRef, _ change: (inout Slot) -> Void) {
            guard let s = find(ref) else { return orphan(entry, missing(ref)) }
            change(&slots[s])
        }
        switch entry.operation {
        case .star(let r): event(r) { $0.marks.starred = true }
        case .unstar(let r): event(r) { $0.marks.starred = false; $0.marks.changes.append("star removed by \(by)") }
        case .note(let r, let text):
            event(r) { $0.marks.notes.append(CurationNote(author: entry.author, time: entry.time, text: text)) }
        case .hide(let r): event(r) { $0.marks.hidden = true; $0.marks.changes.append("hidden by \(by)") }
        case .unhide(let r): event(r) { $0.marks.hidden = false; $0.marks.changes.append("shown again by \(by)") }
        case .hideMention(let m), .unhideMention(let m):
            let hide: Bool
            if case .hideMention = entry.operation { hide = true } else { hide = false }
            guard let k = find(m), let s = slotOf[k], let i = slots[s].mentions.firstIndex(where: { MentionRef($0).key == k }) else {
                return orphan(entry, "no event has the mention \(m.readable)")
            }
            slots[s].mentions[i].isHidden = hide
            slots[s].membershipChanged = true
            slots[s].marks.changes.append("a mention (\(m.document)) \(hide ? "hidden" : "shown again") by \(by)")
        case .setDate(let r, let text):
            guard let s = find(r) else { return orphan(entry, missing(r)) }
            let anchor = r.mentions.compactMap { find($0) }.first?.document ?? slots[s].mentions.first?.document
            let published = anchor.flatMap { documents[$0]?.published }
            let cacheKey = text + "\u{1}" + (published?.iso ?? "")
            let read = datesRead[cacheKey] ?? CuratedDate.read(text, publication: published)
            datesRead[cacheKey] = .some(read)
            guard let date = read else {
                return orphan(entry, "“\(text)” is not a date tltui can read"
                              + (published.map { " (against \($0.readable))" } ?? " (the article has no publication date)"))
            }
            slots[s].date = (date, text, entry)
            slots[s].marks.changes.append("date set by \(by)")
        case .setModality(let r, let m):
            event(r) { $0.modality = m; $0.marks.changes.append("modality set to \(m.rawValue) by \(by)") }
        case .rename(let r, let summary):
            event(r) { $0.summary = summary; $0.marks.changes.append("renamed by \(by)") }
        case .merge(let from, let into):
            guard let a = find(from) else { return orphan(entry, missing(from)) }
            guard let b = find(into) else { return orphan(entry, missing(into)) }
            guard a != b else { return }
            merge(a, into: b, entry)
        case .split(let m):
            guard let k = find(m), let s = slotOf[k], let i = slots[s].mentions.firstIndex(where: { MentionRef($0).key == k }) else {
                return orphan(entry, "no event has the mention \(m.readable)")
            }
            guard slots[s].mentions.count > 1 else { return }
            let mention = slots[s].mentions.remove(at: i)
            slots[s].membershipChanged = true
            slots[s].marks.changes.append("a mention (\(m.document)) split off by \(by)")
            var fresh = Event(id: "e" + String(MentionRef.sentenceHash("split\u{1}\(k.document)\u{1}\(k.sentenceHash)\u{1}\(k.trigger)").prefix(12)),
                              summary: oneLine(mention.text), modality: mention.modality, date: mention.date, mentions: [mention])
            fresh.places = mention.places.map(\.place)
            var slot = Slot(original: fresh, mentions: [mention], isNew: true, membershipChanged: true)
            slot.marks.changes.append("split off from “\(slots[s].summary ?? slots[s].original.summary)” by \(by)")
            slots.append(slot)
            slotOf[k] = slots.count - 1
        }
    }

    mutating func merge(_ a: Int, into b: Int, _ entry: CurationEntry) {
        let moved = slots[a]
        for m in moved.mentions { slotOf[MentionRef(m).key] = b }
        slots[b].mentions += moved.mentions
        slots[b].membershipChanged = true
        slots[b].marks.starred = slots[b].marks.starred || moved.marks.starred
        slots[b].marks.notes += moved.marks.notes
        slots[b].marks.changes += moved.marks.changes
        slots[b].marks.changes.append("merged with “\(moved.summary ?? moved.original.summary)” by \(entry.byline)")
        if slots[b].summary == nil { slots[b].summary = moved.summary }
        if slots[b].date == nil { slots[b].date = moved.date }
        if slots[b].modality == nil { slots[b].modality = moved.modality }
        slots[a].mentions = []
        slots[a].alive = false
        // Links to or from the merged event now belong to the event it joined.
        for link in moved.original.outcomes where !slots[b].original.outcomes.contains(link) { slots[b].original.outcomes.append(link) }
        for link in moved.original.plans where !slots[b].original.plans.contains(link) { slots[b].original.plans.append(link) }
        mergedInto[moved.original.id] = slots[b].original.id
    }

    /// The curated chronology.
    func result(includeHidden: Bool) -> Chronology {
        let outlets = documents.mapValues { $0.source ?? $0.id }
        var kept: [Event] = []
        var moved: [Event] = []
        for slot in slots where slot.alive && !slot.mentions.isEmpty {
            var e = slot.original
            let visible = slot.mentions.filter { !$0.isHidden }
            let hidden = slot.mentions.filter(\.isHidden)
            var redate = slot.isNew
            if slot.membershipChanged, !visible.isEmpty {
                let f = MentionMerger.facts(of: visible, outlets: outlets)
                redate = redate || f.date != e.date
                e.date = f.date
                e.conflict = f.conflict
                e.modality = f.modality
                // (The places a dateline lent the event stay while its mentions name none.)
                let named = Set(slot.original.mentions.flatMap { $0.places.map(\.place) })
                e.places = f.places.isEmpty ? e.places.filter { !named.contains($0) } : f.places
                e.actors = f.actors
                e.mentions = f.order.map { visible[$0] }
                // The summary came from the lead mention: when it has gone, the new lead's sentence says it.
                if !slot.isNew {
                    let originalLead = slot.original.mentions.isEmpty ? nil
                        : MentionRef(slot.original.mentions[MentionMerger.facts(of: slot.original.mentions, outlets: outlets).lead]).key
                    if !visible.contains(where: { MentionRef($0).key == originalLead }) { e.summary = oneLine(visible[f.lead].text) }
                }
            } else if slot.membershipChanged {
                e.mentions = []
            }
            if includeHidden { e.mentions += hidden }
            e.curation = slot.marks
            if visible.isEmpty { e.curation.hidden = true }
            if let d = slot.date {
                let extracted = DateLabel.text(for: e.date)
                var date = d.date
                date.derivation = "set by \(d.entry.byline) (“\(d.text)”); extracted: \(extracted)"
                e.date = date
                redate = true
            }
            if let m = slot.modality { e.modality = m }
            if let s = slot.summary { e.summary = s }
            if e.curation.hidden && !includeHidden { continue }
            if redate { moved.append(e) } else { kept.append(e) }
        }
        // Moved events go where their date puts them among the others (which keep the merge's order).
        func key(_ e: Event) -> (Int, Int, Int) {
            (e.date.interval?.start.dayNumber ?? Int.max, e.date.isFallback ? 0 : 1, -(e.date.interval?.dayCount ?? 0))
        }
        // One merge pass: each moved event goes before the first kept event whose key is greater.
        let movedSorted = moved.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        var events: [Event] = []
        events.reserveCapacity(kept.count + moved.count)
        var next = 0
        for e in kept {
            let k = key(e)
            while next < movedSorted.count, key(movedSorted[next]) < k { events.append(movedSorted[next]); next += 1 }
            events.append(e)
        }
        events += movedSorted[next...]
        // Plan–outcome links follow merges; a link to an event no longer shown goes.
        let shown = Set(events.map(\.id))
        func target(_ id: String) -> String {
            var id = id, hops = 0
            while let to = mergedInto[id], hops < mergedInto.count { id = to; hops += 1 }
            return id
        }
        func relinked(_ ids: [String], of owner: String) -> [String] {
            var out: [String] = []
            for id in ids.map(target) where id != owner && shown.contains(id) && !out.contains(id) { out.append(id) }
            return out
        }
        for k in events.indices where !events[k].outcomes.isEmpty || !events[k].plans.isEmpty {
            events[k].outcomes = relinked(events[k].outcomes, of: events[k].id)
            events[k].plans = relinked(events[k].plans, of: events[k].id)
        }
        return Chronology(documents: base.documents, events: events, diagnostics: base.diagnostics)
    }
}

/// A sentence as a one-line summary.
func oneLine(_ s: String) -> String {
    s.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
}
