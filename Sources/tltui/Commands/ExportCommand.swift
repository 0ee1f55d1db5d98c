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
        json: the documented schema (docs/json-schema.md). csv: one row per event mention (RFC 4180), each row \
        with the event's date and the mention's own date, outlet and URL. markdown: one heading per day (or \
        period) with the sources quoted. ics: all-day events, or timed ones where the text gives a clock time \
        (RFC 5545). timelinejs: the JSON Knight Lab's TimelineJS reads. Summaries are never cut; dates the text \
        does not give are marked (≤ on or before publication) or said in words.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("json, csv, markdown, ics or timelinejs.", valueName: "format"))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output: a regular file is replaced atomically; a FIFO, device or symlink's target is written as '> file' would; a directory is refused.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp("TimelineJS groups: by place or by source.", valueName: "by"))
    var group: TimelineJSExporter.Grouping = .place

    @Option(help: "Title of the Markdown page, calendar or timeline.")
    var title: String = "Chronology"

    @Flag(help: "CSV only: start with a UTF-8 byte-order mark, for spreadsheet programs that need one to read UTF-8.")
    var bom = false

    @OptionGroup var options: CorpusOptions

    func validate() throws {
        if bom && format != .csv { throw ValidationError("--bom is for --format csv only (JSON, iCalendar and the others must not start with one).") }
    }

    func run() throws {
        let loaded = try options.load(command: "export")
        let text = format.render(loaded.chronology, events: loaded.events,
                                 options: .init(stamp: utcStamp(Date()), title: title, timelineGroup: group, byteOrderMark: bom))
        if let output {
            try writeOutput(text, to: output)
        } else {
            try writeStandardOutput(text)
        }
        keepToExit(loaded)
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
