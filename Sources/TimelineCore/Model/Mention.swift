import Foundation

/// A document's id and its text, shared by the mentions of that document: a mention whose sentence is this text
/// at its range reads it from here instead of holding a string of its own (`Mention.readingSentences`). A mention
/// whose document has no text here holds its sentence in a box of its own (`sentence`), so that no mention carries
/// an empty string beside its reference.
final class MentionDocument: Sendable {
    let id: String
    /// Nil for a document whose mentions hold their own sentence strings.
    let text: ScalarText?
    /// The sentence of the mention holding this box, when `text` is nil.
    let sentence: String

    init(id: String, text: ScalarText? = nil, sentence: String = "") {
        self.id = id
        self.text = text
        self.sentence = sentence
    }
}

/// One report of an event in one document.
public struct Mention: Hashable, Sendable {
    public var document: String {
        get { source.id }
        set { source = MentionDocument(id: newValue, sentence: text) }
    }
    /// The sentence's range in the document text, and its exact text.
    public var range: TextRange {
        get { TextRange(Int(rangeStart), Int(rangeEnd)) }
        set {
            let (sentence, trigger) = (text, self.trigger)
            // (the trigger is kept from the sentence's start: placed again from the new one)
            self.trigger = nil
            (rangeStart, rangeEnd) = (Int32(clamping: newValue.start), Int32(clamping: newValue.end))
            text = sentence
            self.trigger = trigger
        }
    }
    public var text: String {
        get {
            if let document = source.text { return document[range] }
            return source.sentence
        }
        set { source = MentionDocument(id: source.id, sentence: newValue) }
    }
    /// Calls `body` with each scalar of `text`, read from the document's text in place when the mention has it.
    @inline(__always)
    /// The text at `r` of the mention's document, when the mention holds the document's text.
    func text(of r: TextRange) -> String? {
        guard let document = source.text, r.start >= 0, r.end <= document.count, r.start < r.end else { return nil }
        return document[r]
    }

    func forEachTextScalar(_ body: (Unicode.Scalar) -> Void) {
        if let document = source.text { return document.forEachScalar(in: range, body) }
        for u in source.sentence.unicodeScalars { body(u) }
    }
    /// The document; when it has its text, the sentence is read from it, else the box holds the sentence (a
    /// sentence string per mention was a tenth of a large corpus's memory).
    private var source: MentionDocument
    // Offsets in 32 bits (a document is at most a few MB of text), the trigger's in 16 from the sentence's start, the
    // one-byte fields after them: a mention is held by its document's list for the whole run, 72 bytes inline (was
    // 120 with the offsets as `Int` and a string of its own sentence beside the document, 80 with the trigger's
    // offsets in 32 bits).
    private var rangeStart: Int32, rangeEnd: Int32
    private var triggerFrom: UInt16 = 0, triggerTo: UInt16 = 0
    private var triggerForm = TriggerForm.none
    /// The predicate's range: the verb or event noun that reports the happening ("resumed", "talks").
    public var trigger: TextRange? {
        get {
            switch triggerForm {
            case .none: return nil
            case .inSentence: return TextRange(Int(rangeStart) + Int(triggerFrom), Int(rangeStart) + Int(triggerTo))
            case .apart: return storedParts.last
            }
        }
        set {
            if triggerForm == .apart { storedParts.removeLast() }
            (triggerFrom, triggerTo, triggerForm) = (0, 0, .none)
            guard let t = newValue else { return }
            let start = Int(rangeStart)
            if let from = UInt16(exactly: t.start - start), let to = UInt16(exactly: t.end - start) {
                (triggerFrom, triggerTo, triggerForm) = (from, to, .inSentence)
            } else {
                storedParts.append(t)
                triggerForm = .apart
            }
        }
    }

    /// Where the trigger is kept: from the sentence's start in 16 bits, or (outside the sentence, or past 65,535
    /// scalars into it: never in the extractor's mentions) after the pieces of a split predicate.
    private enum TriggerForm: UInt8 { case none, inSentence, apart }
    /// True when the text says it did or will not happen ("will not resume"): never a happened event.
    public var negated: Bool = false
    public var modality: Modality
    /// Hidden by a curation entry (kept only when hidden items are asked for).
    public var isHidden = false
    /// The pieces of a split predicate ("take … away"), in text order; empty when `trigger` is one piece.
    public var triggerParts: [TextRange] {
        get { triggerForm == .apart ? Array(storedParts.dropLast()) : storedParts }
        set {
            if triggerForm == .apart, let trigger = storedParts.last { storedParts = newValue + [trigger] } else { storedParts = newValue }
        }
    }
    /// `triggerParts`, then the trigger when it is kept apart.
    private var storedParts: [TextRange] = []
    public var date: EventDate {
        get { sharedDate.value }
        set { sharedDate = Shared(newValue) }
    }
    /// The temporal expression that dates it, when one does.
    public var timex: Timex? {
        get { sharedTimex?.value }
        set { sharedTimex = newValue.map(Shared.init) }
    }
    /// The date and the expression, each behind one reference (they are most of a mention's size, and the mentions
    /// an expression dates, and every copy of a mention, share them: `Mention.interning`, `CorpusValues`).
    var sharedDate: Shared<EventDate>
    var sharedTimex: Shared<Timex>?
    /// Who said or claimed it: "Dmitry Peskov", "the Kremlin".
    public var attribution: String? {
        get { sharedAttribution?.value }
        set { sharedAttribution = newValue.map(Shared.init) }
    }
    /// Behind one reference, which the mentions of a load share (`CorpusValues`): 8 bytes, not a string's 16 (a
    /// mention is 80 bytes inline).
    var sharedAttribution: Shared<String>?
    public var actors: [String]
    public var places: [PlaceMention]

