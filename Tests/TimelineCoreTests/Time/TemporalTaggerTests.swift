import Foundation
import Testing
@testable import TimelineCore

/// Every rule's examples (they sit beside the rules, in `Sources/TimelineCore/Time/Rules/*+Examples.swift`).
let timexExamples = TimexRules.all.flatMap(\.examples)

extension TimexExample: CustomTestStringConvertible {
    public var testDescription: String { "'\(expression)' @\(dct) → \(type) \(value)\(mod.isEmpty ? "" : " " + mod)" }
}

/// Tags `sentence` at reference date `dct` and finds the first occurrence of `needle` in it (Unicode-scalar offsets).
func tagged(_ sentence: String, dct: String, locating needle: String) throws -> ([Timex], TextRange) {
    let day = try #require(Day(iso: dct))
    let scalars = Array(sentence.unicodeScalars), wanted = Array(needle.unicodeScalars)
    let start = try #require((0...(scalars.count - wanted.count)).first { Array(scalars[$0..<$0 + wanted.count]) == wanted })
    return (TemporalTagger().tag(sentence, dct: day), TextRange(start, start + wanted.count))
}

@Suite("Temporal tagger: example corpus")
struct TimexExampleTests {
    @Test func everyExampleListBelongsToOneRule() {
        #expect(timexExamples.count > 590)
        let lists = TimexRules.all.map { $0.examples.map(\.testDescription) }.filter { !$0.isEmpty }
        #expect(Set(lists.map { $0.joined(separator: "|") }).count == lists.count)
    }

    @Test func theRuleListIsDerivedFromTheFamiliesByTier() {
        let names = TimexRules.all.map(\.name)
        #expect(names.count == TimexRules.families.map { $0.rules.count }.reduce(0, +))
        #expect(Set(names).count == names.count)
        #expect(zip(TimexRules.all, TimexRules.all.dropFirst()).allSatisfy { $0.tier <= $1.tier })
        // the orders the tiers' comments give
        let at = { (rule: TimexRule) in names.firstIndex(of: rule.name)! }
        #expect(at(WeekdayRules.recurringDay) < at(WeekdayRules.weekday))
        #expect(at(HolidayRules.holiday) < at(MonthRules.month) && at(HolidayRules.holiday) < at(WeekdayRules.weekday))
        #expect(at(DurationRules.duration) < at(RelativeRules.relative))
        #expect(at(MonthRules.month) < at(WeekdayRules.weekday) && at(DeicticRules.word) < at(ClockRules.noonOrMidnight))
    }

    /// A new family is a file of its own: the generated list (`scripts/gen-rule-families.py`) holds every family the
    /// files of `Rules/` declare.
    @Test func everyFamilyOfTheRulesFolderIsListed() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/TimelineCore/Time/Rules").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") && $0 != "RuleFamilies.swift" }
        let regex = try NSRegularExpression(pattern: "^enum (\\w+): TimexRuleFamily\\b", options: .anchorsMatchLines)
        var declared = Set<String>()
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) as NSString
            for m in regex.matches(in: source as String, range: NSRange(location: 0, length: source.length)) { declared.insert(source.substring(with: m.range(at: 1))) }
        }
        #expect(declared.count >= 9)
        #expect(Set(TimexRules.declaredFamilies.map { String(describing: $0) }) == declared, "run scripts/gen-rule-families.py")
        #expect(TimexRules.families.count == TimexRules.declaredFamilies.count)
    }

    @Test(arguments: timexExamples)
    func example(_ ex: TimexExample) throws {
        let (found, want) = try tagged(ex.sentence, dct: ex.dct, locating: ex.expression)
        let hit = try #require(found.first { $0.range.overlaps(want) }, "nothing found for '\(ex.expression)' in: \(found.map(\.text))")
        #expect(hit.text == ex.expression)
        #expect(hit.type.rawValue == ex.type)
        #expect(hit.value == ex.value)
        #expect((hit.mod ?? "") == ex.mod)
    }
}

struct TimexNonExample: CustomTestStringConvertible, Sendable {
    let sentence: String, word: String, dct: String
    init(_ sentence: String, _ word: String, _ dct: String) { self.sentence = sentence; self.word = word; self.dct = dct }
    public var testDescription: String { "no expression on '\(word)' in: \(sentence)" }
}

