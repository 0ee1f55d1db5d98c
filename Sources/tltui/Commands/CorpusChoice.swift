import Foundation

/// Which corpus a command reads, and why: the one rule for every command.
///
/// - PATHs given: those files and folders.
/// - No PATH, and the current directory holds articles (a `.txt` or `.md` file at its top level):
///   the current directory, read like `tltui list .` (folders inside it too).
/// - No PATH and no articles in sight: the browser opens the bundled sample corpus (`seeds/` next to the
///   package) and says so on screen; `list`, `export`, `cities` and `sources` refuse (a usage error),
///   so a script never writes the sample's events by mistake.
///
/// Whenever no PATH was given, the command says on standard error which corpus it read (`notice`).
struct CorpusChoice: Equatable, Sendable {
    enum Origin: Equatable, Sendable {
        case given
        /// The current directory, with the number of articles at its top level.
        case currentDirectory(articles: Int)
        case sample
    }

    var paths: [String]
    var origin: Origin

    var isSample: Bool { origin == .sample }

    /// One line for standard error (and the browser's status line) when no PATH was given; nil otherwise.
    var notice: String? {
        switch origin {
        case .given: return nil
        case .currentDirectory(let n):
            return "no PATH given: reading the current directory \(paths.first ?? ".") (\(n) article\(n == 1 ? "" : "s") at its top level, and its folders)"
        case .sample:
            return "no PATH given and no articles (.txt, .md) in the current directory: showing the bundled sample corpus \(paths.first ?? "seeds")"
        }
    }

    /// Chooses the corpus. `allowSample` is true for the browser only. `articles(dir)` counts the articles at the
    /// top level of a folder and `sample()` finds the bundled sample; both are parameters so tests need no files.
    static func choose(paths: [String], allowSample: Bool, command: String,
                       currentDirectory: String = FileManager.default.currentDirectoryPath,
                       articles: (String) -> Int = { CorpusChoice.articleCount(in: $0) },
                       sample: () -> String? = { CorpusChoice.samplePath() }) throws -> CorpusChoice {
        if !paths.isEmpty { return CorpusChoice(paths: paths, origin: .given) }
        let n = articles(currentDirectory)
        if n > 0 { return CorpusChoice(paths: [currentDirectory], origin: .currentDirectory(articles: n)) }
        let seeds = sample()
        if allowSample, let seeds { return CorpusChoice(paths: [seeds], origin: .sample) }
        var message = "no PATH given and no articles (.txt, .md) in the current directory \(currentDirectory); "
            + "name the files or folders to read"
        if let seeds { message += " (the sample corpus: tltui \(command) \(seeds))" }
        throw UsageError(message)
    }

    /// The `.txt` and `.md` files (not hidden) directly in `dir`, leaving out a project's own documentation
    /// (README, LICENSE, CHANGELOG…): a checkout of some software is not a folder of articles.
    static func articleCount(in dir: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return 0 }
        return names.filter { name in
            guard !name.hasPrefix("."), !isProjectDocument(name) else { return false }
            let ext = (name as NSString).pathExtension.lowercased()
            guard ext == "txt" || ext == "md" else { return false }
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name), isDirectory: &isDir) && !isDir.boolValue
        }.count
    }

    /// The conventional names of a software project's documents at its top level.
    static let projectDocuments: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "changes", "history", "news", "authors",
        "contributors", "contributing", "notice", "security", "code_of_conduct", "todo", "install",
    ]

    static func isProjectDocument(_ name: String) -> Bool {
        let stem = ((name as NSString).deletingPathExtension).lowercased()
        return projectDocuments.contains(stem)
    }

    /// The bundled sample corpus: `seeds/` at the root of the package this binary was built from.
    static func samplePath() -> String? { samplePath(file: #filePath) }

    static func samplePath(file: String) -> String? {
        // #filePath is …/Sources/tltui/Commands/CorpusChoice.swift: the package root is three folders up.
        var url = URL(fileURLWithPath: file)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let seeds = url.appendingPathComponent("seeds").path
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: seeds, isDirectory: &isDir) && isDir.boolValue ? seeds : nil
    }
}
