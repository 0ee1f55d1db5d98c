import Foundation
import Testing
@testable import TimelineCore

/// A temporary corpus and cache folder, removed on `cleanUp`.
struct CacheFixture {
    let root: String
    var corpus: String { root + "/corpus" }
    var cacheDir: String { root + "/cache" }
    var database: String { cacheDir + "/corpus.sqlite" }
    let today = Day(iso: "2024-06-01")!

    init(articles: Int = 4) throws {
        root = NSTemporaryDirectory() + "tltui-cache-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/corpus", withIntermediateDirectories: true)
        var sidecar = ""
        for i in 0..<articles {
            try write("a\(i).txt", Self.article(i))
            sidecar += "a\(i).txt:\n  source: Outlet \(i % 3)\n  published: 2023-05-\(String(format: "%02d", 10 + i))\n"
        }
        try write("sources.yaml", sidecar)
    }

    /// A short wire story; every number in it varies with `i`, so no two articles are the same.
    static func article(_ i: Int, extra: String = "") -> String {
        let cities = ["Lyon", "Kraków", "Porto", "Ghent", "Tampere"]
        let city = cities[i % cities.count]
        return """
        Floods close roads around \(city)

        \(city.uppercased()) (Reuters) – Rescue teams evacuated \(100 + i) residents on Tuesday after the river burst its banks, \
        officials said. The mayor of \(city) will meet regional leaders on 20 May to discuss repairs.
        Talks on flood defences resumed last week, and engineers expect the water to fall by Friday. \(extra)

        """
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: corpus + "/" + name, atomically: true, encoding: .utf8)
    }

    func pipeline(today: Day? = nil) -> TimelinePipeline { TimelinePipeline(today: today ?? self.today) }

    /// A cached load with a fresh cache object, as a new process would do it.
    func cachedLoad(today: Day? = nil) throws -> (Chronology, CorpusCache) {
        let cache = CorpusCache(directory: cacheDir)
        let chronology = try pipeline(today: today).load(paths: [corpus], cache: cache)
        cache.close()
        return (chronology, cache)
    }

    func uncachedLoad(today: Day? = nil) throws -> Chronology {
        try pipeline(today: today).load(paths: [corpus])
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}

@Suite struct CorpusCacheTests {
    @Test func missThenHitGivesTheSameChronology() throws {
        let f = try CacheFixture()
        defer { f.cleanUp() }
        let plain = try f.uncachedLoad()
        #expect(!plain.events.isEmpty)
        let (first, c1) = try f.cachedLoad()
        #expect(c1.statistics == CacheStatistics(hits: 0, misses: 4))
        #expect(c1.warnings.isEmpty)
        #expect(first == plain)
        let (second, c2) = try f.cachedLoad()
        #expect(c2.statistics == CacheStatistics(hits: 4, misses: 0, mergeReused: true))
        #expect(c2.warnings.isEmpty)
        #expect(second == plain)
    }

