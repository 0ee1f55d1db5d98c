/// The export formats, with one entry point so the command line cannot drift from the library.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json, csv, markdown, ics, timelinejs

    public struct Options: Sendable {
        /// DTSTAMP for iCalendar, `YYYYMMDDTHHMMSSZ` (UTC).
        public var stamp: String
        public var title: String
        public var timelineGroup: TimelineJSExporter.Grouping
        /// CSV only: start with a UTF-8 byte-order mark.
        public var byteOrderMark: Bool

        public init(stamp: String, title: String = "Chronology", timelineGroup: TimelineJSExporter.Grouping = .place,
                    byteOrderMark: Bool = false) {
            self.stamp = stamp
            self.title = title
            self.timelineGroup = timelineGroup
            self.byteOrderMark = byteOrderMark
        }
    }

    public func render(_ chronology: Chronology, events: [Event]? = nil, options: Options) -> String {
        switch self {
        case .json: return JSONExporter.render(chronology, events: events)
        case .csv: return CSVExporter.render(chronology, events: events, byteOrderMark: options.byteOrderMark)
        case .markdown: return MarkdownExporter.render(chronology, events: events, title: options.title)
        case .ics: return ICSExporter.render(chronology, events: events, stamp: options.stamp, calendarName: options.title)
        case .timelinejs: return TimelineJSExporter.render(chronology, events: events, groupBy: options.timelineGroup, title: options.title)
        }
    }
}
