import Foundation
import TimelineCore

/// Where a mention is: its document, sentence and trigger. The same across merges that change its event's id,
/// so the browser keeps the selection on it while a load streams in.
struct MentionPlace: Equatable {
    var document: String
    var sentence: TextRange
    var trigger: TextRange?

    init(_ m: Mention) {
        document = m.document
        sentence = m.range
        trigger = m.trigger
    }

    /// True when `m` is the mention at this place (compared in place, no copy made).
    func matches(_ m: Mention) -> Bool { m.range == sentence && m.trigger == trigger && m.document == document }
}

/// The browser while its corpus loads in the background: documents stream in, their events merge, and a
/// progress line shows until the load is complete (the load itself runs in Terminal/EffectRunner.swift).
extension AppState {
    /// A browser on `paths` with nothing loaded yet: `start` asks for the load.
    init(loading info: CorpusInfo, filter: EventFilter = EventFilter(), curation: CurationState = CurationState()) {
        self.init(corpus: BrowserCorpus(chronology: Chronology(documents: [], events: [], diagnostics: []), info: info),
                  filter: filter, curation: curation)
        loading = LoadProgress(phase: .reading)
    }

    /// The chronology of the documents analysed so far, in place of the previous one; the selection stays put.
    mutating func showPartial(_ partial: BrowserCorpus) {
        replaceCorpus(partial)
        recurate()
    }

    /// After the load: an unknown --city or --source name (a usage error for the other commands) said in the
    /// status line.
    mutating func checkFilterNames() {
        if let problem = NameCheck.unknownCity(filter.cities, in: chronology, matcher: cityMatcher)
            ?? NameCheck.unknownSource(filter.sources, in: chronology) {
            message = problem
        }
    }

    /// The progress line: "analysing 3,201 of 10,000 documents · 812/s · 8 s left".
    var loadingLabel: String? {
        guard let p = loading else { return nil }
        return Self.progressLabel(p)
    }

    static func progressLabel(_ p: LoadProgress) -> String {
        let what: String
        switch p.phase {
        case .reading: what = p.total > 0 ? "reading \(grouped(p.done)) of \(grouped(p.total)) files" : "reading files"
        case .analysing: what = "analysing \(grouped(p.done)) of \(grouped(p.total)) documents"
        case .merging: what = "merging the events of \(grouped(p.total)) documents"
        case .done: what = "indexing the events of \(grouped(p.total)) documents"
        }
        guard p.phase == .reading || p.phase == .analysing, let rate = p.rate else { return what + "…" }
        let left = p.secondsLeft.map { " · " + duration($0) + " left" } ?? ""
        return what + " · \(grouped(Int(rate.rounded())))/s" + left
    }

    /// 12,345.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// "8 s", "2 min 5 s", "1 h 3 min".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }
}