    @Test func reopenedTextsAreReadWhenFirstUsedFromTheirRowElseFromTheFile() throws {
        let f = try CacheFixture(articles: 3)
        defer { f.cleanUp() }
        let plain = try f.uncachedLoad()
        func text(_ c: Chronology, _ id: String) -> ScalarText { c.documents.first { $0.id == id }!.text }
        _ = try f.cachedLoad()
        // Re-opened documents come with their texts' lengths only; the characters are read when something reads them.
        let (second, _) = try f.cachedLoad()
        #expect(second.documents.allSatisfy { $0.text.isDeferred && $0.text.isCompact })
        #expect(second.documents.map(\.text.count) == plain.documents.map(\.text.count))
        // From the row, even once the file has changed: the document's offsets are those of the text cached.
        try f.write("a1.txt", CacheFixture.article(1, extra: "The army arrived on Thursday."))
        #expect(text(second, "a1") == text(plain, "a1"))
        #expect(second == plain)

        // Rows gone before a re-opened text is read (the cache deleted): from the file while its content is the one
        // cached; else spaces of the text's length, so that every offset still holds.
        try f.write("a1.txt", CacheFixture.article(1))
        let (third, c3) = try f.cachedLoad()
        #expect(c3.statistics == CacheStatistics(hits: 3, misses: 0, mergeReused: true))
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: f.database + suffix) }
        try f.write("a2.txt", CacheFixture.article(2, extra: "Engineers left."))
        #expect(text(third, "a0").string == text(plain, "a0").string)
        let lost = text(third, "a2")
        #expect(lost.count == text(plain, "a2").count && lost.string == String(repeating: " ", count: lost.count))
    }

    @Test func aChangedFileIsProcessedAloneAndNewAndDeletedFilesAreSeen() throws {
        let f = try CacheFixture()
        defer { f.cleanUp() }
        _ = try f.cachedLoad()
        try f.write("a2.txt", CacheFixture.article(2, extra: "The army arrived in Lyon on Thursday to build a dam."))
        let (changed, c1) = try f.cachedLoad()
        #expect(c1.statistics == CacheStatistics(hits: 3, misses: 1))
        #expect(changed == (try f.uncachedLoad()))
        #expect(changed.documents.first { $0.id == "a2" }!.text.string.contains("build a dam"))

        try f.write("a9.txt", CacheFixture.article(9))
        try FileManager.default.removeItem(atPath: f.corpus + "/a0.txt")
        let (after, c2) = try f.cachedLoad()
        #expect(c2.statistics == CacheStatistics(hits: 3, misses: 1, removed: 1))
        #expect(after == (try f.uncachedLoad()))
        #expect(after.documents.map(\.id).sorted() == ["a1", "a2", "a3", "a9"])

        let (_, c3) = try f.cachedLoad()
        #expect(c3.statistics == CacheStatistics(hits: 4, misses: 0, mergeReused: true))
    }

    @Test func aSameSizeRewriteWithTheSameTimeIsCaughtByTheHash() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        let path = f.corpus + "/a1.txt"
        let stamp = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        _ = try f.cachedLoad()
        // Same length, other words, same modification time: written within the racy window, so hashed.
        let original = CacheFixture.article(1)
        try f.write("a1.txt", original.replacingOccurrences(of: "Tuesday", with: "Fridays"))
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: path)
        let (chronology, cache) = try f.cachedLoad()
        #expect(cache.statistics.misses == 1)
        #expect(chronology.documents.first { $0.id == "a1" }!.text.string.contains("Fridays"))
    }

    @Test func aSidecarChangeInvalidatesTheFilesItDescribes() throws {
        let f = try CacheFixture(articles: 3)
        defer { f.cleanUp() }
        _ = try f.cachedLoad()
        let yaml = try String(contentsOfFile: f.corpus + "/sources.yaml", encoding: .utf8)
        try f.write("sources.yaml", yaml.replacingOccurrences(of: "2023-05-11", with: "2023-07-01"))
        let (chronology, cache) = try f.cachedLoad()
        #expect(cache.statistics == CacheStatistics(hits: 2, misses: 1))
        #expect(chronology.documents.first { $0.id == "a1" }!.published == Day(iso: "2023-07-01"))
        #expect(chronology == (try f.uncachedLoad()))
    }

    @Test func diagnosticsOfFilesAndSidecarsAreReportedAgainFromTheCache() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        let yaml = try String(contentsOfFile: f.corpus + "/sources.yaml", encoding: .utf8)
        try f.write("sources.yaml", yaml + "a9.txt:\n  published: someday\n")
        try f.write("blank.txt", "  \n\n")
        try Data([0x48, 0x69, 0xFF, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65, 0x2E, 0x0A]).write(to: URL(fileURLWithPath: f.corpus + "/bad.txt"))
        let plain = try f.uncachedLoad()
        #expect(plain.diagnostics.count == 3)
        let (first, _) = try f.cachedLoad()
        let (second, cache) = try f.cachedLoad()
        #expect(cache.statistics.hits == 4)
        #expect(first == plain)
        #expect(second == plain)
    }

    /// A file's size and time looked up by name in its open folder are the ones `stat` gives by path (links followed,
    /// missing files missing); paths that are not plain are looked up by path.
    @Test func filesLookedUpInTheirFolderAsByPath() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: f.corpus + "/link.txt", withDestinationPath: f.corpus + "/a1.txt")
        let paths = [f.corpus + "/a0.txt", f.corpus + "/a1.txt", f.corpus + "/link.txt", f.corpus + "//a1.txt",
                     f.corpus + "/missing.txt", f.root + "/nowhere/a0.txt", "relative-missing.txt"]
        let folders = FileStat.Folders()
        let located = folders.locate(paths)
        for (path, at) in zip(paths, located) {
            #expect(FileStat(path, folder: at.folder, name: at.name) == FileStat(path), "\(path)")
        }
        #expect(located[0].folder >= 0 && located[1].folder == located[0].folder && located[2].name == "link.txt")
        #expect(located[3].folder == -1 && located[5].folder == -1)
        #expect(FileStat(paths[2]) != nil && FileStat(paths[4]) == nil)
        withExtendedLifetime(folders) {}
    }

    /// Articles with no publication date: a re-open whose merge is stored warns of their undated mentions as a load
    /// without the cache does (the stored mentions counted by document number, through the merge's table of ids).
    @Test func undatedArticlesAreWarnedOfAgainFromAStoredMerge() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        for (name, city) in [("undated-1.txt", "Lyon"), ("undated-2.txt", "Ghent")] {
            try f.write(name, """
                Floods close roads

                Rescue teams evacuated residents of \(city) after the river burst its banks, officials said. \
                Engineers inspected the bridges and police closed two roads.

                """)
        }
        let plain = try f.uncachedLoad()
        let warnings = plain.diagnostics.filter { $0.message.contains("date unknown") }
        #expect(warnings.count == 2, "\(plain.diagnostics)")
        _ = try f.cachedLoad()
        let (second, cache) = try f.cachedLoad()
        #expect(cache.statistics.mergeReused)
        #expect(second.diagnostics == plain.diagnostics)
        #expect(second == plain)
    }

    @Test func datesSettledFromTodayAreSettledAgainOnADifferentDay() throws {
        let f = try CacheFixture(articles: 0)
        defer { f.cleanUp() }
        // A dateline without a year and a report weekday: the year is the latest one before "today"
        // in which 28 March fell on a Monday.
        try f.write("wire.txt", """
            Ceasefire talks resume

            MOSCOW, March 28 (Reuters) – Negotiators said on Monday that talks would resume in Istanbul on Tuesday.

            """)
        let early = Day(iso: "2021-01-01")!, late = Day(iso: "2026-01-01")!
        let (first, _) = try f.cachedLoad(today: early)
        #expect(first == (try f.uncachedLoad(today: early)))
        let (second, cache) = try f.cachedLoad(today: late)
        #expect(cache.statistics == CacheStatistics(hits: 1, misses: 0, reanalysed: 1))
        #expect(second == (try f.uncachedLoad(today: late)))
        #expect(first.documents[0].published != second.documents[0].published)
    }

    @Test func garbageInTheDatabaseIsReportedOnceAndRebuilt() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        try FileManager.default.createDirectory(atPath: f.cacheDir, withIntermediateDirectories: true)
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: URL(fileURLWithPath: f.database))
        let (chronology, cache) = try f.cachedLoad()
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.hasPrefix("cache at \(f.database) was unreadable (") == true)
        #expect(cache.warnings.first?.hasSuffix("; rebuilt") == true)
        #expect(cache.statistics.misses == 2)
        #expect(chronology == (try f.uncachedLoad()))
        let (_, again) = try f.cachedLoad()
        #expect(again.warnings.isEmpty)
        #expect(again.statistics == CacheStatistics(hits: 2, misses: 0, mergeReused: true))
    }

    @Test func aTruncatedDatabaseIsRebuilt() throws {
        let f = try CacheFixture(articles: 6)
        defer { f.cleanUp() }
        _ = try f.cachedLoad()
        let size = try FileManager.default.attributesOfItem(atPath: f.database)[.size] as! Int
        #expect(size > 8192)
        #expect(truncate(f.database, off_t(size / 3)) == 0)
        let (chronology, cache) = try f.cachedLoad()
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.contains("was unreadable") == true)
        #expect(chronology == (try f.uncachedLoad()))
        let (_, again) = try f.cachedLoad()
        #expect(again.warnings.isEmpty)
        #expect(again.statistics.hits == 6)
    }

    @Test func anOlderFormatIsRebuiltAndAnotherProgramStartsAfresh() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        _ = try f.cachedLoad()
        // The SQLite header keeps the user version, which holds the format version, at offset 60.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: f.database))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, UInt8(CorpusCache.formatVersion - 1)]))
        try handle.close()
        let (chronology, cache) = try f.cachedLoad()
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.contains("format version") == true)
        #expect(cache.statistics.misses == 2)
        #expect(chronology == (try f.uncachedLoad()))

        let other = CorpusCache(directory: f.cacheDir, fingerprint: "another build")
        _ = try f.pipeline().load(paths: [f.corpus], cache: other)
        #expect(other.warnings.isEmpty)
        #expect(other.statistics == CacheStatistics(hits: 0, misses: 2))
    }

    @Test func aNewerFormatIsLeftAloneAndNotUsed() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        _ = try f.cachedLoad()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: f.database))
        try handle.seek(toOffset: 60)
        handle.write(Data([0, 0, 0, UInt8(CorpusCache.formatVersion + 1)]))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: f.database))
        let (chronology, cache) = try f.cachedLoad()
        #expect(!cache.isEnabled)
        #expect(cache.warnings.count == 1)
        #expect(cache.warnings.first?.contains("newer tltui") == true)
        #expect(chronology == (try f.uncachedLoad()))
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.database)) == before)
    }

    @Test func anUnusableCacheFolderRunsWithoutTheCache() throws {
        let f = try CacheFixture(articles: 2)
        defer { f.cleanUp() }
        let cache = CorpusCache(directory: f.corpus + "/a0.txt/cache")  // under a file: cannot be created
        #expect(!cache.isEnabled)
        #expect(cache.warnings.count == 1)
        let chronology = try f.pipeline().load(paths: [f.corpus], cache: cache)
        #expect(chronology == (try f.uncachedLoad()))
    }

    @Test func twoWritersAtOnceBothSucceed() throws {
        let f = try CacheFixture(articles: 12)
        defer { f.cleanUp() }
        let plain = try f.uncachedLoad()
        let results = Slots<(Chronology, [String])>(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            let cache = CorpusCache(directory: f.cacheDir)
            let chronology = try? f.pipeline().load(paths: [f.corpus], cache: cache)
            cache.close()
            results[i] = chronology.map { ($0, cache.warnings) }
        }
        for i in 0..<4 {
            #expect(results[i]?.0 == plain)
            #expect(results[i]?.1 == [])
        }
        let (_, after) = try f.cachedLoad()
        #expect(after.statistics == CacheStatistics(hits: 12, misses: 0, mergeReused: true))
    }

    @Test func defaultDirectoryFollowsTheEnvironment() {
        #expect(CorpusCache.defaultDirectory(environment: ["TLTUI_CACHE_DIR": "/x/y", "HOME": "/h"]) == "/x/y")
        #expect(CorpusCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/h"]) == "/xdg/tltui")
        #expect(CorpusCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/tltui")
    }
}

