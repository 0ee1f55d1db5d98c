import Foundation
import TimelineCore

import ArgumentParser

/// The chronology as plain text, for when standard output is not a terminal.
func plainChronology(_ state: AppState) -> String {
    var out = ""
    for i in state.visible {
        let e = state.chronology.events[i]
        let srcs = EventInfo.sources(of: e, documents: state.documents).joined(separator: ", ")
        out += "\(DateLabel(e).text)\t\(e.modality.rawValue)\(e.conflict ? " (sources disagree)" : "")\t\(e.summary)\t[\(srcs)]\n"
        for m in e.mentions {
            out += "\t\(state.documents[m.document]?.title ?? m.document): \(DisplayWidth.clean(m.text))\n"
        }
    }
    if state.visible.isEmpty { out += "no events\n" }
    return out
}
