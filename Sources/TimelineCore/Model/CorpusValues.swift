import Foundation

/// What the mentions of one load hold once, whatever document they come from: a date is an `EventDate` box (its
/// derivation included: "no date in its sentence: on or before publication (Thu 5 May 2022)" is the same for every
/// article of that day), an expression's derivation a string ("'Monday' in an article published Sun 27 Mar 2022
/// (the nearest such date)"), the lists of actors strings, an attribution ("the Ministry of Defence") a string box, and a
/// place a `Place` box (its mentions' `PlaceMention.shared`).
/// `Mention.interning` already shares them within one document; across a corpus of many articles a day most of them
/// repeat.
/// One per load, filled from the workers that analyse the documents (one lock taken per document); dropped with
/// the load, the boxes staying with the mentions that share them.
final class CorpusValues: @unchecked Sendable {
    /// The numbering of the words the documents' merge features compare (`FeatureTable`): their tables are put
    /// together at the merge, so they number their words in one numbering.
    let words = WordNumbers()
    private let lock = NSLock()
    private var dates = Set<Shared<EventDate>>()
    private var derivations = Set<String>()
    private var actors = Set<[String]>()
    private var attributions = Set<Shared<String>>()
    private var places = Set<Shared<Place>>()

    init() {}

    /// Points the mentions of one document (already interned within it) at the load's boxes: equal dates at one box,
    /// expressions whose derivations are equal at one string.
    func share(_ mentions: inout [ExtractedMention]) {
        lock.lock()
        defer { lock.unlock() }
        // Each of the document's expression boxes is replaced once (the old box kept here until all are).
        var timexes: [ObjectIdentifier: (old: Shared<Timex>, new: Shared<Timex>)] = [:]
        // Each of the document's lists of places (one array per distinct list) made once with the load's boxes.
        var placeLists: [[PlaceMention]: [PlaceMention]] = [:]
        for k in mentions.indices {
            let p = mentions[k].mention.places
            if !p.isEmpty {
                if let known = placeLists[p] {
                    mentions[k].mention.places = known
                } else {
                    let shared = p.sharingPlaces { places.insert($0).memberAfterInsert }
                    placeLists[p] = shared
                    mentions[k].mention.places = shared
                }
            }
            mentions[k].mention.sharedDate = date(mentions[k].mention.sharedDate)
            let a = mentions[k].mention.actors
            if !a.isEmpty { mentions[k].mention.actors = actors.insert(a).memberAfterInsert }
            if let a = mentions[k].mention.sharedAttribution {
                mentions[k].mention.sharedAttribution = attributions.insert(a).memberAfterInsert
            }
            guard let t = mentions[k].mention.sharedTimex else { continue }
            if let known = timexes[ObjectIdentifier(t)] {
                mentions[k].mention.sharedTimex = known.new
                continue
            }
            let box = Shared(t.value.sharingDerivation(derivation))
            timexes[ObjectIdentifier(t)] = (t, box)
            mentions[k].mention.sharedTimex = box
        }
    }

    private func date(_ box: Shared<EventDate>) -> Shared<EventDate> {
        if let i = dates.firstIndex(of: box) { return dates[i] }
        var value = box.value
        value.derivationText = value.derivationText.sharing(derivation)
        let shared = Shared(value)
        dates.insert(shared)
        return shared
    }

    private func derivation(_ s: String) -> String {
        if s.isEmpty { return s }
        return derivations.insert(s).memberAfterInsert
    }
}