@Suite struct CacheEncodingTests {
    @Test func fastPathPartsAgreeWithFoundation() {
        let paths = ["a.txt", "dir/a.txt", "/abs/dir/b.md", "/x.txt", "dir/a.b.txt", "dir/.hidden", "dir/noext", "dir/trail.",
                     "./rel/c.TXT", "../up/d.md", "dir//e.txt", "ab", "dir/ünï.txt", "a/b.c/d"]
        for p in paths {
            #expect(PathParts.lastComponent(p) == (p as NSString).lastPathComponent, "\(p)")
            #expect(PathParts.directory(p) == (p as NSString).deletingLastPathComponent, "\(p)")
            let name = (p as NSString).lastPathComponent
            #expect(PathParts.deletingExtension(name) == (name as NSString).deletingPathExtension, "\(p)")
            #expect(PathParts.pathExtension(name) == (name as NSString).pathExtension, "\(p)")
        }
    }

    @Test func contentHashMatchesReferenceXXH64() {
        #expect(ContentHash.hash([UInt8]()) == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.hash("a") == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.hash("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(ContentHash.hash("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == 0x7639_D419_DE61_4EED)
        let long = Array((0..<3).flatMap { _ in (0...255).map { UInt8($0) } }) + Array("xyz".utf8)
        #expect(ContentHash.hash(long) == 0xE921_A1B4_5BD7_79F8)
    }

