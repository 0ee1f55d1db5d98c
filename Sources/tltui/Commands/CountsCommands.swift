import ArgumentParser
import Foundation
import TimelineCore

struct Cities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cities",
        abstract: "List the cities where events take place, with their event counts, most first."
    )

    @Flag(help: "Print JSON: [{\"name\", \"country\", \"id\", \"count\"}].")
    var json = false

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let loaded = try options.load(command: "cities")
        let counts = makeQuery(loaded.filtered).cityCounts()
        if json {
            print(JSONValue.array(counts.map { c in
                .object([("name", .string(c.place.name)), ("country", .string(c.place.country)), ("id", .int(c.place.id)), ("count", .int(c.count))])
            }).serialized(), terminator: "")
        } else {
            let w = String(counts.first?.count ?? 0).count
            for c in counts { print(String(repeating: " ", count: w - String(c.count).count) + "\(c.count)  \(c.place.name) (\(c.place.country))") }
        }
        try options.finish(loaded)
    }
}

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the documents with the number of events each reports, most first."
    )

    @Flag(help: "Print JSON: [{\"id\", \"name\", \"count\"}].")
    var json = false

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let loaded = try options.load(command: "sources")
        let counts = makeQuery(loaded.filtered).sourceCounts()
        if json {
            print(JSONValue.array(counts.map { c in
                .object([("id", .string(c.id)), ("name", .string(c.name)), ("count", .int(c.count))])
            }).serialized(), terminator: "")
        } else {
            let w = String(counts.first?.count ?? 0).count
            let idWidth = counts.map { TextWidth.width($0.id) }.max() ?? 0
            for c in counts {
                print(String(repeating: " ", count: w - String(c.count).count) + "\(c.count)  " + TextWidth.pad(c.id, to: idWidth) + "  \(c.name)")
            }
        }
        try options.finish(loaded)
    }
}
