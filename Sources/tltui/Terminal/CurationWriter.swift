import Foundation
import TimelineCore

/// The curation effect: one change made to the curation file through `CurationStore` (under its lock, after
/// re-reading the file), answered with the file's entries, or a note saying why nothing was written.
enum CurationWriter {
    static func run(_ job: CurationJob, time: String) -> Message {
        let store = CurationStore(path: job.file)
        do {
            switch job.change {
            case .add(let op):
                let (entries, id) = try store.add(CurationEntry(author: job.author, time: time, operation: op))
                return .curationSaved(entries, .added(id: id, op))
            case .undo(let entry):
                return .curationSaved(try store.remove(id: entry.id), .undone(entry))
            case .redo(let entry):
                let (entries, id) = try store.add(entry)
                return .curationSaved(entries, .redone(id: id, entry.operation))
            case .refresh:
                return .curationSaved(try store.read(), .refreshed)
            }
        } catch {
            if case .refresh = job.change { return .curationUnreadable(error.description) }
            return .note("curation not saved: \(error.description)")
        }
    }
}

/// `2026-12-04T07:33:20Z`: UTC, to the second.
func isoTime(_ date: Date) -> String {
    var t = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&t, &parts)
    func p(_ n: Int32, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
    return "\(p(parts.tm_year + 1900, 4))-\(p(parts.tm_mon + 1, 2))-\(p(parts.tm_mday, 2))T\(p(parts.tm_hour, 2)):\(p(parts.tm_min, 2)):\(p(parts.tm_sec, 2))Z"
}
