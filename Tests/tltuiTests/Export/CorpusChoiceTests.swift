import Foundation
import Testing
import TimelineCore
@testable import tltui

/// Issue 17, item 1: which corpus a command reads without a PATH, and that it says so.
@Suite struct CorpusChoiceTests {
    static func choose(_ paths: [String] = [], browser: Bool, articlesHere: Int, sample: String? = "/pkg/seeds") throws -> CorpusChoice {
        try CorpusChoice.choose(paths: paths, allowSample: browser, command: browser ? "browse" : "list",
                                currentDirectory: "/home/me/story", articles: { _ in articlesHere }, sample: { sample })
    }

    @Test func givenPathsAreReadAndNothingIsSaid() throws {
        for browser in [false, true] {
            let c = try Self.choose(["a.txt", "dir"], browser: browser, articlesHere: 3)
            #expect(c.paths == ["a.txt", "dir"] && c.origin == .given && c.notice == nil)
        }
    }

    @Test func articlesInTheCurrentDirectoryAreReadByEveryCommand() throws {
        for browser in [false, true] {
            let c = try Self.choose(browser: browser, articlesHere: 6)
            #expect(c.paths == ["/home/me/story"])
            #expect(c.origin == .currentDirectory(articles: 6) && !c.isSample)
            #expect(c.notice?.contains("/home/me/story") == true)
        }
    }

    @Test func onlyTheBrowserFallsBackToTheSample() throws {
        let browse = try Self.choose(browser: true, articlesHere: 0)
        #expect(browse.isSample && browse.paths == ["/pkg/seeds"])
        #expect(browse.notice?.contains("sample") == true)
        #expect(throws: UsageError.self) { try Self.choose(browser: false, articlesHere: 0) }
        do { _ = try Self.choose(browser: false, articlesHere: 0) } catch let e as UsageError {
            #expect(e.description.contains("no articles"))
            #expect(e.description.contains("tltui list /pkg/seeds"))
        }
        // No sample bundled either: the browser refuses too.
        #expect(throws: UsageError.self) { try Self.choose(browser: true, articlesHere: 0, sample: nil) }
    }

    @Test func articlesAreTextAndMarkdownFilesAtTheTopLevel() throws {
        let dir = NSTemporaryDirectory() + "tltui-choice-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        for name in ["sub/deep.txt", ".hidden.md", "notes.pdf", "sources.yaml", "README.md", "LICENSE.txt", "CHANGELOG.md"] { fm.createFile(atPath: dir + "/" + name, contents: Data("x".utf8)) }
        try fm.createDirectory(atPath: dir + "/folder.md", withIntermediateDirectories: true)
        #expect(CorpusChoice.articleCount(in: dir) == 0)
        fm.createFile(atPath: dir + "/a.TXT", contents: Data("x".utf8))
        fm.createFile(atPath: dir + "/b.md", contents: Data("x".utf8))
        #expect(CorpusChoice.articleCount(in: dir) == 2)
    }
}

