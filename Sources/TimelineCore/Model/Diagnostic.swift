/// A problem found while loading. Loading goes on; the corpus carries these.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case warning, error }
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `warning: path:3: message`
    public var description: String {
        "\(severity.rawValue): \(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