@Suite("Temporal tagger: names and idioms that are no time")
struct TimexNonExampleTests {
    @Test(arguments: timexNonExamples)
    func nonExample(_ ex: TimexNonExample) throws {
        let (found, word) = try tagged(ex.sentence, dct: ex.dct, locating: ex.word)
        #expect(!found.contains { $0.range.overlaps(word) }, "tagged: \(found.map(\.text))")
    }
}

@Suite("Temporal tagger: seeds and behaviour")
struct TemporalTaggerTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../seeds").standardized

    func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        return try String(contentsOf: Self.seeds.appendingPathComponent(name), encoding: .utf8)
    }

    func find(_ found: [Timex], _ text: String) -> [Timex] { found.filter { $0.text.lowercased() == text.lowercased() } }

    @Test func cityAMSeed() throws {
        let found = TemporalTagger().tag(try seed("000_"), dct: Day(iso: "2022-03-27"))
        #expect(find(found, "tomorrow").first?.value == "2022-03-28")
        let ends = find(found, "28") + find(found, "30 March")
        #expect(ends.map(\.value) == ["2022-03-28", "2022-03-30"])
        #expect(ends.allSatisfy { $0.span == DayInterval(Day(iso: "2022-03-28")!, Day(iso: "2022-03-30")!) })
        #expect(found.first { $0.text.contains("weekend") }?.value == "2022-W12-WE")
        #expect(find(found, "recently").first?.value == "PAST_REF")
        #expect(find(found, "31 days").first?.value == "P31D")
        #expect(find(found, "31 days").first?.type == .duration)
    }

    @Test func dpaSeed() throws {
        let found = TemporalTagger().tag(try seed("004_"), dct: Day(iso: "2022-03-28"))
        #expect(find(found, "Tuesday").first?.value == "2022-03-29")
        #expect(find(found, "Sunday").first?.value == "2022-03-27")
        #expect(find(found, "Last week").first?.value == "2022-W12")
        let twoWeeks = try #require(find(found, "about two weeks").first)
        #expect(twoWeeks.value == "P2W" && twoWeeks.mod == "APPROX")
        let month = try #require(find(found, "more than a month").first)
        #expect(month.value == "P1M" && month.mod == "MORE_THAN")
        #expect(find(found, "2014").first?.value == "2014")
        #expect(find(found, "1986").first?.value == "1986")
    }

    @Test func withoutDCTDeicticValuesStayUnderspecified() {
        let found = TemporalTagger().tag("The vote is on March 28 and he left on Monday.", dct: nil)
        #expect(found.map(\.value) == ["XXXX-03-28", "XXXX-WXX-1"])
        #expect(found.allSatisfy { $0.interval == nil })
    }

    @Test func soonInsideAPastStoryIsNoTimex() {
        let dct = Day(iso: "2022-03-27")
        let tagger = TemporalTagger()
        #expect(tagger.tag("He was killed soon after his capture.", dct: dct).isEmpty)
        #expect(tagger.tag("He was soon released from hospital.", dct: dct).isEmpty)
        #expect(tagger.tag("The minister will resign soon.", dct: dct).map(\.value) == ["FUTURE_REF"])
    }

    @Test func numbersThatAreNoTimes() {
        let dct = Day(iso: "1989-10-30")
        let tagger = TemporalTagger()
        #expect(tagger.tag("The index shed 47.3 points to close at 2082.1 on heavy volume.", dct: dct).isEmpty)
        #expect(tagger.tag("Junk funds account for more than a quarter of the market.", dct: dct).isEmpty)
        #expect(tagger.tag("He said that Sun's profitability should improve.", dct: dct).isEmpty)
        #expect(tagger.tag("Profit rose in the first quarter of 1990.", dct: dct).map(\.value) == ["1990-Q1"])
        #expect(tagger.tag("The quarter-to-quarter comparison was enhanced.", dct: dct).isEmpty)
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Zelensky’s team — “today” — met."
        let found = TemporalTagger().tag(text, dct: Day(iso: "2022-03-27"))
        let t = found.first!
        #expect(ScalarText(text)[t.range] == "today")
    }

    @Test func intervalsAndDerivation() throws {
        let found = TemporalTagger().tag("Officials said last week that prices rose tomorrow.", dct: Day(iso: "2022-03-27"))
        let week = try #require(found.first)
        #expect(week.interval == DayInterval(Day(iso: "2022-03-14")!, Day(iso: "2022-03-20")!))
        #expect(week.granularity == .week)
        let tomorrow = try #require(found.last)
        #expect(tomorrow.derivation.contains("Sun 27 Mar 2022"))
    }

    @Test func rangeAcrossMonthNames() {
        let found = TemporalTagger().tag("Talks run March 28–30 in Istanbul.", dct: Day(iso: "2022-03-27"))
        #expect(found.map(\.value) == ["2022-03-28", "2022-03-30"])
        #expect(found.allSatisfy { $0.span?.dayCount == 3 })
    }

    @Test func weekdayRange() {
        let found = TemporalTagger().tag("The summit will run from Monday to Wednesday.", dct: Day(iso: "2022-03-27"))
        #expect(found.map(\.value) == ["2022-03-28", "2022-03-30"])
        #expect(found.allSatisfy { $0.span?.dayCount == 3 })
    }

    @Test(arguments: [
        ("28 March", "2022-03-28", "2022-03-28"),
        ("2022-03-29", "2022-03-29", "2022-03-29"),
        ("last week", "2022-03-14", "2022-03-20"),
        ("yesterday", "2022-03-26", "2022-03-26"),
        ("March 2022", "2022-03-01", "2022-03-31"),
        ("2021", "2021-01-01", "2021-12-31"),
    ])
    func parseQuery(_ q: String, _ from: String, _ to: String) {
        let iv = TemporalTagger().parseQuery(q, reference: Day(iso: "2022-03-27")!)
        #expect(iv == DayInterval(Day(iso: from)!, Day(iso: to)!))
    }

    @Test func parseQueryRejectsNonDates() {
        #expect(TemporalTagger().parseQuery("kyiv", reference: Day(iso: "2022-03-27")!) == nil)
    }
}

