import Foundation

/// The towns the gazetteer does not list that a corpus's articles name as towns (`UnlistedTowns`: "villages outside
/// the city of ⟦Saravel⟧", "the besieged town of ⟦Mirak⟧"), learnt from its articles: a happening no source places, told
/// in a line that places it at such a town by a locative ("shells slammed into the market ⟦in Saravel⟧", in a weekly
/// that never calls Saravel a city), is in that town. Each article reads its own text for its towns; a town named as
/// one in one article is a town in the others too. A name the articles take for two places places nothing.
struct UnlistedTownNames: Sendable {
    /// Each town's name as words (lowercased), by its first word.
    private let byFirst: [String: [(words: [String], town: Shared<Place>)]]
    /// The listed town an article puts each unlisted one in ("Barangay Tabangaw ⟦in Itogon⟧"), by the unlisted town's
    /// id: what another article tells of the village is in that town too.
    private var containing: [Int: Shared<Place>] = [:]

    static let none = UnlistedTownNames(byFirst: [:])

    private init(byFirst: [String: [(words: [String], town: Shared<Place>)]]) { self.byFirst = byFirst }

    /// The listed town the corpus puts an unlisted town in (`PlaceRecognizer.containingTowns`: placed at the same
    /// words), when the articles name one only.
    func containingTown(of place: Place) -> Shared<Place>? { containing[place.id] }

    /// The unlisted towns the mentions are placed in.
    init(_ mentions: MentionLists) {
        var found: [[String]: Shared<Place>] = [:]
        var twice = Set<[String]>()
        for i in 0..<mentions.count {
            for pl in mentions[i].places where Self.isUnlisted(pl.place) {
                let words = Self.words(pl.place.name).map(\.lower)
                guard !words.isEmpty else { continue }
                if let known = found[words], known.value.id != pl.place.id { twice.insert(words) } else { found[words] = pl.shared }
            }
        }
        var byFirst: [String: [(words: [String], town: Shared<Place>)]] = [:]
        for (words, town) in found where !twice.contains(words) { byFirst[words[0], default: []].append((words, town)) }
        self.byFirst = byFirst
        var containing: [Int: Shared<Place>] = [:], ambiguous = Set<Int>()
        for i in 0..<mentions.count {
            let places = mentions[i].places
            for pl in places where Self.isUnlisted(pl.place) {
                for q in places where q.range == pl.range && q.place.kind == .city && !Self.isUnlisted(q.place) {
                    if let known = containing[pl.place.id], known.value.id != q.place.id { ambiguous.insert(pl.place.id) }
                    else { containing[pl.place.id] = q.shared }
                }
            }
        }
        for id in ambiguous { containing[id] = nil }
        self.containing = containing
    }

    /// Whether a place is a town read from how an article names it (`PlaceRecognizer.unlistedTowns`).
    static func isUnlisted(_ p: Place) -> Bool {
        p.kind == .city && p.id >= PlaceRecognizer.unlistedTownIDBase
            && UInt64(p.id - PlaceRecognizer.unlistedTownIDBase) < PlaceRecognizer.unlistedTownIDRange
    }

    /// The first unlisted town of the corpus a summary places its happening at: written with a capital after a
    /// locative ("in", "at", "near" …), or after "the city of", "the village of", or opening the summary as its subject.
    func town<S: Sequence<String>>(of summaries: S) -> Shared<Place>? {
        guard !byFirst.isEmpty else { return nil }
        for summary in summaries {
            let words = Self.words(summary)
            // (or opening it as its subject, standing for its people, a past tense after it: "⟦Itogon⟧ buried 14 of its
            // dead"; "Dorvala officials reopened the market" is the officials')
            if let first = words.first, first.capital, let candidates = byFirst[first.lower] {
                for c in candidates where c.words.count < words.count && Self.isPastTense(words[c.words.count])
                    && zip(c.words, words).allSatisfy({ $0 == $1.lower }) { return c.town }
            }
            for j in words.indices where j > 0 && words[j].capital {
                guard let candidates = byFirst[words[j].lower] else { continue }
                let before = words[j - 1].lower
                guard PlaceRecognizer.locatives.contains(before)
                        || before == "of" && j >= 2 && PlaceRecognizer.settlementWords.contains(words[j - 2].lower) else { continue }
                for c in candidates where j + c.words.count <= words.count
                    && zip(c.words, words[j...]).allSatisfy({ $0 == $1.lower }) { return c.town }
            }
        }
        return nil
    }

    /// Whether a summary's word is a verb's past tense by its form: "buried", "fled".
    static func isPastTense(_ w: (lower: String, capital: Bool)) -> Bool {
        !w.capital && (w.lower.hasSuffix("ed") || ParseRepair.pastOnly.contains(w.lower) || ParseRepair.samePastAndParticiple.contains(w.lower))
    }

    /// A text's words, lowercased, each with whether it was written with a capital; a possessive's "'s" left off
    /// ("in ⟦Saravel's⟧ old town" is "saravel").
    static func words(_ text: String) -> [(lower: String, capital: Bool)] {
        var out: [(lower: String, capital: Bool)] = []
        var current = ""
        func flush() {
            defer { current = "" }
            var w = current
            for suffix in ["'s", "\u{2019}s"] where w.hasSuffix(suffix) { w.removeLast(2) }
            w = w.trimmingCharacters(in: ["'", "\u{2019}", "-"])
            guard let first = w.unicodeScalars.first else { return }
            out.append((w.lowercased(), first.properties.isUppercase))
        }
        for u in text.unicodeScalars {
            if u.properties.isAlphabetic || u.properties.numericType != nil || u == "'" || u == "\u{2019}" || u == "-" {
                current.unicodeScalars.append(u)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