/// Item 10: an unknown city or source is a usage error with the nearest names the corpus has.
@Suite struct NameCheckTests {
    static let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city)
    static let kharkiv = Place(id: 706483, name: "Kharkiv", country: "UA", kind: .city)

    static var chronology: Chronology {
        let d = Day(iso: "2022-03-28")!
        let date = EventDate(value: d.iso, interval: DayInterval(day: d), granularity: .day)
        let doc = Document(id: "wire_1", path: "wire_1.txt", source: "Harbour Gazette", text: ScalarText("x"))
        return Chronology(documents: [doc], events: [
            Event(id: "e", summary: "x", modality: .happened, date: date, places: [kyiv, kharkiv],
                  mentions: [Mention(document: "wire_1", range: TextRange(0, 1), text: "x", date: date, modality: .happened)]),
        ])
    }

    /// A gazetteer stand-in that knows only "Paris".
    static func matcher(_ s: String) -> [Place] {
        QueryFolding.fold(s) == "paris" ? [Place(id: 1, name: "Paris", country: "FR", kind: .city)] : []
    }

    @Test func misspeltCityGetsASuggestion() {
        #expect(NameCheck.unknownCity(["Kyev"], in: Self.chronology, matcher: Self.matcher) == "no city 'Kyev'; did you mean Kyiv?")
        #expect(NameCheck.unknownCity(["kharkov"], in: Self.chronology, matcher: Self.matcher)?.contains("did you mean Kharkiv?") == true)
    }

    @Test func cityNobodyKnowsListsTheCorpusCities() throws {
        let m = try #require(NameCheck.unknownCity(["Xqzzyville"], in: Self.chronology, matcher: Self.matcher))
        #expect(m.hasPrefix("no city 'Xqzzyville'"))
        #expect(m.contains("Kyiv") && m.contains("Kharkiv"))
    }

    @Test func knownCitiesAreNotErrorsEvenWithoutEvents() {
        #expect(NameCheck.unknownCity(["Paris"], in: Self.chronology, matcher: Self.matcher) == nil)  // the gazetteer knows it
        #expect(NameCheck.unknownCity(["KYIV"], in: Self.chronology, matcher: Self.matcher) == nil)   // the corpus names it
        #expect(NameCheck.unknownCity([], in: Self.chronology, matcher: Self.matcher) == nil)
    }

    @Test func sources() {
        #expect(NameCheck.unknownSource(["gazette"], in: Self.chronology) == nil)   // part of an outlet
        #expect(NameCheck.unknownSource(["WIRE_1"], in: Self.chronology) == nil)    // a document id
        #expect(NameCheck.unknownSource(["Harbor Gazette"], in: Self.chronology) == "no source 'Harbor Gazette'; did you mean Harbour Gazette?")
        #expect(NameCheck.unknownSource(["nobody"], in: Self.chronology)?.contains("tltui sources lists them: Harbour Gazette") == true)
    }
}

/// Item 11: one options group for every corpus command, `--version`.
@Suite struct OptionsGroupTests {
    static let args = ["--city", "Kyiv", "--source", "wire", "--from", "2022-03-27", "--to", "2022-03-30", "--grep", "talks",
                       "--modality", "planned", "--strict", "dir"]

    @Test func everyCorpusCommandTakesTheSameFilters() throws {
        let expected = try CorpusOptions.parse(Self.args).filter()
        #expect(try Browse.parse(Self.args).options.filter() == expected)
        #expect(try List.parse(Self.args).options.filter() == expected)
        #expect(try Export.parse(["--format", "json"] + Self.args).options.filter() == expected)
        #expect(try Cities.parse(Self.args).options.filter() == expected)
        #expect(try Sources.parse(Self.args).options.filter() == expected)
        #expect(try Browse.parse(Self.args).options.strict)
    }

    @Test func versionNamesTheFormats() {
        #expect(TLTUI.configuration.version.hasPrefix("tltui "))
        #expect(TLTUI.configuration.version.contains("JSON schema \(JSONExporter.schemaVersion)"))
    }

    @Test func byteOrderMarkOnlyForCSV() {
        #expect(throws: (any Error).self) { try Export.parse(["--format", "json", "--bom"]) }
        #expect((try? Export.parse(["--format", "csv", "--bom"]))?.bom == true)
    }

    @Test func emptyResultsAreSaid() throws {
        let o = try CorpusOptions.parse(["--city", "Paris"])
        let none = Chronology(documents: [], events: [])
        #expect(o.emptyNotice(Loaded(chronology: none, events: [], choice: CorpusChoice(paths: ["dir"], origin: .given)))
                == "no articles (.txt, .md) found in dir")
        let c = NameCheckTests.chronology
        #expect(o.emptyNotice(Loaded(chronology: c, events: [])) == "no events match --city Paris (of 1 event in the corpus)")
        #expect(o.emptyNotice(Loaded(chronology: c, events: c.events)) == nil)
    }
}
