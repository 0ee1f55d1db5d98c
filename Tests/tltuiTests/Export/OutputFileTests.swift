import Foundation
import Testing
@testable import tltui

/// Issue 17, item 2: `--output` writes what a plain write would write into, replaces only regular files, and
/// refuses a directory; every error names the path in plain words.
@Suite struct OutputFileTests {
    let dir: String

    init() throws {
        dir = NSTemporaryDirectory() + "tltui-output-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    func contents(_ p: String) -> String? { FileManager.default.contents(atPath: p).map { String(decoding: $0, as: UTF8.self) } }
    func leftovers() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(".tmp-") } }

    @Test func newAndRegularFilesAreReplacedKeepingTheirMode() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = dir + "/out.json"
        try OutputFile.write("one", to: p)
        #expect(contents(p) == "one")
        chmod(p, 0o600)
        var before = stat(); stat(p, &before)
        try OutputFile.write("two", to: p)
        var after = stat(); stat(p, &after)
        #expect(contents(p) == "two")
        #expect(after.st_mode & 0o777 == 0o600)
        #expect(after.st_ino != before.st_ino)  // a new file renamed into place: readers never see half
        #expect(leftovers().isEmpty)
    }

    @Test func aSymlinkStaysALinkAndItsTargetIsWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "old".write(toFile: dir + "/target", atomically: false, encoding: .utf8)
        symlink("target", dir + "/link")
        try OutputFile.write("new", to: dir + "/link")
        #expect(contents(dir + "/target") == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link")) == "target")
        // A dangling link: its target is created, as '> link' would.
        symlink("created", dir + "/dangling")
        try OutputFile.write("made", to: dir + "/dangling")
        #expect(contents(dir + "/created") == "made")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/dangling")) == "created")
    }

    @Test func aDeviceIsWrittenInPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try OutputFile.write("discarded", to: "/dev/null")
        var st = stat()
        stat("/dev/null", &st)
        #expect(st.st_mode & S_IFMT == S_IFCHR)  // still the device
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var buf = [UInt8](repeating: 0, count: 64)
            let n = read(fd, &buf, 64)
            close(fd)
            FileManager.default.createFile(atPath: fifo + ".got", contents: Data(buf.prefix(max(0, n))))
        }
        reader.start()
        try OutputFile.write("through the pipe", to: fifo)
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: fifo + ".got") { usleep(10_000) }
        #expect(contents(fifo + ".got") == "through the pipe")
        var st = stat()
        lstat(fifo, &st)
        #expect(st.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func directoriesAndMissingFoldersAreUsageErrors() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: UsageError.self) { try OutputFile.write("x", to: dir) }
        do { try OutputFile.write("x", to: dir) } catch let e as UsageError {
            #expect(e.description == "cannot write \(dir): it is a directory")
        }
        do { try OutputFile.write("x", to: dir + "/no/such/out.json") } catch let e as UsageError {
            #expect(e.description.contains("no such directory"))
        }
    }

    @Test func writeFailuresNameThePathInPlainWords() throws {
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        do {
            try OutputFile.write("x", to: "/dev/full")
            Issue.record("writing to /dev/full succeeded")
        } catch let e as WriteError {
            #expect(e.description.hasPrefix("cannot write /dev/full: "))
            #expect(!e.description.contains("NSCocoaErrorDomain") && !e.description.contains("Error Domain"))
        }
    }
}

@Suite struct PlainMessageTests {
    @Test func foundationErrorsReadAsPathAndReason() {
        let e = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "/x/out.json", NSUnderlyingErrorKey: POSIXError(.ENOSPC)])
        #expect(plainMessage(e) == "/x/out.json: No space left on device")
        #expect(!plainMessage(CocoaError(.fileReadUnknown)).contains("Domain"))
    }
}