    public init(document: String, range: TextRange, text: String, trigger: TextRange? = nil, date: EventDate,
                timex: Timex? = nil, modality: Modality, attribution: String? = nil, actors: [String] = [], places: [PlaceMention] = [],
                triggerParts: [TextRange] = [], negated: Bool = false) {
        self.source = MentionDocument(id: document, sentence: text)
        (rangeStart, rangeEnd) = (Int32(clamping: range.start), Int32(clamping: range.end))
        self.sharedDate = Shared(date)
        self.sharedTimex = timex.map(Shared.init)
        self.modality = modality
        self.sharedAttribution = attribution.map(Shared.init)
        self.actors = actors
        self.places = places
        self.storedParts = triggerParts
        self.negated = negated
        self.trigger = trigger
    }

    /// Makes the mentions of one list share one date box per distinct date, one expression box per distinct
    /// expression, one array per distinct list of places and of actors (their strings, a date's derivation,
    /// then held once), one box per distinct place and attribution, and one document box per document and sentence of those that hold their own sentences;
    /// then, given the load's `CorpusValues`, one date box and one expression derivation across the documents.
    static func interning(_ mentions: inout [ExtractedMention], across corpus: CorpusValues? = nil) {
        var dates = Interner<EventDate>(), timexes = Interner<Timex>(), placeBoxes = Interner<Place>()
        var attributions = Interner<String>()
        var places: [[PlaceMention]: [PlaceMention]] = [:], actors: [[String]: [String]] = [:]
        var sources: [OwnSentence: MentionDocument] = [:]
        for k in mentions.indices {
            let source = mentions[k].mention.source
            if source.text == nil {
                let key = OwnSentence(document: source.id, sentence: source.sentence)
                if let known = sources[key] { mentions[k].mention.source = known } else { sources[key] = source }
            }
            mentions[k].mention.sharedDate = dates.intern(mentions[k].mention.sharedDate)
            if let t = mentions[k].mention.sharedTimex { mentions[k].mention.sharedTimex = timexes.intern(t) }
            if let a = mentions[k].mention.sharedAttribution { mentions[k].mention.sharedAttribution = attributions.intern(a) }
            let p = mentions[k].mention.places, a = mentions[k].mention.actors
            if !p.isEmpty {
                if let known = places[p] {
                    mentions[k].mention.places = known
                } else {
                    let shared = p.sharingPlaces { placeBoxes.intern($0) }
                    mentions[k].mention.places = shared
                    places[p] = shared
                }
            }
            if !a.isEmpty {
                if let known = actors[a] { mentions[k].mention.actors = known } else { actors[a] = a }
            }
        }
        corpus?.share(&mentions)
    }

    private struct OwnSentence: Hashable {
        var document: String
        var sentence: String
    }

    /// The mention with its sentence read from `document` when the sentence is that document's text at its range
    /// (as the extractor's are), else itself.
    func readingSentence(from document: MentionDocument) -> Mention {
        let range = self.range
        guard let whole = document.text, source !== document, source.id == document.id,
              range.start >= 0, range.end <= whole.count, whole[range] == text else { return self }
        return withSentence(in: document)
    }

    /// The mention with its sentence read from `document`, which has its text, without comparing: for a mention
    /// stored as a reference into its document's text (`EventCoding`).
    func withSentence(in document: MentionDocument) -> Mention {
        precondition(document.text != nil, "a mention reads its sentence from a document with its text")
        var m = self
        m.source = document
        return m
    }

    /// `readingSentence(from:)` for every mention of one document's list, with the document's text (when compact:
    /// the layout the corpus keeps, so the mentions share the document's own storage).
    static func readingSentences(_ mentions: inout [ExtractedMention], of document: Document) {
        guard document.text.isCompact, !mentions.isEmpty else { return }
        let shared = MentionDocument(id: document.id, text: document.text)
        for k in mentions.indices { mentions[k].mention = mentions[k].mention.readingSentence(from: shared) }
    }

    // Compared and hashed by what they say (`document`, `range` and `text` as read), not by where the sentence is
    // kept. Every stored property is here: a new one must be added.
    public static func == (a: Mention, b: Mention) -> Bool {
        a.rangeStart == b.rangeStart && a.rangeEnd == b.rangeEnd && a.source.id == b.source.id
            && (a.source === b.source && a.source.text != nil || a.text == b.text)
            && a.trigger == b.trigger && a.negated == b.negated && a.modality == b.modality && a.isHidden == b.isHidden
            && a.triggerParts == b.triggerParts && a.sharedDate == b.sharedDate && a.sharedTimex == b.sharedTimex
            && a.sharedAttribution == b.sharedAttribution && a.actors == b.actors && a.places == b.places
    }

    public func hash(into h: inout Hasher) {
        h.combine(source.id); h.combine(range); h.combine(text); h.combine(trigger); h.combine(negated)
        h.combine(modality); h.combine(isHidden); h.combine(triggerParts); h.combine(sharedDate); h.combine(sharedTimex)
        h.combine(attribution); h.combine(actors); h.combine(places)
    }

    /// The trigger's words as written: the sentence's scalars at the trigger's offsets.
    public var triggerText: String? {
        guard let t = trigger, t.start >= range.start, t.end <= range.end else { return nil }
        if let document = source.text { return document[t] }
        let scalars = text.unicodeScalars
        let lo = scalars.index(scalars.startIndex, offsetBy: t.start - range.start)
        let hi = scalars.index(lo, offsetBy: t.end - t.start)
        return String(scalars[lo..<hi])
    }
}
