import Testing
@testable import tltui

@Suite struct CommandTests {
    @Test func parsesPaths() throws {
        let cmd = try Browse.parse(["a", "b"])
        #expect(cmd.options.paths == ["a", "b"])
    }
}
