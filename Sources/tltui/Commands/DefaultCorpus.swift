import Foundation

/// The sample corpus `tltui` opens with no paths: `seeds/` in the current directory, else next to the package.
enum DefaultCorpus {
    static func path(currentDirectory: String = FileManager.default.currentDirectoryPath, file: String = #filePath) -> String? {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let here = (currentDirectory as NSString).appendingPathComponent("seeds")
        if fm.fileExists(atPath: here, isDirectory: &isDir), isDir.boolValue { return here }
        // #filePath is …/Sources/tltui/Commands/DefaultCorpus.swift: the package root is three folders up.
        var url = URL(fileURLWithPath: file)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let next = url.appendingPathComponent("seeds").path
        if fm.fileExists(atPath: next, isDirectory: &isDir), isDir.boolValue { return next }
        return nil
    }
}
