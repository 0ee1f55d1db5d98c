import Foundation

/// What a table of events shows of each, read where the events are. A call from another module on an event in an
/// array copies the event first (a retain of each of its boxes, scattered through memory: a cache miss each, about
/// a fifth of `tltui list`'s table at 10,000 re-opened articles); here, in the events' module, the calls are made in
/// place.
public enum EventColumns {
    /// Each event's compact date label (`DateLabel.compact`), made on all cores.
    public static func compactDates(_ events: [Event]) -> [String] {
        chunkedMap(events.count) { DateLabel(events[$0]).compact }
    }

    /// True when the curation stars, annotates or hides any of them.
    public static func anyCurationMarks(_ events: [Event]) -> Bool {
        events.indices.contains { events[$0].hasCurationMarks }
    }

    /// The summaries of the events in `range`.
    public static func summaries(_ events: [Event], _ range: Range<Int>) -> [String] {
        range.map { events[$0].summary }
    }

    /// The curation of the events in `range`.
    public static func curations(_ events: [Event], _ range: Range<Int>) -> [EventCuration] {
        range.map { events[$0].curation }
    }

    /// For each event in `range`, in order, each of its mentions' documents as its number in `numbering`
    /// (`Event.forEachMentionDocument(numberedBy:)`), given with the event's index.
    public static func forEachMentionDocument(_ events: [Event], _ range: Range<Int>, numberedBy numbering: DocumentNumbering,
                                              _ body: (_ event: Int, _ document: Int?) -> Void) {
        for i in range { events[i].forEachMentionDocument(numberedBy: numbering) { body(i, $0) } }
    }
}
