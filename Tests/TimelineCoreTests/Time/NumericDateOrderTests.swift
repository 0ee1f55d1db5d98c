import Testing
@testable import TimelineCore

/// A numeric date both of whose readings are dates is read month first, as American news writes it, unless only the
/// day-first reading lies within two months of publication (`NumberRules`, "numeric date").
@Suite("Temporal tagger: numeric dates read both ways")
struct NumericDateOrderTests {
    @Test(arguments: [
        ("Callers should quote log 0212 04/09/25 when they ring.", "04/09/25", "2025-09-10", "2025-09-04"),
        ("The incident was logged on 02/07/2024 by the harbour master.", "02/07/2024", "2024-07-05", "2024-07-02"),
        // (month first where that reading is the near one, or neither is)
        ("The filing was dated 10/12/26.", "10/12/26", "2026-10-15", "2026-10-12"),
        ("The company was founded on 5/6/1990.", "5/6/1990", "1998-01-08", "1990-05-06"),
    ])
    func theNearReading(_ sentence: String, _ expression: String, _ dct: String, _ value: String) throws {
        let (timexes, range) = try tagged(sentence, dct: dct, locating: expression)
        let t = try #require(timexes.first { $0.range == range }, "\(timexes.map(\.text))")
        #expect(t.value == value)
    }
}