    @Test func documentsAndMentionsRoundTrip() throws {
        let f = try CacheFixture(articles: 3)
        defer { f.cleanUp() }
        try f.write("odd.md", "---\ntitle: Ünïcödé “quotes” 🚀\nurl: https://example.org/x\n---\nKYIV, 3 March 2022 – Officials in Kyiv said on Thursday a convoy reached Irpin.\n")
        let corpus = try CorpusLoader(today: f.today).load(paths: [f.corpus])
        let pipeline = f.pipeline()
        for doc in corpus.documents {
            var w = BinaryWriter()
            w.value(doc)
            let mentions = pipeline.mentions(in: doc)
            w.array(mentions) { $0.value($1) }
            let (d, m) = try w.bytes.withUnsafeBytes { buf in
                var r = BinaryReader(buf)
                let d: Document = try r.value()
                let m = try r.array { try $0.value(ExtractedMention.self) }
                #expect(r.isAtEnd)
                return (d, m)
            }
            #expect(d == doc)
            #expect(d.text.isCompact == doc.text.isCompact)
            #expect(m == mentions)
        }
    }

    @Test func eventsRoundTripAcrossChunksAndDamageIsDetected() throws {
        let kyiv = Place(id: 703448, name: "Kyiv", country: "UA", kind: .city, population: 2_797_553, region: 703447)
        let base = Day(iso: "2020-01-01")!
        let prose = String(repeating: "Talks in Kyiv resumed on Monday, officials said – “a week” later. ", count: 60)
        let documents = (0..<50).map { k in Document(id: "doc\(k)", path: "/c/doc\(k).txt", text: ScalarText(prose).compacted()) }
        let events = (0..<(2 * EventCoding.chunkSize + 123)).map { i -> Event in
            let day = base.adding(days: i % 900)!
            let date = EventDate(value: day.iso, interval: i % 5 == 0 ? nil : DayInterval(day: day), granularity: .day,
                                 isFallback: i % 7 == 0, derivation: "from the text")
            // A sentence of its own (stored as text) and one that is its document's text at its range (stored as a reference).
            let own = Mention(document: "doc\(i % 50)", range: TextRange(i, i + 40), text: "Sentence \(i) about talks in Kyiv.",
                              trigger: TextRange(i + 3, i + 8), date: date, modality: .happened, attribution: i % 3 == 0 ? "officials" : nil,
                              actors: ["Officials"], places: [PlaceMention(place: kyiv, range: TextRange(i + 30, i + 34))])
            let range = TextRange(i % 500, i % 500 + 60)
            let quoted = Mention(document: "doc\((i + 1) % 50)", range: range, text: documents[(i + 1) % 50].text[range], date: date,
                                 modality: .planned)
            return Event(id: "e\(i)", summary: "talks \(i)", modality: .planned, date: date, places: [kyiv], actors: ["Officials"],
                         conflict: i % 11 == 0, mentions: [own, quoted, own])
        }
        let blob = try #require(EventCoding.encode(events, documents: documents))
        // Written a chunk at a time, as the cache writes it, the record is the same.
        let merge = try #require(StreamedMerge(events, documents: documents))
        for (chunksAtOnce, heldChunk) in [(1, StreamedMerge.heldChunk), (4, StreamedMerge.heldChunk), (2, 0)] {
            var pieces = Data(count: merge.size)
            try merge.write(chunksAtOnce: chunksAtOnce, heldChunk: heldChunk) { offset, bytes in
                pieces.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
            }
            #expect(pieces == blob, "\(chunksAtOnce) at once, chunks past \(heldChunk) bytes written as encoded")
        }
        let decoded = try #require(EventCoding.decode(blob, documents: documents))
        // What the list reads is there before the mentions are decoded.
        #expect(decoded.map(\.mentionDocuments) == events.map { $0.mentions.map(\.document) })
        #expect(decoded.map(\.mentionCount) == events.map(\.mentions.count))
        #expect(decoded == events)
        #expect(EventCoding.decode(Data(), documents: documents) == nil)
        #expect(EventCoding.decode(blob.prefix(blob.count / 2), documents: documents) == nil)
        var damaged = blob
        for k in stride(from: 40, to: damaged.count, by: 997) { damaged[k] ^= 0x5A }
        #expect(EventCoding.decode(damaged, documents: documents) == nil)
        // A mention of a document the corpus does not have is not stored.
        #expect(EventCoding.encode(events, documents: Array(documents.prefix(10))) == nil)
    }

