/// The feature templates a classifier uses: indices into all the templates its extractor writes, in increasing
/// order. A model keeps the list it was trained with, so that templates can be dropped without a new extractor.
public struct Templates: Sendable, Equatable {
    public let indices: [UInt8]
    /// How many templates the extractor writes.
    public let total: Int
    /// The first index when the indices run without a gap (the templates after the single-position ones, for one): then
    /// `select` copies them in one piece.
    let run: Int?

    public init(_ indices: [Int], of total: Int) {
        precondition(total <= 256 && indices.allSatisfy { $0 >= 0 && $0 < total } && zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 },
                     "templates must be increasing indices below \(total)")
        self.indices = indices.map(UInt8.init)
        self.total = total
        run = indices.first.flatMap { first in indices.last! - first + 1 == indices.count ? first : nil }
    }

    public static func all(_ total: Int) -> Templates { Templates(Array(0..<total), of: total) }

    public var count: Int { indices.count }
    public var isAll: Bool { indices.count == total }

    /// The used features of `all` (the extractor's output): `all` itself when every template is used, else
    /// gathered into `out`.
    @inline(__always)
    public func select(_ all: UnsafeMutablePointer<UInt64>, into out: UnsafeMutablePointer<UInt64>) -> UnsafeBufferPointer<UInt64> {
        if isAll { return UnsafeBufferPointer(start: all, count: total) }
        if let run {
            out.update(from: all + run, count: indices.count)
            return UnsafeBufferPointer(start: out, count: indices.count)
        }
        indices.withUnsafeBufferPointer { ix in
            for k in ix.indices { out[k] = all[Int(ix[k])] }
        }
        return UnsafeBufferPointer(start: out, count: indices.count)
    }

    func write(to w: inout ModelWriter) {
        w.int(total)
        w.array(indices)
    }

    static func read(from r: inout ModelReader, of expected: Int) throws -> Templates {
        let total = try r.int()
        let indices: [UInt8] = try r.array()
        guard total == expected, !indices.isEmpty, indices.allSatisfy({ Int($0) < total }),
              zip(indices, indices.dropFirst()).allSatisfy({ $0 < $1 })
        else { throw ModelFormatError(message: "bad template list (this build has \(expected) templates)") }
        return Templates(indices.map(Int.init), of: total)
    }
}
