import Foundation
import Testing
@testable import TimelineCore

/// The bad-input suite of docs/bad-input.md: every hostile input gives its documented warning naming the file
/// (and the line where one helps), the good article next to it still loads, and nothing traps or hangs.
/// Large inputs are generated in a temporary folder at test time, never committed.
@Suite struct BadInputSuiteTests {
    static let good = "Officials met in Rome on 3 March 2022. They agreed to meet again."
    static let isRoot = geteuid() == 0

    func load(_ t: TempCorpus, _ paths: [String]? = nil, maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes) throws -> Corpus {
        try CorpusLoader(today: IngestFixtures.today, maxFileBytes: maxFileBytes).load(paths: paths ?? [t.dir])
    }

    /// The one warning about `file` containing `words`.
    @discardableResult
    func warning(_ c: Corpus, _ file: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let d = c.diagnostics.first { $0.file.hasSuffix("/" + file) && $0.message.contains(words) }
        #expect(d != nil, "no warning about \(file) containing '\(words)' in \(c.diagnostics)", sourceLocation: sourceLocation)
        #expect(d?.severity == .warning, sourceLocation: sourceLocation)
        return d
    }

    /// The good article loaded whole, whatever else the folder held.
    func goodLoaded(_ c: Corpus, sourceLocation: SourceLocation = #_sourceLocation) {
        let d = c.documents.first { $0.id == "ok" }
        #expect(d?.sentenceTexts == ["Officials met in Rome on 3 March 2022.", "They agreed to meet again."], sourceLocation: sourceLocation)
    }

    // MARK: Empty, large, many

    @Test func emptyAndWhitespaceOnlyFiles() throws {
        let t = try TempCorpus(["ok.txt": Self.good, "empty.txt": "", "spaces.txt": "   ", "lines.md": "\n\n\n",
                                "crlf.txt": "\r\n\r\n \t\r", "nbsp.txt": "\u{00A0}\u{2003}\u{3000}\n"],
                               bytes: ["bom-only.txt": [0xEF, 0xBB, 0xBF], "utf16-blank.txt": [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00]])
        defer { t.cleanUp() }
        let c = try load(t)
        warning(c, "empty.txt", "empty file; skipped")
        for f in ["spaces.txt", "lines.md", "crlf.txt", "nbsp.txt", "bom-only.txt", "utf16-blank.txt"] {
            warning(c, f, "only white space")
        }
        #expect(c.documents.map(\.id) == ["ok"])
        goodLoaded(c)
    }

