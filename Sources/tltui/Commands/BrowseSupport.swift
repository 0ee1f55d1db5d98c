import Foundation
import TimelineCore

/// The browser's one data source. The pipeline (TimelinePipeline().load(paths:)) replaces the body when it lands.
func loadChronology(paths: [String]) throws -> Chronology {
    let fm = FileManager.default
    var files: [String] = []
    for p in paths {
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: p, isDirectory: &isDir) else { throw ValidationError("no such file or folder: \(p)") }
        if isDir.boolValue {
            let names = (try? fm.contentsOfDirectory(atPath: p)) ?? []
            files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { (p as NSString).appendingPathComponent($0) }
        } else { files.append(p) }
    }
    // Until the ingest stage lands: documents only (headline = first line, one sentence per line), no events.
    let docs: [Document] = files.compactMap { path in
        guard let s = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let text = ScalarText(s)
        var sentences: [Sentence] = [], start = 0, para = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" {
            if i > start { sentences.append(Sentence(range: TextRange(start, i), paragraph: para)); para += 1 }
            start = i + 1
        }
        if start < text.count { sentences.append(Sentence(range: TextRange(start, text.count), paragraph: para)) }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return Document(id: id, path: path, title: sentences.first.map { text[$0.range] }, text: text, sentences: sentences)
    }
    return Chronology(documents: docs, events: [])
}

import ArgumentParser

/// The chronology as plain text, for when standard output is not a terminal.
func plainChronology(_ state: AppState) -> String {
    var out = ""
    for i in state.visible {
        let e = state.chronology.events[i]
        let srcs = BrowserFilter.sources(of: e, documents: state.documents).joined(separator: ", ")
        out += "\(formatDate(e.date))\t\(e.modality.rawValue)\(e.conflict ? " (sources disagree)" : "")\t\(e.summary)\t[\(srcs)]\n"
        for m in e.mentions {
            out += "\t\(state.documents[m.document]?.title ?? m.document): \(DisplayWidth.clean(m.text))\n"
        }
    }
    if state.visible.isEmpty { out += "no events\n" }
    return out
}
