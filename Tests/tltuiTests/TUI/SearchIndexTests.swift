@testable import tltui
@testable import TimelineCore
import Testing
import Foundation

/// The indexed search and filters against straightforward reference implementations (fold every string, compare).
@Suite struct SearchIndexTests {
    /// The search as it was: the next visible event, from the selection in the wanted direction, whose folded
    /// summary or a folded mention sentence contains the folded query; nil when none.
    func referenceFind(_ s: AppState, _ query: String, forward: Bool, includeCurrent: Bool) -> Int? {
        let q = EventInfo.fold(query)
        guard !q.isEmpty, !s.visible.isEmpty else { return nil }
        let n = s.visible.count
        for step in (includeCurrent ? 0 : 1)...n {
            let row = ((s.selected + (forward ? step : -step)) % n + n) % n
            let e = s.chronology.events[s.visible[row]]
            if EventInfo.fold(e.summary).contains(q) || e.mentions.contains(where: { EventInfo.fold($0.text).contains(q) }) {
                return row
            }
        }
        return nil
    }

    /// A chronology with diacritics, case, punctuation, repeated sentences and non-Latin text.
    static func chronology() -> Chronology {
        let sentences = [
            "A convoy left Kyïv at dawn, officials said.",
            "KYIV: the mayor said the water was back.",
            "Talks in İstanbul resumed — “slowly”, aides said.",
            "Shelling hit Kharkiv’s north-east on Sunday.",
            "Президент прибув до Києва.",
            "Café owners in Zürich protested on Monday.",
            "The ceasefire around Mariupol held, the U.N. said.",
            "Nothing about any city here.",
        ]
        let text = ScalarText(sentences.joined(separator: " "))
        var ranges: [TextRange] = [], start = 0
        for s in sentences { let n = s.unicodeScalars.count; ranges.append(TextRange(start, start + n)); start += n + 1 }
        let doc = Document(id: "d", path: "d.txt", title: "Doc", source: "Wire", text: text,
                           sentences: ranges.map { Sentence(range: $0, paragraph: 0) })
        let start0 = Day(year: 2022, month: 3, day: 1)!
        let summaries = ["Convoy left Kyïv", "Water back in KYIV", "Talks resume", "Shelling hit Kharkiv", "Президент прибув",
                         "Café protest", "Ceasefire held", "Quiet day", "Kyiv talks again", "ZÜRICH café reopens"]
        let events = summaries.enumerated().map { i, summary -> Event in
            let day = Day(dayNumber: start0.dayNumber + i)!
            let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
            let a = ranges[i % ranges.count], b = ranges[(i * 3 + 1) % ranges.count]
            return Event(id: "e\(i)", summary: summary, modality: .happened, date: date,
                         mentions: [Mention(document: "d", range: a, text: text[a], date: date, modality: .happened),
                                    Mention(document: "d", range: b, text: text[b], date: date, modality: .happened)])
        }
        return Chronology(documents: [doc], events: events)
    }

    static let queries = ["kyiv", "KYÏV", "Kyïv", "kyi", "iv a", "istanbul", "İstanbul", "zurich", "ZÜRICH", "café", "cafe",
                          "kharkiv s", "kharkiv’s", "slowly", "u n", "U.N.", "президент", "києва", "киева", "sunday",
                          "said", "a", "zzz no such text", "  talks  ", "dawn officials"]

    @Test func everySearchFromEveryRowMatchesTheReference() {
        let base = reduce(AppState(chronology: Self.chronology()), .resize(width: 120, height: 40))
        for q in Self.queries {
            for row in base.visible.indices {
                for (forward, includeCurrent) in [(true, true), (true, false), (false, false)] {
                    var s = base
                    s.select(row)
                    let expected = referenceFind(s, q, forward: forward, includeCurrent: includeCurrent)
                    s.search = q
                    s.findNext(forward: forward, includeCurrent: includeCurrent)
                    if let expected {
                        #expect(s.selected == expected && s.message?.hasPrefix("match ") == true, "\(q) from \(row) forward \(forward)")
                    } else {
                        #expect(s.selected == row && s.message == "no match for \(q)", "\(q) from \(row)")
                    }
                }
            }
        }
    }

    @Test func foldedQueryFindsDiacriticsAndCase() {
        var s = reduce(AppState(chronology: Self.chronology()), .resize(width: 120, height: 40))
        s = press(type(press(s, .char("/")), "kyiv"), .enter)
        // "Convoy left Kyïv" is the first event and folds to "kyiv".
        #expect(s.selectedEvent?.id == "e0" && s.message?.hasPrefix("match 1 of ") == true)
        s = press(s, .char("n"))
        #expect(s.selectedEvent?.id == "e1")
        s = press(s, .char("N"))
        #expect(s.selectedEvent?.id == "e0")
    }

