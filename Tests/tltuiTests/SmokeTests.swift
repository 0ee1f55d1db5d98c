import Testing
@testable import tltui

@Suite struct CommandTests {
    @Test func parsesPaths() throws {
        let cmd = try Browse.parse(["a", "b"])
        #expect(cmd.options.paths == ["a", "b"])
    }
}

@Suite struct ParseCommandTests {
    @Test func conlluInterface() throws {
        let cmd = try ParseCommand.parse(["--conllu", "in.conllu", "--output", "out.conllu"])
        #expect(cmd.conllu && cmd.file == "in.conllu" && cmd.output == "out.conllu")
        let plain = try ParseCommand.parse(["-"])
        #expect(!plain.conllu && plain.file == "-")
    }
}