    @Test func anEventsMentionsDecodeOnceAndAreReplacedLikeAnyValue() throws {
        let day = Day(iso: "2022-03-28")!
        let date = EventDate(value: day.iso, interval: DayInterval(day: day), granularity: .day)
        let doc = Document(id: "a", path: "/c/a.txt", text: ScalarText("Talks resumed on Monday.").compacted())
        let m = Mention(document: "a", range: TextRange(0, 24), text: "Talks resumed on Monday.", date: date, modality: .happened)
        let events = [Event(id: "e1", summary: "talks", modality: .happened, date: date, mentions: [m])]
        let blob = try #require(EventCoding.encode(events, documents: [doc]))
        var e = try #require(EventCoding.decode(blob, documents: [doc])?.first)
        e.mentions[0].isHidden = true
        #expect(e.mentions.count == 1 && e.mentions[0].isHidden && e.mentions[0].text == m.text)
        e.mentions.append(m)
        #expect(e.mentionDocuments == ["a", "a"])
        #expect(e.documentIDs == ["a"])
    }

    @Test func compactTextsAreStoredAsTheyAreAndCheckedWhenRead() throws {
        for s in ScalarTextLayoutTests.samples {
            let text = ScalarText(s).compacted()
            var w = BinaryWriter()
            w.compactText(try #require(text.compactParts))
            let bytes = w.bytes
            let read = try bytes.withUnsafeBytes { buf in
                var r = BinaryReader(buf)
                defer { #expect(r.isAtEnd) }
                return try r.compactText()
            }
            #expect(read.isCompact && read == text && read.string == s)
            // A wide scalar's mark turned into a plain byte, or a plain byte into a mark: an error, never a wrong text.
            let parts = try #require(text.compactParts)
            var head = BinaryWriter()
            head.uint(UInt64(parts.bytes.count))
            let start = head.bytes.count
            let marks = parts.bytes.indices.filter { parts.bytes[$0] == 0xFF }
            let plain = parts.bytes.indices.filter { parts.bytes[$0] == 0x61 }
            for j in marks.prefix(3) + plain.prefix(1) {
                let k = start + j
                var damaged = bytes
                damaged[k] = damaged[k] == 0xFF ? 0x61 : 0xFF
                let decoded: ScalarText? = damaged.withUnsafeBytes { buf in
                    var r = BinaryReader(buf)
                    return try? r.compactText()
                }
                #expect(decoded == nil, "\(s) at \(k)")
            }
        }
    }

    @Test func everyTruncationOfARecordIsAnErrorNotACrash() throws {
        let doc = Document(id: "x", path: "/p/x.txt", title: "T", published: Day(iso: "2022-03-28"), publishedBasis: .inferred(reason: "r"),
                           dateline: Dateline(range: TextRange(0, 5), place: "Kyiv", month: 3), text: ScalarText("Kyiv – héllo wörld 🌍"),
                           sentences: [Sentence(range: TextRange(7, 19), paragraph: 0, quotation: nil)])
        var w = BinaryWriter()
        w.value(doc)
        let bytes = w.bytes
        for cut in 0..<bytes.count {
            let prefix = Array(bytes[0..<cut])
            let decoded: Document? = prefix.withUnsafeBytes { buf in
                var r = BinaryReader(buf)
                return try? r.value(Document.self)
            }
            #expect(decoded == nil)
        }
    }
}
