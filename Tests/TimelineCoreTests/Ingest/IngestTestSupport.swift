import Foundation
@testable import TimelineCore

/// A fresh temporary folder with the given files (name → content), removed by the caller with `cleanUp`.
struct TempCorpus {
    let dir: String

    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:]) throws {
        dir = NSTemporaryDirectory() + "tltui-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
        for (name, b) in bytes { try Data(b).write(to: URL(fileURLWithPath: path(name))) }
    }

    func path(_ name: String) -> String { dir + "/" + name }

    func write(_ name: String, _ text: String) throws {
        let p = path(name)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: dir) }
}

enum IngestFixtures {
    /// The repository's seeds folder, found from this file.
    static var seeds: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    }
    static let today = Day(year: 2026, month: 11, day: 23)!
}

extension Document {
    var sentenceTexts: [String] { sentences.map { text(of: $0.range) } }
}
