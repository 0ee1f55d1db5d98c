import Foundation
import Testing

/// Two tltui processes filling and reading one cache at once. Uses the built binary next to the tests
/// (`swift build` comes first in scripts/test); skipped when it is not there.
@Suite struct CacheProcessTests {
    static let binary: String? = {
        let tests = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for dir in [tests, tests.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("tltui").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Runs `tltui list PATH` with the cache folder; returns (status, stdout, stderr).
    static func list(_ path: String, cache: String, extra: [String] = []) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary!)
        p.arguments = ["list", "--no-color"] + extra + [path]
        var env = ProcessInfo.processInfo.environment
        env["TLTUI_CACHE_DIR"] = cache
        env["TLTUI_CACHE_STATS"] = "1"
        p.environment = env
        p.standardOutput = Pipe()
        p.standardError = Pipe()
        try p.run()
        return p
    }

    static func finish(_ p: Process) -> (Int32, String, String) {
        let out = (p.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let err = (p.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(.enabled(if: CacheProcessTests.binary != nil)) func twoProcessesShareOneCache() throws {
        let root = NSTemporaryDirectory() + "tltui-cache-proc-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let corpus = root + "/corpus", cache = root + "/cache"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let cities = ["Lyon", "Porto", "Ghent", "Tampere", "Graz", "Split"]
        for (i, city) in cities.enumerated() {
            let text = """
                Floods close roads around \(city)

                \(city.uppercased()), May \(10 + i), 2023 (Reuters) – Rescue teams evacuated \(100 + i) residents on Tuesday, officials said. \
                The mayor of \(city) will meet regional leaders on 20 May to discuss repairs.

                """
            try text.write(toFile: corpus + "/a\(i).txt", atomically: true, encoding: .utf8)
        }
        let (_, plain, _) = Self.finish(try Self.list(corpus, cache: cache, extra: ["--no-cache"]))
        #expect(!FileManager.default.fileExists(atPath: cache + "/corpus.sqlite"))
        let a = try Self.list(corpus, cache: cache), b = try Self.list(corpus, cache: cache)
        let ra = Self.finish(a), rb = Self.finish(b)
        for (status, out, err) in [ra, rb] {
            #expect(status == 0)
            #expect(out == plain)
            #expect(!err.contains("warning"), "\(err)")
        }
        let (status, out, err) = Self.finish(try Self.list(corpus, cache: cache))
        #expect(status == 0)
        #expect(out == plain)
        #expect(err.contains("cache: 6 hits, 0 misses"), "\(err)")
    }
}