    @Test func searchWrapsAroundBothWays() {
        var s = reduce(AppState(chronology: Self.chronology()), .resize(width: 120, height: 40))
        s = press(s, .char("G"))
        let last = s.selected
        // Only events 5 (Café protest) and 9 (ZÜRICH café) mention cafés in their summaries; from the last row
        // forward the search wraps to the first match.
        s = press(type(press(s, .char("/")), "cafe"), .enter)
        #expect(s.selected == last)   // the current row matches and counts on Enter
        let wrapped = referenceFind(s, "cafe", forward: true, includeCurrent: false)
        s = press(s, .char("n"))
        #expect(wrapped != nil && wrapped! < last && s.selected == wrapped!)
        s = press(s, .char("g"))
        let backwards = referenceFind(s, "cafe", forward: false, includeCurrent: false)
        s = press(s, .char("N"))
        #expect(backwards != nil && backwards! > 0 && s.selected == backwards!)
    }

    @Test func noMatchLeavesTheSelectionAndSaysSo() {
        var s = reduce(AppState(chronology: Self.chronology()), .resize(width: 120, height: 40))
        s = press(s, .char("j"), .char("j"))
        s = press(type(press(s, .char("/")), "qqq nothing"), .enter)
        #expect(s.selected == 2 && s.message == "no match for qqq nothing")
        #expect(render(s).text.contains("no match for qqq nothing"))
    }

    @Test func searchHonoursTheVisibleRowsOnly() {
        var s = reduce(AppState(chronology: syntheticChronology(events: 300)), .resize(width: 120, height: 40))
        s = press(type(press(s, .char("/")), "Event 250"), .enter)
        #expect(s.selectedEvent?.id == "e250")
        s.filter.to = Day(year: 2000, month: 1, day: 10)
        s.refilter()
        s = press(type(press(s, .char("/")), "Event 250"), .enter)
        #expect(s.message == "no match for Event 250")
    }

