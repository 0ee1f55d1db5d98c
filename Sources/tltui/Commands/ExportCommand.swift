import ArgumentParser
import Foundation
import TimelineCore

extension ExportFormat: ExpressibleByArgument {}
extension TimelineJSExporter.Grouping: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the chronology as JSON, CSV, Markdown, iCalendar or TimelineJS JSON.",
        discussion: """
        json: the documented schema (docs/json-schema.md). csv: one row per event mention (RFC 4180). \
        markdown: grouped by day or period with the sources quoted. ics: all-day events for calendar \
        programs (RFC 5545). timelinejs: the JSON Knight Lab's TimelineJS reads.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("json, csv, markdown, ics or timelinejs.", valueName: "format"))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("TimelineJS groups: by place or by source.", valueName: "by"))
    var group: TimelineJSExporter.Grouping = .place

    @Option(help: "Title of the Markdown page, calendar or timeline.")
    var title: String = "Chronology"

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let loaded = try options.load()
        let text = format.render(loaded.chronology, events: loaded.events,
                                 options: .init(stamp: utcStamp(Date()), title: title, timelineGroup: group))
        if let output {
            try writeAtomically(text, to: output)
        } else {
            try writeStandardOutput(text)
        }
        try options.finish(loaded)
    }
}

/// `YYYYMMDDTHHMMSSZ` in UTC.
func utcStamp(_ date: Date) -> String {
    var t = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&t, &parts)
    func p(_ n: Int32, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
    return "\(p(parts.tm_year + 1900, 4))\(p(parts.tm_mon + 1, 2))\(p(parts.tm_mday, 2))T\(p(parts.tm_hour, 2))\(p(parts.tm_min, 2))\(p(parts.tm_sec, 2))Z"
}

/// Writes a temporary file next to `path`, then renames it into place: readers see the old file or the new one, never half.
func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
        throw UsageError("cannot write \(path): no such directory \(dir.path)")
    }
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    do {
        try Data(text.utf8).write(to: temp)
        guard rename(temp.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    } catch {
        try? FileManager.default.removeItem(at: temp)
        throw error
    }
}
