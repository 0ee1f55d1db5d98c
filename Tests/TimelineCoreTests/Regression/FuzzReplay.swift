import Foundation
import Testing
@testable import TimelineCore

/// Runs inputs the way the fuzz target (Fuzz/Target/FuzzPipeline.swift) does: in-memory ingest, the whole pipeline,
/// every export, and the query layer; then checks that every range the result exposes lies inside its text.
enum FuzzReplay {
    static let today = Day(year: 2026, month: 6, day: 1)!

    /// Documents labelled n0.txt, n1.md, n2.txt … as the fuzz target labels them.
    @discardableResult
    static func run(_ documents: [String], sidecar: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Chronology {
        run(bytes: documents.map { Array($0.utf8) }, sidecar: sidecar, sourceLocation: sourceLocation)
    }

    @discardableResult
    static func run(bytes documents: [[UInt8]], sidecar: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> Chronology {
        let contents = documents.enumerated().map { k, b in (path: "n\(k).\(k % 2 == 0 ? "txt" : "md")", bytes: b) }
        let corpus = CorpusLoader(today: today).load(contents: contents, sidecar: sidecar)
        let chronology = TimelinePipeline(today: today).build(corpus: corpus)
        let byID = Dictionary(chronology.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for doc in chronology.documents {
            for s in doc.sentences { expectInside(s.range, doc, sourceLocation) }
            if let h = doc.headline { expectInside(h, doc, sourceLocation) }
        }
        for event in chronology.events {
            for m in event.mentions {
                guard let doc = byID[m.document] else {
                    Issue.record("mention of unknown document \(m.document)", sourceLocation: sourceLocation)
                    continue
                }
                expectInside(m.range, doc, sourceLocation)
                if let t = m.timex { expectInside(t.range, doc, sourceLocation) }
            }
        }
        for format in ExportFormat.allCases {
            #expect(!format.render(chronology, options: .init(stamp: "20260601T000000Z")).isEmpty, sourceLocation: sourceLocation)
        }
        return chronology
    }

    static func expectInside(_ r: TextRange, _ doc: Document, _ loc: SourceLocation) {
        #expect(r.start >= 0 && r.end <= doc.text.count, "\(r) outside the text of \(doc.id) (\(doc.text.count))", sourceLocation: loc)
    }
}
