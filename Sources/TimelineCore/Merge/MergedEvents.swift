/// The summaries, places, actors and mentions of a chunk of the merge's events, each kind in one flat array held once
/// for the chunk: an event the merge made refers to its chunk and its number in it (`Event.merged`). Event `k`'s
/// items of a kind run from the end of event `k - 1`'s to its own end (`…Ends[k]`).
///
/// An event held them itself before: a summary string, an array of places (64 bytes each), of actors and of mention
/// indices, each a heap block of its own (about 300 bytes an event, for the 930,000 events of 100,000 articles). Here
/// a mention is its index in the table of every document's mentions (4 bytes), a place its load's shared box (8), and
/// a summary is coded as pieces of its lead mention's sentence (`SummaryCoding`, a few bytes), decoded when read.
final class MergedEvents: Sendable {
    let table: MentionTable
    private let members: [Int32], memberEnds: [Int32]
    private let places: [Shared<Place>], placeEnds: [Int32]
    private let actors: [String], actorEnds: [Int32]
    /// Each summary's code against the sentence of the mention `leads` names.
    private let summaryCodes: [UInt8], summaryEnds: [Int32]
    private let leads: [Int32]

    init(table: MentionTable, _ b: Builder) {
        self.table = table
        (members, memberEnds) = (b.members.exactSize, b.memberEnds.exactSize)
        (places, placeEnds) = (b.places.exactSize, b.placeEnds.exactSize)
        (actors, actorEnds) = (b.actors.exactSize, b.actorEnds.exactSize)
        (summaryCodes, summaryEnds, leads) = (b.summaryCodes.exactSize, b.summaryEnds.exactSize, b.leads.exactSize)
    }

    /// The chunk's items of event `k` as a range of their flat array, from `ends`.
    private static func range(_ ends: [Int32], _ k: Int32) -> Range<Int> {
        (k == 0 ? 0 : Int(ends[Int(k) - 1]))..<Int(ends[Int(k)])
    }

    func summary(_ k: Int32) -> String {
        let sentence = table[Int(leads[Int(k)])].text
        return SummaryCoding.decode(summaryCodes[Self.range(summaryEnds, k)], sentence: Array(sentence.unicodeScalars))
    }

    func places(_ k: Int32) -> [Place] { places[Self.range(placeEnds, k)].map(\.value) }

    func actors(_ k: Int32) -> [String] { Array(actors[Self.range(actorEnds, k)]) }

    func mentions(_ k: Int32) -> [Mention] { members[Self.range(memberEnds, k)].map { table[Int($0)] } }

    func mentionCount(_ k: Int32) -> Int { Self.range(memberEnds, k).count }

    func firstMention(_ k: Int32) -> Mention { table[Int(members[Self.range(memberEnds, k).lowerBound])] }

    /// Event `k`'s mentions in its order, read in place.
    func forEachMention(_ k: Int32, _ body: (Mention) -> Void) {
        for i in members[Self.range(memberEnds, k)] { body(table[Int(i)]) }
    }

    /// A chunk's arrays as its events are added.
    struct Builder {
        fileprivate var members: [Int32] = [], memberEnds: [Int32] = []
        fileprivate var places: [Shared<Place>] = [], placeEnds: [Int32] = []
        fileprivate var actors: [String] = [], actorEnds: [Int32] = []
        fileprivate var summaryCodes: [UInt8] = [], summaryEnds: [Int32] = []
        fileprivate var leads: [Int32] = []

        /// Adds the next event: its mentions (indices into the table, in its order), places, actors, and its summary
        /// coded against `sentence`, the sentence of mention `lead`.
        mutating func add(members: [Int32], places: [Shared<Place>], actors: [String], summary: String, lead: Int32, sentence: String) {
            self.members.append(contentsOf: members)
            memberEnds.append(Int32(self.members.count))
            self.places.append(contentsOf: places)
            placeEnds.append(Int32(self.places.count))
            self.actors.append(contentsOf: actors)
            actorEnds.append(Int32(self.actors.count))
            SummaryCoding.encode(summary, sentence: Array(sentence.unicodeScalars), into: &summaryCodes)
            summaryEnds.append(Int32(summaryCodes.count))
            leads.append(lead)
        }
    }
}

extension Array {
    /// The same elements in a buffer of their exact count (no spare capacity from appending), for arrays held long.
    var exactSize: [Element] { withUnsafeBufferPointer { Array($0) } }
}

extension MentionMerger {
    /// Events per chunk of the merge's events (`MergedEvents`).
    static let eventChunk = 1024

    /// The event of each group (indices into `mentions`), in group order, made a chunk at a time on all cores: each
    /// refers to its mentions in the table, in its order.
    func makeEvents(_ groups: MentionGroups, of mentions: MentionLists, outlets: [String: String],
                    datelines: [String: Shared<Place>], leads: [String: LeadPlace] = [:], sites: SiteTowns = .none,
                    towns: UnlistedTownNames = .none) -> [Event] {
        ConcurrentSlots<Event>.map(groups.count, chunk: Self.eventChunk) { range in
            var chunk = MergedEvents.Builder()
            var heads: [(id: String, modality: Modality, date: Shared<EventDate>, conflict: Bool)] = []
            heads.reserveCapacity(range.count)
            for g in range {
                let members = Array(groups[g])
                let group = members.map { mentions[Int($0)] }
                let facts = MentionMerger.facts(of: group, outlets: outlets, datelines: datelines, leads: leads,
                                                    siteTown: { sites.town(of: members.lazy.map { mentions.summary(Int($0)) }) },
                                                    unlistedTown: { towns.town(of: members.lazy.map { mentions.summary(Int($0)) }) },
                                                    containingTown: { towns.containingTown(of: $0) })
                let lead = Int(members[facts.lead])
                var hash = StableHash()
                hash.add(String(MergeGroup.of(mentions[extra: lead].triggerClass)))
                for key in group.map({ "\($0.text)@\(($0.trigger ?? $0.range).start - $0.range.start)" }).sorted() {
                    hash.add(key)
                }
                chunk.add(members: facts.order.map { members[$0] }, places: facts.placeBoxes, actors: facts.actors,
                          summary: Self.leadSummary(members, group, lead: facts.lead, of: mentions), lead: Int32(lead),
                          sentence: group[facts.lead].text)
                heads.append(("e" + hash.hex.prefix(12), facts.modality, facts.sharedDate, facts.conflict))
            }
            let made = MergedEvents(table: mentions.table, chunk)
            return heads.enumerated().map { k, h in
                Event(id: h.id, modality: h.modality, date: h.date, conflict: h.conflict, merged: made, number: k)
            }
        }
    }
}

extension Event {
    /// An event whose mentions are `table`'s at `indices`, in that order (at least one), in a chunk of its own.
    init(id: String, summary: String, modality: Modality, date: EventDate, places: [Place], actors: [String], conflict: Bool,
         table: MentionTable, indices: [Int32]) {
        var chunk = MergedEvents.Builder()
        chunk.add(members: indices, places: places.map { Shared($0) }, actors: actors, summary: summary, lead: indices[0],
                  sentence: table[Int(indices[0])].text)
        self.init(id: id, modality: modality, date: Shared(date), conflict: conflict, merged: MergedEvents(table: table, chunk), number: 0)
    }
}
