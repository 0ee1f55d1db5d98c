/// A text with O(1) access by Unicode-scalar offset. Documents keep their text in this form
/// so that slicing by the offsets the project exposes never walks the string.
public struct ScalarText: Sendable, Equatable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    /// The text of `range`, clamped to the text's bounds.
    public subscript(range: TextRange) -> String {
        let lo = min(max(0, range.start), scalars.count)
        let hi = min(max(lo, range.end), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
