@testable import tltui
import TimelineCore

/// A small chronology written for the tests: two articles, an event reported by both (with a date
/// conflict), events placed in Kharkiv and Istanbul, and a planned event.
enum Fixture {
    static let textA = """
    Talks to resume in Istanbul
    Negotiators will meet in Istanbul on Tuesday, officials said.
    Shelling hit Kharkiv on Sunday, the governor reported.
    The mayor of Kharkiv said repairs began on Monday.
    """
    static let textB = """
    Delegations head to Turkey
    The delegations are due in Istanbul on Monday, the Kremlin said.
    Earlier, a convoy left Kyiv.
    """

    static func doc(_ id: String, _ text: String, title: String, source: String, published: Day) -> Document {
        let t = ScalarText(text)
        var sentences: [Sentence] = [], start = 0, para = 0
        for (i, c) in t.scalars.enumerated() where c == "\n" {
            sentences.append(Sentence(range: TextRange(start, i), paragraph: para)); para += 1; start = i + 1
        }
        sentences.append(Sentence(range: TextRange(start, t.count), paragraph: para))
        return Document(id: id, path: id + ".txt", title: title, source: source, published: published,
                        publishedBasis: .metadata("sources.yaml"), text: t, headline: sentences[0].range, sentences: sentences)
    }

    static let day27 = Day(year: 2022, month: 3, day: 27)!
    static let day28 = Day(year: 2022, month: 3, day: 28)!
    static let day29 = Day(year: 2022, month: 3, day: 29)!

    static func date(_ d: Day) -> EventDate { EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day, derivation: "weekday before publication") }

    static func mention(_ doc: Document, sentence: Int, date d: Day, modality: Modality = .happened, places: [Place] = []) -> Mention {
        let r = doc.sentences[sentence].range
        return Mention(document: doc.id, range: r, text: doc.text[r], date: date(d), modality: modality,
                       places: places.map { PlaceMention(place: $0, range: TextRange(r.start, r.start + 1)) })
    }

    static let istanbul = Place(id: 745044, name: "Istanbul", country: "TR", kind: .city, population: 14_000_000)
    static let kharkiv = Place(id: 706483, name: "Kharkiv", country: "UA", kind: .city, population: 1_400_000)
    static let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city, population: 2_900_000)

    static func chronology() -> Chronology {
        let a = doc("a", textA, title: "Talks to resume in Istanbul", source: "Wire A", published: day28)
        let b = doc("b", textB, title: "Delegations head to Turkey", source: "Paper B", published: day28)
        let shelling = Event(id: "e1", summary: "Shelling hit Kharkiv", modality: .happened, date: date(day27), places: [kharkiv],
                             mentions: [mention(a, sentence: 2, date: day27, places: [kharkiv])])
        let convoy = Event(id: "e2", summary: "A convoy left Kyiv", modality: .happened, date: date(day27), places: [kyiv],
                           mentions: [mention(b, sentence: 2, date: day27, places: [kyiv])])
        let repairs = Event(id: "e3", summary: "Repairs began in Kharkiv", modality: .claimed, date: date(day28), places: [kharkiv],
                            mentions: [mention(a, sentence: 3, date: day28, modality: .claimed, places: [kharkiv])])
        let round = Event(id: "e4", summary: "Negotiators meet in Istanbul", modality: .planned, date: date(day29), places: [istanbul],
                          conflict: true,
                          mentions: [mention(a, sentence: 1, date: day29, modality: .planned, places: [istanbul]),
                                     mention(b, sentence: 1, date: day28, modality: .planned, places: [istanbul])])
        return Chronology(documents: [a, b], events: [shelling, convoy, repairs, round])
    }

    static func state(width: Int = 120, height: Int = 40, filter: BrowserFilter = BrowserFilter()) -> AppState {
        reduce(AppState(chronology: chronology(), filter: filter), .resize(width: width, height: height))
    }
}

/// Feeds keys through the reducer.
func press(_ s: AppState, _ keys: Key...) -> AppState { keys.reduce(s, reduce) }
func type(_ s: AppState, _ text: String) -> AppState { text.reduce(s) { reduce($0, .char($1)) } }
