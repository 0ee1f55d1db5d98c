// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tltui",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "TimelineCore", targets: ["TimelineCore"]),
        .executable(name: "tltui", targets: ["tltui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // One inline C function, the cache prefetch hint Swift lacks (the syntax model's table lookups ask for their
        // memory ahead of use).
        .target(name: "CPrefetch"),
        .target(
            name: "TimelineCore",
            dependencies: [
                "CPrefetch",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's incremental blob writing, which GRDB does not wrap (the stored merge is written in pieces).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["Syntax/Resources/syntax-model.json"],
            resources: [.copy("Places/Resources/gazetteer.tsv"),
                        // WordNet's event nouns, written by scripts/gen-event-nouns.py.
                        .copy("Events/Resources/event-nouns.tsv"),
                        .copy("Events/Resources/verb-senses.tsv"),
                        // WordNet's verb kin (senses and their direct hypernyms), written by scripts/gen-verb-senses.py.
                        .copy("Events/Resources/verb-kin.tsv"),
                        // Written by tltui-train (see syntax-model.json beside it for data, settings and scores).
                        .copy("Syntax/Resources/syntax-model.bin"),
                        .copy("Syntax/Resources/tag-sets.tsv"),
                        .copy("Syntax/Resources/non-verbs.txt"),
                        .copy("Syntax/Resources/non-adjectives.txt"),
                        .copy("Syntax/Resources/verb-forms.txt"),
                        .copy("Syntax/Resources/verbs.txt"),
                        .copy("Syntax/Resources/verb-irregular.txt"),
                        .copy("Syntax/Resources/non-nouns.txt"),
                        .copy("Syntax/Resources/word-classes.txt")]
        ),
        .executableTarget(
            name: "tltui",
            dependencies: [
                "TimelineCore",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over the whole text pipeline; scripts/fuzz.sh builds it with -sanitize=fuzzer,address
        // and -DFUZZING. A plain build gives a replay tool: `tltui-fuzz FILE...`.
        .executableTarget(name: "tltui-fuzz", dependencies: ["TimelineCore"], path: "Fuzz/Target",
                          swiftSettings: [.enableExperimentalFeature("Extern")]),
        // Trains the syntax model (Sources/TimelineCore/Syntax/Resources); never part of the build of tltui.
        .executableTarget(name: "tltui-train", dependencies: ["TimelineCore"]),
        .testTarget(name: "TimelineCoreTests", dependencies: ["TimelineCore"], exclude: ["Corpus", "BridgeCorpus", "StoryCorpora"]),
        .testTarget(name: "tltuiTests", dependencies: ["tltui", "TimelineCore"]),
    ],
    swiftLanguageModes: [.v6]
)