    @Test func textIndexMatchesFoldAndContainsOnEveryQuery() {
        let strings = ["Kyïv", "KYIV!", "São Paulo", "naïve café", "İzmir", "Ærø", "x—y", "", "   ", "ﬁnance", "Straße", "a\u{0903}b",
                       "“Talks,” he said — ‘slowly’… 2\u{00A0}km", "x\u{2011}y z\u{2024}w", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧ end"]
        let index = FoldedTextIndex(count: strings.count) { i, add in add(strings[i]); add(strings[(i + 1) % strings.count]) }
        let queries = strings + ["kyiv", "sao", "o p", "naive", "izmir", "aero", "aer", "finance", "strasse", "ss", "x y", "a", "b", "talks he", "slowly 2 km", "2 km", "z w", "y z", "end"]
        for q in queries {
            let m = index.matches(q)
            let fq = QueryFolding.fold(q)
            for i in strings.indices {
                let expected = !fq.isEmpty && [strings[i], strings[(i + 1) % strings.count]].contains { QueryFolding.fold($0).contains(fq) }
                #expect(m.contains(item: i) == expected, "\(q) in item \(i)")
            }
        }
    }

    @Test func filtersAndCountsEqualTheQuery() {
        let chronologies = [Fixture.chronology(), benchChronology(events: 2000)]
        for c in chronologies {
            let query = EventInfo.query(c)
            let index = ChronologyIndex(chronology: c, cityMatcher: { Gazetteer.shared.matchCity($0) },
                                        isWithin: { Gazetteer.shared.isPlace($0, within: $1) })
            let cities = query.cityCounts()
            let fast = index.cityCounts()
            #expect(cities.map(\.place) == fast.map(\.place) && cities.map(\.count) == fast.map(\.count))
            let sources = query.sourceCounts()
            #expect(sources.map(\.id) == index.sourceCounts().map(\.id) && sources.map(\.count) == index.sourceCounts().map(\.count))
            let names = cities.map(\.place.name) + ["kiev", "KHARKIV", "Ukraine", "Turkey", "nowhere at all", "", "istanbul"]
            var filters: [EventFilter] = names.map { EventFilter(cities: [$0]) }
            filters += [EventFilter(cities: ["Kyiv", "Istanbul"]), EventFilter(sources: ["wire"]), EventFilter(sources: ["outlet 3", "d1"]),
                        EventFilter(cities: ["Kharkiv"], sources: ["a"]), EventFilter(modalities: [.planned]),
                        EventFilter(from: Fixture.day28), EventFilter(from: Day(year: 2000, month: 2, day: 1), to: Day(year: 2000, month: 1, day: 1)),
                        EventFilter(cities: ["London"], from: Day(year: 2000, month: 1, day: 5), to: Day(year: 2000, month: 3, day: 1))]
            for f in filters {
                #expect(index.indices(matching: f) == query.indices(matching: f), "\(f)")
            }
            #expect(index.indices(matching: EventFilter(text: "talks")) == nil)
        }
    }

    @Test func cityFilterThroughThePickerKeepsTheSelectedEvent() {
        var s = reduce(AppState(chronology: benchChronology(events: 500)), .resize(width: 120, height: 40))
        s = press(s, .char("j"), .char("j"), .char("j"))
        let id = s.selectedEvent!.id
        let city = s.selectedEvent!.places.first!.name
        let before = s.visible[s.selected]
        s = press(type(press(s, .char("c")), city), .enter)
        #expect(!s.filter.cities.isEmpty)
        #expect(s.visible == EventInfo.query(s.chronology).indices(matching: s.filter))
        if s.visible.contains(before) { #expect(s.selectedEvent?.id == id) } else { #expect(s.selected == 0) }
    }

    @Test func detailLinesWithALimitArePrefixesOfTheWholeList() {
        // One event reported by many mentions: the detail pane wraps only what one screen shows.
        let c = Self.chronology()
        var e = c.events[0]
        // Forty mentions with forty dates: forty source lines in the detail pane.
        e.mentions = (0..<40).map { i in
            var m = c.events[i % c.events.count].mentions[i % 2]
            let d = Day(dayNumber: 19_000 + i)!
            m.date = EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day)
            return m
        }
        let many = Chronology(documents: c.documents, events: [e] + c.events.dropFirst())
        let s = reduce(AppState(chronology: many), .resize(width: 100, height: 30))
        let whole = detailLines(s, width: 50)
        #expect(whole.count > 60)
        for limit in [0, 1, 5, 29, 60, whole.count, whole.count + 10] {
            let part = detailLines(s, width: 50, limit: limit)
            #expect(part.count >= min(limit, whole.count))
            #expect(part.map(\.text) == Array(whole.prefix(part.count)).map(\.text))
        }
        // Scrolled past the end, the pane shows the last screenful as before.
        var scrolled = s
        scrolled.focus = .detail
        scrolled.detailScroll = whole.count + 5
        let text = render(scrolled).text
        #expect(text.contains(DisplayWidth.truncate(whole.last!.text, to: 20, ellipsis: "").trimmingCharacters(in: .whitespaces)))
    }

    @Test func sourceViewportWindowShowsWhatTheWholeDocumentShows() {
        // Sentences of varied lengths in paragraphs of varied sizes.
        var parts: [String] = [], sentences: [Sentence] = [], start = 0
        for i in 0..<60 {
            let words = Array(repeating: "word\(i)", count: 1 + (i * 7) % 23).joined(separator: " ")
            let text = "S\(i) " + words + "."
            let n = text.unicodeScalars.count
            sentences.append(Sentence(range: TextRange(start, start + n), paragraph: i / (1 + i % 4)))
            parts.append(text)
            start += n + 1
        }
        let text = ScalarText(parts.joined(separator: " "))
        let doc = Document(id: "long", path: "long.txt", title: "Long", source: "Wire", text: text, sentences: sentences)
        let day = Day(year: 2022, month: 3, day: 1)!
        let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
        let r = sentences[30].range
        let event = Event(id: "e", summary: "Long", modality: .happened, date: date,
                          mentions: [Mention(document: "long", range: r, text: text[r], date: date, modality: .happened)])
        var s = AppState(chronology: Chronology(documents: [doc], events: [event]))
        for (w, h) in [(30, 8), (60, 12), (90, 3), (200, 40)] {
            let rect = Rect(x: 0, y: 0, width: w, height: h)
            let rows = h - 2
            let whole = sourceLines(doc, width: w - 2)
            for c in sentences.indices {
                s.sourceSentence = c
                let cursorLine = whole.firstIndex { $0.sentence == c } ?? 0
                let fullTop = max(0, min(cursorLine - rows / 3, whole.count - rows))
                let (lines, top) = sourceViewport(s, rect)
                for k in 0..<max(0, rows) {
                    let a = whole.indices.contains(fullTop + k) ? whole[fullTop + k] : nil
                    let b = lines.indices.contains(top + k) ? lines[top + k] : nil
                    #expect(a?.text == b?.text && a?.start == b?.start && a?.sentence == b?.sentence, "width \(w) height \(h) sentence \(c) row \(k)")
                }
            }
        }
    }
}

/// The scalar fast path of DisplayWidth against its grapheme-by-grapheme reading.
@Suite struct DisplayWidthFastPathTests {
    static let samples = ["Talks resume in Istanbul", "Kyïv — “slowly”, aides said…", "Zürich café ‘reopens’", "a\u{0301}b",
                          "東京 talks", "flag 🇺🇦 here", "e\u{0308}\u{0301}x", "tab\there", "soft\u{00AD}hyphen", "ǅemal ‰ • ‒",
                          "", "x", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧"]

    @Test func widthAndTruncationEqualTheGraphemeReading() {
        for text in Self.samples {
            let clean = DisplayWidth.clean(text)
            #expect(DisplayWidth.of(clean) == clean.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            for width in 0...12 {
                for ell in ["…", "...", ""] {
                    // The reference: the longest prefix by graphemes that fits with the ellipsis.
                    var expected = clean
                    if width <= 0 { expected = "" } else if clean.reduce(0, { $0 + DisplayWidth.of($1) }) > width {
                        let ew = ell.reduce(0) { $0 + DisplayWidth.of($1) }
                        var out = "", used = 0
                        for c in clean { let cw = DisplayWidth.of(c); if used + cw + ew > width { break }; out.append(c); used += cw }
                        expected = ew <= width ? out + ell : out
                    }
                    #expect(DisplayWidth.truncate(text, to: width, ellipsis: ell) == expected, "\(text) \(width) \(ell)")
                }
            }
        }
    }
}
