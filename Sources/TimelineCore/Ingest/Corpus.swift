/// The documents of a corpus and the problems met while loading it.
public struct Corpus: Sendable, Equatable {
    public var documents: [Document]
    public var diagnostics: [Diagnostic]

    public init(documents: [Document] = [], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }
}

/// The one error loading throws; everything else is a diagnostic.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case missingPath(String)

    public var description: String {
        switch self {
        case .missingPath(let p): return "no such file or folder: \(p)"
        }
    }
}
