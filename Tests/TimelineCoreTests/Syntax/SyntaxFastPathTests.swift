import Testing
@testable import TimelineCore

/// The syntax layer's fast paths give what the general ones give.
@Suite struct SyntaxFastPathTests {
    /// A large table keeps its values when moved to huge pages (the move copies them).
    @Test func aTableKeepsItsValuesOnHugePages() {
        let values = (0..<600_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let table = Pinned(values)
        #expect(Int(bitPattern: table.base) % 64 == 0)
        table.adviseHugePages()
        #expect(table.array == values)
    }
}
