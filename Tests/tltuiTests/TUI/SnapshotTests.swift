@testable import tltui
import Testing

/// Whole screens as text (trailing spaces trimmed), checked by eye once and kept as literals.
@Suite struct SnapshotTests {
    func check(_ s: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let got = render(s).text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(got.count == want.count, sourceLocation: sourceLocation)
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            Issue.record("line \(i): got \"\(g)\" want \"\(w)\"", sourceLocation: sourceLocation)
        }
    }

    @Test func wide120x40() {
        check(Fixture.state(), """
         Timeline — 4 events                                     │ Detail
        ████▄▄▄▄▄▄▄▄                                             │ Shelling hit Kharkiv
        27 Mar  29 Mar                                           │ Date: Sun 27 Mar 2022
        Sun 27 Mar 2022                                          │   how: weekday before publication
         ●  Shelling hit Kharkiv                           Wire A│ Modality: happened
         ●  A convoy left Kyiv                            Paper B│ Places: Kharkiv
        Mon 28 Mar 2022                                          │ Sources (1 outlet, 1 mention):
         ◆  Repairs began in Kharkiv                       Wire A│ ▸ Wire A · Sun 27 Mar 2022
        Tue 29 Mar 2022                                          │      “Shelling hit Kharkiv on Sunday, the governor reported.”
         ○≠ Negotiators meet in Istanbul                Wire A +1│
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │ Source: Talks to resume in Istanbul
                                                                 │ Wire A · Mon 28 Mar 2022 (from sources.yaml)
                                                                 │ Talks to resume in Istanbul
                                                                 │
                                                                 │ Negotiators will meet in Istanbul on Tuesday, officials
                                                                 │ said.
                                                                 │
                                                                 │ Shelling hit Kharkiv on Sunday, the governor reported.
                                                                 │
                                                                 │ The mayor of Kharkiv said repairs began on Monday.
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
                                                                 │
         event 1 of 4                                                                            2 documents  ·  ? help  q quit
        """)
    }

    @Test func narrow80x24Timeline() {
        check(press(Fixture.state(width: 80, height: 24), .char("G")), """
         1 Timeline   2 Detail   3 Source
         Timeline — 4 events
        ████▄▄▄▄▄▄▄▄
        27 Mar  29 Mar
        Sun 27 Mar 2022
         ●  Shelling hit Kharkiv                                                  Wire A
         ●  A convoy left Kyiv                                                   Paper B
        Mon 28 Mar 2022
         ◆  Repairs began in Kharkiv                                              Wire A
        Tue 29 Mar 2022
         ○≠ Negotiators meet in Istanbul                                       Wire A +1












         event 4 of 4                                    2 documents  ·  ? help  q quit
        """)
    }

    @Test func narrow80x24Detail() {
        check(press(Fixture.state(width: 80, height: 24), .char("G"), .tab), """
         1 Timeline   2 Detail   3 Source
         Detail
         Negotiators meet in Istanbul
         Date: Tue 29 Mar 2022
           how: weekday before publication
         Modality: planned
         Places: Istanbul
         Sources (2 outlets, 2 mentions) disagree on the date:
          ≠ Paper B · Mon 28 Mar 2022
              “The delegations are due in Istanbul on Monday, the Kremlin said.”
         ▸ Wire A · Tue 29 Mar 2022
              “Negotiators will meet in Istanbul on Tuesday, officials said.”











         event 4 of 4                                    2 documents  ·  ? help  q quit
        """)
    }
}