/// Rules look ahead several tokens ("8 p.m. on Saturday", "the end of the month", "the first hours of the war"): a text
/// cut off anywhere in such an expression must tag without trapping (a fuzz finding: "10:30 a.m. on" at the very end).
@Suite("Temporal tagger: texts cut off inside an expression")
struct TruncatedTextTests {
    @Test func everyPrefixOfEveryExampleTags() throws {
        let dct = try #require(Day(iso: "2022-03-28"))
        var tagged = 0
        for ex in timexExamples + timexNonExamples.map({ TimexExample($0.sentence, $0.word, $0.dct, "", "", "") }) {
            let scalars = Array(ex.sentence.unicodeScalars)
            for end in stride(from: 1, through: scalars.count, by: 1)
            where end == scalars.count || scalars[end].properties.isWhitespace || scalars[end] == "." || scalars[end] == "," {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[0..<end])
                _ = TemporalTagger().tag(String(s), dct: dct)
                tagged += 1
            }
        }
        #expect(tagged > 4000)
        #expect(TemporalTagger().tag("The talks began at 10:30 a.m. on", dct: dct).map(\.value) == ["2022-03-28T10:30"])
    }
}

@Suite("Temporal tagger: many documents at once")
struct TemporalTaggerBatchTests {
    /// Documents tagged together on all cores give, in input order, what each gives alone against its own
    /// publication date (the batch must not share a date in focus between documents).
    @Test func batchEqualsEachDocumentAlone() {
        let texts = [
            "The talks resumed on Monday. A second round is planned for next week.",
            "Officials said on Tuesday that the bridge would reopen by the end of May.",
            "No date here at all.",
            "In March 2022, delegations met in Istanbul; they met again two days later.",
        ]
        let days = [Day(iso: "2022-03-28"), Day(iso: "2024-04-02"), nil, Day(iso: "2022-04-01")]
        let documents = (0..<40).map { i in (text: texts[i % texts.count], dct: days[i % days.count]) }
        let tagger = TemporalTagger()
        let together = tagger.tag(documents: documents)
        #expect(together.count == documents.count)
        #expect(together == documents.map { tagger.tag($0.text, dct: $0.dct) })
        #expect(together[0].contains { $0.value == "2022-03-28" })
        #expect(together[1].contains { $0.value == "2024-04-02" })
    }
}
