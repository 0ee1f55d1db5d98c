import TimelineCore

/// Which picker's entries were asked for, over which corpus (by its serial number, so the state keeps no reference
/// to it).
struct PickerAsk: Equatable, Sendable {
    var corpus: Int
    var kind: Picker.Kind

    init(_ indexes: BrowserIndexes, kind: Picker.Kind) {
        corpus = indexes.serial
        self.kind = kind
    }
}

/// The work of `Effect.pickerEntries`: the entries of a city, source or actor picker over one corpus, counted off
/// the main thread (on 10,000 articles this takes up to a second; they are kept by the corpus's indexes after).
struct PickerJob: Equatable, Sendable {
    var kind: Picker.Kind
    var corpus: BrowserCorpus

    var ask: PickerAsk { PickerAsk(corpus.indexes, kind: kind) }

    func run() -> [Picker.Entry] { corpus.indexes.pickerEntries(kind, documents: corpus.documents) }
}

extension Picker.Kind {
    /// True for the pickers whose entries are counted over the whole corpus (and kept with it).
    var countsCorpus: Bool { self == .city || self == .source || self == .actor }
}

extension BrowserIndexes {
    /// A picker's entries over this corpus (`Picker.Kind.countsCorpus`), counted now unless known; kept.
    func pickerEntries(_ kind: Picker.Kind, documents: [String: Document]) -> [Picker.Entry] {
        if let known = pickerEntriesIfReady(kind) { return known }
        let made: [Picker.Entry]
        switch kind {
        case .city:
            made = facts.cityCounts().map { Picker.Entry(name: $0.place.name, value: $0.place.name, count: $0.count, placeID: $0.place.id) }
        case .actor:
            // Spellings of one name together (as `--actor` matches them).
            made = query.actorCounts().map { Picker.Entry(name: $0.name, value: $0.name, count: $0.count) }
        case .source:
            // An outlet's documents together; a document without an outlet by its title.
            made = facts.sourceCounts().filter { $0.count > 0 }.map { row in
                Picker.Entry(name: row.name, value: documents[row.id]?.source ?? row.id, count: row.count)
            }
        case .modality, .exportFormat:
            made = []
        }
        keepPickerEntries(made, kind)
        return made
    }
}

extension AppState {
    /// The keys c, s and A: the picker opens at once, with its entries when this corpus's are known, else saying it
    /// is counting them while they are made in the background (`pickerEffect`); typing narrows meanwhile.
    mutating func openPicker(_ kind: Picker.Kind) {
        if let known = indexes.pickerEntriesIfReady(kind) {
            mode = .picker(Picker(kind: kind, entries: known, of: indexes.serial))
        } else {
            mode = .picker(Picker(kind: kind, entries: [], of: nil))
        }
    }

    /// After every message: the open picker's entries, when they are of another corpus than the one on show (or of
    /// none yet). Known ones are put in at once; otherwise they are asked for, one picker's at a time: entries made
    /// for a corpus since replaced (rows arriving) are shown when they come, and those of the corpus then on show
    /// asked for next.
    mutating func pickerEffect() -> Effect? {
        guard case .picker(var p) = mode, p.kind.countsCorpus else { return nil }
        let current = indexes.serial
        guard p.entriesOf != current else { return nil }
        if let known = indexes.pickerEntriesIfReady(p.kind) {
            p.replaceEntries(known, of: current)
            mode = .picker(p)
            return nil
        }
        if let asked = pickerAsked, asked.kind == p.kind { return nil }
        let ask = PickerAsk(indexes, kind: p.kind)
        pickerAsked = ask
        return .pickerEntries(PickerJob(kind: p.kind, corpus: corpus))
    }

    /// A picker's entries arrived: shown when that picker is still open (whatever corpus they were counted on).
    mutating func pickerArrived(_ ask: PickerAsk, _ entries: [Picker.Entry]) {
        if pickerAsked == ask { pickerAsked = nil }
        guard case .picker(var p) = mode, p.kind == ask.kind else { return }
        p.replaceEntries(entries, of: ask.corpus)
        mode = .picker(p)
        if p.acceptWhenCounted { acceptPicker(&self, p) }
    }
}
