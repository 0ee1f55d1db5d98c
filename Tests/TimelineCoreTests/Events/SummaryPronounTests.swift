import Testing
@testable import TimelineCore

/// A summary opening with a pronoun for its reporter names the reporter instead; anything else is kept.
@Suite struct SummaryPronounTests {
    @Test(arguments: [
        ("Its forces have re-taken two villages", "Kyiv", "Kyiv’s forces have re-taken two villages"),
        ("It had seized the airport", "the army", "The army had seized the airport"),
        ("Its troops withdrew", "the Netherlands", "The Netherlands’ troops withdrew"),
        ("His party won the vote", "Olaf Scholz", "Olaf Scholz’s party won the vote"),
        ("She met the envoy", "Maria Silva", "Maria Silva met the envoy"),
        // A person is not "it"; a government is not "he".
        ("It will resume talks", "Dmitry Peskov", "It will resume talks"),
        ("He flew to Ankara", "the Kremlin", "He flew to Ankara"),
        // Other openings and missing attributions stay as written.
        ("They attacked the port", "the ministry", "They attacked the port"),
        ("Its forces advanced", nil, "Its forces advanced"),
        ("Italy's forces advanced", "Rome", "Italy's forces advanced"),
    ] as [(String, String?, String)])
    func pronounResolution(summary: String, attribution: String?, expected: String) {
        #expect(SentenceAnalysis.resolvingPronoun(summary, attribution: attribution) == expected)
    }
}