    @Test func fiftyMegabyteFileIsSkippedUnread() throws {
        let t = try TempCorpus(["ok.txt": Self.good])
        defer { t.cleanUp() }
        let line = Array("Officials met in Rome on 3 March 2022 and agreed to meet again next week, the minister said.\n".utf8)
        var chunk = Data()
        while chunk.count < 1 << 20 { chunk.append(contentsOf: line) }
        FileManager.default.createFile(atPath: t.path("huge.txt"), contents: nil)
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: t.path("huge.txt")))
        for _ in 0..<50 { h.write(chunk) }
        try h.close()
        let c = try load(t)
        let w = warning(c, "huge.txt", "file too large")
        #expect(w?.message.contains("the limit is 1 MiB") == true)
        #expect(w?.message.contains("50.") == true || w?.message.contains("50 MiB") == true)
        #expect(c.documents.map(\.id) == ["ok"])
        goodLoaded(c)
    }

    @Test func fileUnderTheLimitLoadsAndTheLimitIsAParameter() throws {
        let sentence = "Officials met in Rome on 3 March 2022 and agreed to meet again. "
        let body = String(repeating: sentence, count: 900_000 / sentence.count)
        let t = try TempCorpus(["ok.txt": Self.good, "big.txt": body])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        let big = try #require(c.documents.first { $0.id == "big" })
        #expect(big.sentences.count == 900_000 / sentence.count)
        let small = try load(t, maxFileBytes: 4096)
        warning(small, "big.txt", "the limit is 4 KiB")
        goodLoaded(small)
    }

    @Test func tenThousandSmallFiles() throws {
        let t = try TempCorpus()
        defer { t.cleanUp() }
        let clock = ContinuousClock()
        let written = clock.now
        // Plain POSIX writes: Foundation's Data.write is slow for thousands of small files on Linux.
        for i in 0..<10_000 {
            let bytes = Array("Talks number \(i) were held in Rome on \(i % 28 + 1) March 2022. They ended.\n".utf8)
            let name = "f" + String(repeating: "0", count: 5 - String(i).count) + String(i) + ".txt"
            guard let f = fopen(t.path(name), "w") else { Issue.record("cannot write \(name)"); return }
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
            fclose(f)
        }
        print("BadInputSuiteTests: 10,000 files written in \(clock.now - written)")
        let start = clock.now
        let c = try load(t)
        print("BadInputSuiteTests: 10,000 files loaded in \(clock.now - start)")
        // Plain values only in the expectations: a failing #expect would describe a whole corpus.
        let diagnostics = c.diagnostics.count, count = c.documents.count, ids = Set(c.documents.map(\.id)).count
        let twoSentences = c.documents.filter { $0.sentences.count == 2 }.count
        #expect(diagnostics == 0)
        #expect(count == 10_000)
        #expect(ids == 10_000)
        #expect(twoSentences == 10_000)
        let last = c.documents.last?.sentenceTexts.first
        #expect(last == "Talks number 9999 were held in Rome on 4 March 2022.")
        let removed = clock.now
        t.cleanUp()
        print("BadInputSuiteTests: 10,000 files removed in \(clock.now - removed)")
    }

    // MARK: Bytes and encodings

    @Test func binaryFilesAndNULBytes() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        png += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let nulInside = Array("Officials met in Rome.".utf8) + [0] + Array(" They agreed.".utf8)
        let t = try TempCorpus(["ok.txt": Self.good],
                               bytes: ["image.txt": png, "nul.md": nulInside, "nul-end.txt": Array("Text ends here.".utf8) + [0],
                                       "utf16nul.txt": [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]])
        defer { t.cleanUp() }
        let c = try load(t)
        warning(c, "image.txt", "binary file (NUL byte at offset 8")
        warning(c, "nul.md", "binary file (NUL byte at offset 22")
        warning(c, "nul-end.txt", "binary file (NUL byte at offset 15")
        warning(c, "utf16nul.txt", "binary file (UTF-16LE with a NUL character at offset 1")
        #expect(c.documents.map(\.id) == ["ok"])
        goodLoaded(c)
    }

    @Test func invalidAndMixedUTF8() throws {
        var mixed = Array("Première ligne, café.\n".utf8)  // valid two-byte sequences
        mixed += Array("Second line: ".utf8) + [0xC3]  // truncated sequence
        mixed += Array(" then 😀 and ".utf8) + [0xF0, 0x9F]  // valid emoji, then a truncated one
        mixed += Array("\nThird: overlong ".utf8) + [0xC0, 0xAF] + Array(", surrogate ".utf8) + [0xED, 0xA0, 0x80]
        mixed += Array(", stray ".utf8) + [0x80, 0xBF] + Array(" end.".utf8)
        let t = try TempCorpus(["ok.txt": Self.good], bytes: ["mixed.txt": mixed, "tail.txt": Array("Cut short here.".utf8) + [0xE2, 0x80]])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "mixed.txt", "invalid UTF-8")
        #expect(w?.line == 2)
        #expect(w?.message.contains("bad sequences") == true)
        let d = try #require(c.documents.first { $0.id == "mixed" })
        #expect(d.text.string.hasPrefix("Première ligne, café.\nSecond line: \u{FFFD} then 😀 and \u{FFFD}"))
        #expect(d.text.string.contains("surrogate \u{FFFD}"))
        #expect(!d.text.scalars.contains { (0xD800...0xDFFF).contains($0.value) })
        warning(c, "tail.txt", "invalid UTF-8")
        #expect(c.documents.first { $0.id == "tail" }?.text.string.hasSuffix("here.\u{FFFD}") == true)
        goodLoaded(c)
    }

    func encoded(_ s: String, _ encoding: String.Encoding, bom: [UInt8]) -> [UInt8] {
        bom + [UInt8](s.data(using: encoding)!)
    }

    @Test func utf16And32WithAByteOrderMarkAreDecoded() throws {
        let article = "---\ntitle: Café talks\npublished: 2022-03-04\n---\nOfficials met in Kyiv on 3 March 2022. Talks 😀 went on.\n"
        let t = try TempCorpus(["ok.txt": Self.good], bytes: [
            "le.md": encoded(article, .utf16LittleEndian, bom: [0xFF, 0xFE]),
            "be.md": encoded(article, .utf16BigEndian, bom: [0xFE, 0xFF]),
            "le32.md": encoded(article, .utf32LittleEndian, bom: [0xFF, 0xFE, 0, 0]),
            "be32.md": encoded(article, .utf32BigEndian, bom: [0, 0, 0xFE, 0xFF]),
            "utf8bom.md": encoded(article, .utf8, bom: [0xEF, 0xBB, 0xBF]),
            "plain.md": Array(article.utf8),
        ])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        let plain = try #require(c.documents.first { $0.id == "plain" })
        for id in ["le", "be", "le32", "be32", "utf8bom"] {
            let d = try #require(c.documents.first { $0.id == id }, "\(id) not loaded")
            #expect(d.text == plain.text, "\(id)")
            #expect(d.text.scalars.first != "\u{FEFF}", "\(id) kept its byte-order mark")
            #expect(d.title == "Café talks")
            #expect(d.published == Day(year: 2022, month: 3, day: 4))
            #expect(d.sentences.map(\.range) == plain.sentences.map(\.range), "\(id)")
            #expect(d.sentenceTexts == ["Officials met in Kyiv on 3 March 2022.", "Talks 😀 went on."])
        }
        goodLoaded(c)
    }

    @Test func utf16WithoutAMarkIsBinaryWithAHint() throws {
        let t = try TempCorpus(["ok.txt": Self.good], bytes: ["nomark.txt": [UInt8]("Officials met in Rome.".data(using: .utf16LittleEndian)!),
                                                              "odd.txt": [0xFF, 0xFE, 0x41, 0x00, 0x42]])
        defer { t.cleanUp() }
        let c = try load(t)
        warning(c, "nomark.txt", "UTF-16 text needs a byte-order mark")
        // An odd trailing byte and an unpaired surrogate decode as replacement characters.
        #expect(c.documents.first { $0.id == "odd" }?.text.string == "A\u{FFFD}")
        goodLoaded(c)
    }

    @Test func terminalControlCharactersAreReplaced() throws {
        let text = "Officials met \u{1B}[2J\u{1B}]0;title\u{07} in Rome.\nThey left \u{9B}31m\u{7F} now.\u{0C}Page two\u{0B}here.\tTab kept."
        let t = try TempCorpus(["ok.txt": Self.good, "esc.txt": text])
        defer { t.cleanUp() }
        let c = try load(t)
        let w = warning(c, "esc.txt", "5 control characters (such as ESC) replaced with U+FFFD")
        #expect(w?.line == 1)
        let d = try #require(c.documents.first { $0.id == "esc" })
        #expect(d.text.string == "Officials met \u{FFFD}[2J\u{FFFD}]0;title\u{FFFD} in Rome.\nThey left \u{FFFD}31m\u{FFFD} now. Page two here.\tTab kept.")
        #expect(d.text.count == text.unicodeScalars.count)
        goodLoaded(c)
        let fm = try TempCorpus(["y.md": "---\ntitle: \"Talks \\e[2J here\"\nsource: \"Wire\\x07\"\n---\nOfficials met."])
        defer { fm.cleanUp() }
        let y = try #require(try load(fm).documents.first)
        #expect(y.title == "Talks \u{FFFD}[2J here")
        #expect(y.source == "Wire\u{FFFD}")
    }

    @Test func controlCharactersInFileNamesStayOutOfIds() throws {
        let t = try TempCorpus(["ok.txt": Self.good, "a\u{1B}[2Jb\u{9B}c.txt": "Talks went on. They ended."])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.documents.map(\.id).contains("a\u{FFFD}[2Jb\u{FFFD}c"))
        goodLoaded(c)
    }

    // MARK: Line ends

    @Test func crlfAndLoneCRLineEnds() throws {
        let article = "---\ntitle: Line ends\npublished: 2022-03-04\n---\n# Talks in Rome\n\nROME (Reuters) - Officials met on Friday. They agreed.\nA wrapped line follows here.\n\nA new paragraph starts. It ends.\n"
        let t = try TempCorpus(["ok.txt": Self.good, "lf.md": article,
                                "crlf.md": article.replacingOccurrences(of: "\n", with: "\r\n"),
                                "cr.md": article.replacingOccurrences(of: "\n", with: "\r")])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        let lf = try #require(c.documents.first { $0.id == "lf" })
        for id in ["crlf", "cr"] {
            let d = try #require(c.documents.first { $0.id == id })
            #expect(!d.text.scalars.contains("\r"), "\(id): a carriage return is left in the text")
            #expect(d.text == lf.text, "\(id)")
            #expect(d.title == "Line ends")  // front matter's title wins over the headline line
            #expect(d.headline.map { d.text(of: $0) }?.contains("Talks in Rome") == true)
            #expect(d.published == Day(year: 2022, month: 3, day: 4))
            #expect(d.headline == lf.headline)
            #expect(d.dateline?.range == lf.dateline?.range)
            #expect(d.sentences == lf.sentences, "\(id)")
            #expect(d.sentenceTexts == lf.sentenceTexts)
        }
        #expect(lf.sentences.map(\.paragraph).last == 3)  // the body's paragraphs follow the headline's
        goodLoaded(c)
    }

    @Test func lineNumbersCountCRLFOnce() throws {
        let bytes = Array("---\r\ntitle: A\r\npublished: someday\r\n---\r\nText.\r\n".utf8)
        let badUTF8 = Array("One.\r\nTwo.\rThree ".utf8) + [0xFF] + Array(".\r\n".utf8)
        let t = try TempCorpus(["ok.txt": Self.good], bytes: ["a.md": bytes, "b.txt": badUTF8])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(warning(c, "a.md", "not a date")?.line == 3)
        #expect(warning(c, "b.txt", "invalid UTF-8")?.line == 3)
        goodLoaded(c)
    }

    // MARK: Shapes of text

    @Test func fileWithoutASentenceEnd() throws {
        let words = "officials met in rome and talked about the ceasefire and the prisoners "
        let text = String(repeating: words, count: 200)
        let t = try TempCorpus(["ok.txt": Self.good, "run.txt": text])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        let d = try #require(c.documents.first { $0.id == "run" })
        // A run with no sentence end is cut at spaces into pieces of at most 1,000 scalars that cover it in order.
        expectPieces(d, covering: TextRange(0, text.unicodeScalars.count - 1))
        goodLoaded(c)
    }

    @Test func hundredThousandCharacterLine() throws {
        var line = ""
        var n = 0
        while line.unicodeScalars.count < 100_000 {
            line += "Officials met in Rome on \(n % 28 + 1) March 2022 and talked, "
            n += 1
        }
        line = String(line.unicodeScalars.prefix(100_000))
        let t = try TempCorpus(["ok.txt": Self.good, "line.txt": line + "\n"])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(c.diagnostics.isEmpty)
        let d = try #require(c.documents.first { $0.id == "line" })
        #expect(d.text.count == 100_001)
        expectPieces(d, covering: TextRange(0, 100_000))
        // The tagger takes it too: dates in range, offsets inside the text.
        let timexes = TemporalTagger().tag(d.text, dct: Day(year: 2022, month: 3, day: 28), sentences: d.sentences)
        #expect(timexes.count >= n - 1)
        #expect(timexes.allSatisfy { $0.range.start >= 0 && $0.range.end <= d.text.count })
        // (The whole pipeline on this line ends too, but takes ~30 s in a debug build: too slow for the unit tests.)
        goodLoaded(c)
    }

    // MARK: Front matter

    @Test func deeplyNestedFrontMatter() throws {
        let flow = "---\ntitle: Deep\nx: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\nBody text here. More text."
        var block = "---\ntitle: Block\n"
        // Past libyaml's nesting limit (1000), under the size limit.
        for depth in 0..<1_100 { block += String(repeating: " ", count: depth) + "k\(depth):\n" }
        block += "---\nBody text here. More text."
        let t = try TempCorpus(["ok.txt": Self.good, "flow.md": flow, "block.md": block])
        defer { t.cleanUp() }
        let c = try load(t)
        for f in ["flow", "block"] {
            let w = warning(c, "\(f).md", "malformed front matter")
            #expect(w?.message.contains("nesting") == true)
            #expect(w?.line != nil)
            let d = try #require(c.documents.first { $0.id == f })
            #expect(d.sentenceTexts == ["Body text here.", "More text."])
        }
        goodLoaded(c)
    }

    @Test func unterminatedFrontMatter() throws {
        let t = try TempCorpus(["ok.txt": Self.good, "open.md": "---\ntitle: never closed\npublished: 2022-03-04\nOfficials met. They agreed.",
                                "dashes.md": "---"])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(warning(c, "open.md", "never closed")?.line == 1)
        let d = try #require(c.documents.first { $0.id == "open" })
        #expect(d.published == nil)
        #expect(d.text.string.hasPrefix("---"))
        #expect(warning(c, "dashes.md", "never closed")?.line == 1)
        goodLoaded(c)
    }

    @Test func frontMatterWithWrongTypes() throws {
        func md(_ field: String) -> String { "---\ntitle: Typed\n\(field)\n---\nOfficials met. They agreed." }
        let t = try TempCorpus(["ok.txt": Self.good,
                                "word.md": md("published: yesterday"), "list.md": md("published: [1,2]"),
                                "map.md": md("published: {year: 2022}"), "bool.md": md("date: true"),
                                "number.md": md("published: 20220304"), "empty.md": md("published:"),
                                "title.md": "---\ntitle: [a, b]\nsource: {x: 1}\n---\nOfficials met. They agreed.",
                                "scalar.md": "---\njust a sentence\n---\nOfficials met. They agreed."])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(warning(c, "word.md", "'published' is not a date (YYYY-MM-DD): yesterday")?.line == 3)
        #expect(warning(c, "list.md", "'published' should be a single text value")?.line == 3)
        #expect(warning(c, "map.md", "'published' should be a single text value")?.line == 3)
        #expect(warning(c, "bool.md", "'date' is not a date")?.line == 3)
        #expect(warning(c, "number.md", "'published' is not a date")?.line == 3)
        #expect(warning(c, "empty.md", "'published' should be a single text value") != nil)
        #expect(warning(c, "title.md", "'title' should be a single text value")?.line == 2)
        #expect(warning(c, "title.md", "'source' should be a single text value")?.line == 3)
        #expect(warning(c, "scalar.md", "not a mapping")?.line == 2)
        #expect(c.documents.count == 9)
        #expect(c.documents.filter { $0.id != "ok" }.allSatisfy { $0.sentenceTexts == ["Officials met.", "They agreed."] })
        #expect(c.documents.first { $0.id == "word" }?.title == "Typed")
        goodLoaded(c)
    }

    // MARK: Dates

    @Test func impossibleAndFarDatesInFrontMatter() throws {
        func md(_ v: String) -> String { "---\npublished: \(v)\n---\nOfficials met. They agreed." }
        let t = try TempCorpus(["ok.txt": Self.good, "feb31.md": md("2022-02-31"), "month13.md": md("2022-13-01"),
                                "week54.md": md("2022-W54"), "year0.md": md("0000-01-01"), "year99999.md": md("99999-01-01"),
                                "year999.md": md("0999-12-31"), "future.md": md("2031-01-01"), "words.md": md("31 February 2022")])
        defer { t.cleanUp() }
        let c = try load(t)
        #expect(warning(c, "feb31.md", "not a date (YYYY-MM-DD): 2022-02-31")?.line == 2)
        warning(c, "month13.md", "not a date (YYYY-MM-DD): 2022-13-01")
        warning(c, "week54.md", "not a date (YYYY-MM-DD): 2022-W54")
        warning(c, "words.md", "not a date (YYYY-MM-DD): 31 February 2022")
        warning(c, "year99999.md", "not a date (YYYY-MM-DD): 99999-01-01")
        #expect(warning(c, "year0.md", "year 0 is outside 1000–2027")?.line == 2)
        warning(c, "year999.md", "year 999 is outside 1000–2027")
        warning(c, "future.md", "year 2031 is outside 1000–2027")
        #expect(c.documents.count == 9)
        #expect(c.documents.filter { $0.id != "ok" }.allSatisfy { $0.published == nil })
        goodLoaded(c)
    }

    @Test func impossibleDatesInTextAreNeverNormalised() throws {
        let text = """
            Talks on 31 February 2022 failed. On 30 February they met again. In week 54 of 2022 they signed. \
            The 2022-W54 summit and the 2022-13-01 vote and the 2022-02-30 deadline passed. On 32 March nothing happened. \
            On 29 February 2023 there was no session, unlike 29 February 2024.
            """
        let dct = Day(year: 2022, month: 3, day: 28)
        let timexes = TemporalTagger().tag(text, dct: dct)
        for bad in ["2022-02-31", "2022-02-30", "2022-W54", "2022-13", "2023-02-29", "-03-32"] {
            #expect(!timexes.contains { $0.value.contains(bad) }, "\(bad) normalised: \(timexes.map(\.value))")
        }
        #expect(timexes.contains { $0.value == "2024-02-29" })
        let t = try TempCorpus(["ok.txt": Self.good, "bad-dates.txt": text])
        defer { t.cleanUp() }
        let chronology = try TimelinePipeline(today: IngestFixtures.today).load(paths: [t.dir])
        #expect(chronology.documents.count == 2)
        #expect(chronology.events.allSatisfy { $0.date.interval.map { $0.start <= $0.end } ?? true })
    }

    @Test func yearsFarInThePastAndFuture() {
        let text = "In the year 0 nothing happened. In 99999 it will. The year 10000 and 9999 BC and AD 1 and 0001-01-01 " +
            "and 9999-12-31 and 99999-01-01 and 12345678901234567890 are named. In the 99999th century."
        for dct in [Day(year: 2022, month: 3, day: 28), Day(year: 9999, month: 12, day: 31), Day(year: -9999, month: 1, day: 1), nil] {
            let timexes = TemporalTagger().tag(text, dct: dct)
            for x in timexes {
                if let i = x.interval { #expect(Day.supportedYears.contains(i.start.year) && i.start <= i.end, "\(x)") }
                #expect(x.range.end <= text.unicodeScalars.count)
            }
        }
    }

    @Test func expressionsThatOverflowDateArithmetic() {
        let huge = ["99999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
                    "99999999999999999999999999"]
        let units = ["days", "weeks", "months", "years", "decades", "centuries", "hours", "quarters"]
        var text = ""
        for n in huge {
            for u in units { text += "In \(n) \(u) it ends. It began \(n) \(u) ago. \(n) \(u) later it was over. Within \(n) \(u). " }
        }
        for dct in [Day(year: 2022, month: 3, day: 28), Day(year: 9999, month: 12, day: 31), Day(year: -9999, month: 1, day: 1)] {
            let timexes = TemporalTagger().tag(text, dct: dct)
            #expect(timexes.allSatisfy { $0.interval.map { $0.start <= $0.end } ?? true })
        }
        let d = Day(year: 2022, month: 3, day: 28)!
        #expect(d.adding(days: Int.max) == nil && d.adding(days: Int.min) == nil)
        #expect(d.adding(months: Int.max) == nil && d.adding(months: Int.min) == nil)
        #expect(TemporalTagger().parseQuery("in 99999999999 days", reference: d) == nil)
        #expect(TemporalTagger().parseQuery("99999999999 years ago", reference: d) == nil)
    }

    // MARK: The file system

    @Test func symlinkLoops() throws {
        let t = try TempCorpus(["ok.txt": Self.good, "sub/b.txt": "Talks went on. They ended."])
        defer { t.cleanUp() }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: t.path("sub/up"), withDestinationPath: "..")  // folder link to its parent
        try fm.createSymbolicLink(atPath: t.path("sub/self"), withDestinationPath: t.dir)  // absolute, to the top
        try fm.createSymbolicLink(atPath: t.path("loop.txt"), withDestinationPath: "loop.txt")  // a link to itself
        try fm.createSymbolicLink(atPath: t.path("ping.md"), withDestinationPath: "pong.md")
        try fm.createSymbolicLink(atPath: t.path("pong.md"), withDestinationPath: "ping.md")
        try fm.createSymbolicLink(atPath: t.path("z-alias.txt"), withDestinationPath: "ok.txt")  // a second name, read once
        let c = try load(t)
        warning(c, "loop.txt", "symbolic link loop")
        warning(c, "ping.md", "symbolic link loop")
        warning(c, "pong.md", "symbolic link loop")
        #expect(Set(c.documents.map(\.id)) == ["ok", "b"])
        goodLoaded(c)
        // Given by name, a looping link is unreadable, not missing.
        let direct = try load(t, [t.path("loop.txt"), t.path("ok.txt")])
        warning(direct, "loop.txt", "symbolic link loop")
        goodLoaded(direct)
    }

    @Test func namedPipeIsNotRead() throws {
        let t = try TempCorpus(["ok.txt": Self.good])
        defer { t.cleanUp() }
        guard mkfifo(t.path("pipe.txt"), 0o644) == 0 else { Issue.record("mkfifo failed"); return }
        let c = try load(t)
        warning(c, "pipe.txt", "a named pipe, not a regular file; skipped")
        #expect(c.documents.map(\.id) == ["ok"])
    }

    @Test func brokenLinkSaysSo() throws {
        let t = try TempCorpus(["ok.txt": Self.good])
        defer { t.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: t.path("gone.md"), withDestinationPath: t.path("nowhere.md"))
        let c = try load(t)
        warning(c, "gone.md", "cannot read the file (broken symbolic link); skipped")
        goodLoaded(c)
    }

    /// Loads a corpus of a good article, a file "secret.txt" and a folder "locked" that nobody may read (mode 000),
    /// restoring the modes before the folder is removed.
    func loadLocked(secret: String) throws -> Corpus {
        let t = try TempCorpus(["ok.txt": Self.good, "secret.txt": secret, "locked/inner.txt": Self.good])
        defer {
            chmod(t.path("secret.txt"), 0o644); chmod(t.path("locked"), 0o755)
            t.cleanUp()
        }
        chmod(t.path("secret.txt"), 0)
        chmod(t.path("locked"), 0)
        return try load(t)
    }

    /// Root reads files whatever their mode, so chmod 000 blocks nothing there: the test needs an ordinary user.
    /// (Tests/e2e/faults.sh runs the same check on the binary as an unprivileged user with setpriv.)
    @Test(.enabled(if: !BadInputSuiteTests.isRoot, "running as root: chmod 000 does not block reads, nothing to check"))
    func unreadableFilesAndFolders() throws {
        let c = try loadLocked(secret: Self.good)
        warning(c, "secret.txt", "cannot read the file (permission denied); skipped")
        warning(c, "locked", "cannot read the folder (permission denied); skipped")
        #expect(c.documents.map(\.id) == ["ok"])
        goodLoaded(c)
    }

    @Test func unreadableFilesDoNotStopTheLoadEvenAsRoot() throws {
        let c = try loadLocked(secret: "Hidden talks went on. They ended.")
        goodLoaded(c)
        // As root everything is read; otherwise each unreadable path has its warning.
        #expect(c.documents.count + c.diagnostics.count == 3)
    }

    // MARK: All at once

    @Test func everythingInOneFolder() throws {
        let t = try TempCorpus(["ok.txt": Self.good, "empty.txt": "", "blank.md": " \n", "crlf.txt": "One.\r\nTwo.",
                                "fm.md": "---\npublished: yesterday\n---\nText.", "open.md": "---\nText.",
                                "deep/er/still/x.txt": "Deep talks went on."],
                               bytes: ["bin.txt": [0, 1, 2], "latin.txt": [0x43, 0x61, 0x66, 0xE9, 0x2E],
                                       "le.txt": [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x2E, 0x00]])
        defer { t.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: t.path("deep/er/up"), withDestinationPath: "../..")
        try FileManager.default.createSymbolicLink(atPath: t.path("loop.txt"), withDestinationPath: "loop.txt")
        let c = try load(t)
        warning(c, "empty.txt", "empty")
        warning(c, "blank.md", "only white space")
        warning(c, "fm.md", "not a date")
        warning(c, "open.md", "never closed")
        warning(c, "bin.txt", "binary")
        warning(c, "latin.txt", "invalid UTF-8")
        warning(c, "loop.txt", "symbolic link loop")
        #expect(c.diagnostics.count == 7)
        #expect(Set(c.documents.map(\.id)) == ["ok", "crlf", "fm", "open", "x", "latin", "le"])
        #expect(c.documents.first { $0.id == "le" }?.text.string == "Hi.")
        goodLoaded(c)
    }
}

extension BadInputSuiteTests {
    /// The sentences follow each other without gaps beyond white space, each at most 1,000 scalars long.
    func expectPieces(_ d: Document, covering range: TextRange) {
        #expect(d.sentences.count > 1)
        #expect(d.sentences.allSatisfy { $0.range.end - $0.range.start <= 1_000 })
        #expect(d.sentences.first?.range.start == range.start)
        #expect(d.sentences.last?.range.end == range.end)
        for (a, b) in zip(d.sentences, d.sentences.dropFirst()) {
            #expect(b.range.start >= a.range.end)
            let gap = d.text[TextRange(a.range.end, b.range.start)]
            let blank = gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
            #expect(blank)
        }
    }
}
