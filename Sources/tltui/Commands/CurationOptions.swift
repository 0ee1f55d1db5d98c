import ArgumentParser
import Foundation
import TimelineCore

/// The curation file and the curation filters, shared by the browser and every corpus command.
struct CurationOptions: ParsableArguments {
    @Option(name: .customLong("curation"),
            help: ArgumentHelp("The curation file (stars, notes, corrections). Default: tltui-curation.yaml in the corpus folder.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(help: ArgumentHelp("The name curation entries are written under. Default: $USER.", valueName: "name"))
    var author: String?

    @Flag(name: .customLong("include-hidden"), help: "Keep the events and mentions the curation hides (marked as hidden).")
    var includeHidden = false

    @Flag(help: "Only starred events.")
    var starred = false

    @Flag(help: "Only events with notes.")
    var noted = false

    @Flag(help: "Only events some curation entry changed or marked.")
    var curated = false

    @Flag(help: "Only hidden events and events with hidden mentions (implies --include-hidden).")
    var hidden = false

    /// The marks the filters ask for.
    var marks: Set<CurationMark> {
        var m = Set<CurationMark>()
        if starred { m.insert(.starred) }
        if noted { m.insert(.noted) }
        if curated { m.insert(.curated) }
        if hidden { m.insert(.hidden) }
        return m
    }

    /// Hidden items are kept when asked for, or when the filter is for them.
    var keepsHidden: Bool { includeHidden || hidden }

    /// The curation file for a corpus: `--curation`, else `tltui-curation.yaml` in the corpus folder (the paths
    /// `CorpusChoice` chose: the current directory or the sample when no PATH was given).
    func path(corpus paths: [String]) -> String? {
        if let file { return file }
        return CurationStore.defaultPath(forCorpus: paths)
    }

    /// `--author`, else `$USER`, else "unknown".
    var authorName: String {
        if let author, !author.trimmingCharacters(in: .whitespaces).isEmpty { return author }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return "unknown"
    }

    /// The curation of the corpus applied to its chronology; orphaned entries reported once on standard error.
    /// A curation file that cannot be read is an error naming its line (the file is left as it is).
    func apply(to chronology: Chronology, corpus paths: [String]) throws -> (chronology: Chronology, orphans: [CurationOrphan]) {
        guard let path = path(corpus: paths) else { return (chronology, []) }
        let curation: Curation
        do { curation = try CurationStore(path: path).read() } catch { throw UsageError("curation file " + error.description) }
        let result = TimelineCore.apply(curation, to: chronology, includeHidden: keepsHidden)
        reportOrphans(result.orphans, file: path)
        return result
    }
}

/// One warning per orphaned entry: "warning: FILE:12: curation entry (star by ana on 4 Dec 2026) no longer applies: …".
func reportOrphans(_ orphans: [CurationOrphan], file: String) {
    for o in orphans {
        warn("warning: \(file)\(o.entry.line.map { ":\($0)" } ?? ""): curation entry (\(o.entry.operation.readable) by \(o.entry.byline)) no longer applies: \(o.reason)")
    }
}
