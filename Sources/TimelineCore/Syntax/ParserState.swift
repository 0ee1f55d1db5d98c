/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011): a stack
/// with the root at its bottom, the buffer (always the words from `b0` to the end), and the arcs so far.
/// Words are numbered 1...n; 0 is the root.
public struct ParserState: Sendable {
    public enum Move: Int, Sendable, CaseIterable { case shift = 0, left = 1, right = 2 }

    public let n: Int
    public internal(set) var stack: [Int32]
    /// The first word of the buffer; the buffer is empty when b0 > n.
    public internal(set) var b0: Int
    public internal(set) var heads: [Int32]
    public internal(set) var labels: [UInt8]
    /// Two leftmost and two rightmost dependents of each word (-1: none), dependent counts, and the set of
    /// labels on each side (bit per label).
    var lc1, lc2, rc1, rc2: [Int32]
    var nl, nr: [UInt8]
    var lset, rset: [UInt64]

    public init(words n: Int) {
        self.n = n
        stack = [0]
        stack.reserveCapacity(n + 1)
        b0 = 1
        heads = [Int32](repeating: -1, count: n + 1)
        labels = [UInt8](repeating: 0, count: n + 1)
        lc1 = heads; lc2 = heads; rc1 = heads; rc2 = heads
        nl = labels; nr = labels
        lset = [UInt64](repeating: 0, count: n + 1)
        rset = lset
    }

    public var isTerminal: Bool { b0 > n && stack.count == 1 }

    @inline(__always)
    public func isLegal(_ m: Move) -> Bool {
        switch m {
        case .shift: return b0 <= n
        case .left: return stack.count >= 2 && b0 <= n
        case .right: return stack.count >= 3 || (stack.count == 2 && b0 > n)
        }
    }

    /// The one legal move when there is only one (shift when the stack holds only the root, right when the buffer
    /// is empty), else nil. Not meaningful in a terminal state.
    @inline(__always)
    public var onlyLegalMove: Move? {
        if stack.count == 1 { return .shift }
        if b0 > n { return .right }
        return nil
    }

    /// The arc `m` would add, as (head, dependent); nil for shift.
    @inline(__always)
    public func arc(_ m: Move) -> (head: Int, dep: Int)? {
        switch m {
        case .shift: return nil
        case .left: return (b0, Int(stack[stack.count - 1]))
        case .right: return (Int(stack[stack.count - 2]), Int(stack[stack.count - 1]))
        }
    }

    public mutating func apply(_ m: Move, label: UInt8) {
        if let (h, d) = apply(m) { setLabel(label, head: h, dep: d) }
    }

    /// Applies `m` leaving the arc it adds, returned, without its label (as label 0, in no label set) until
    /// `setLabel`: the next configuration's features can be computed, but for those reading that label.
    @inline(__always)
    mutating func apply(_ m: Move) -> (head: Int, dep: Int)? {
        switch m {
        case .shift:
            stack.append(Int32(b0))
            b0 += 1
            return nil
        case .left, .right:
            let (h, d) = arc(m)!
            stack.removeLast()
            attach(h, d)
            return (h, d)
        }
    }

    /// Gives the arc from `h` to `d`, made by `apply(_:)`, its label.
    @inline(__always)
    mutating func setLabel(_ label: UInt8, head h: Int, dep d: Int) {
        labels[d] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if d < h { lset[h] |= bit } else { rset[h] |= bit }
    }

    mutating func attach(_ h: Int, _ d: Int) {
        heads[d] = Int32(h)
        let d32 = Int32(d)
        if d < h {
            nl[h] &+= 1
            if lc1[h] < 0 || d32 < lc1[h] { lc2[h] = lc1[h]; lc1[h] = d32 } else if lc2[h] < 0 || d32 < lc2[h] { lc2[h] = d32 }
        } else {
            nr[h] &+= 1
            if rc1[h] < 0 || d32 > rc1[h] { rc2[h] = rc1[h]; rc1[h] = d32 } else if rc2[h] < 0 || d32 > rc2[h] { rc2[h] = d32 }
        }
    }

    /// The cost of `m` against a gold tree (Goldberg & Nivre 2013, arc-hybrid): how many gold arcs it makes
    /// unreachable. `gold[d]` is d's gold head. Exact for projective trees, an estimate otherwise.
    public func cost(_ m: Move, gold: [Int32]) -> Int {
        var c = 0
        switch m {
        case .shift:
            let b = b0
            // b loses heads in the stack below s0 and dependents anywhere in the stack.
            for (k, s) in stack.enumerated() {
                if gold[b] == s && k < stack.count - 1 { c += 1 }
                if s != 0 && gold[Int(s)] == Int32(b) { c += 1 }
            }
        case .left, .right:
            let s0 = Int(stack[stack.count - 1])
            let h = Int(gold[s0])
            if m == .left {
                if stack.count >= 2 && h == Int(stack[stack.count - 2]) && h != b0 { c += 1 }
                if h > b0 { c += 1 }
            } else {
                if h >= b0 { c += 1 }
            }
            if b0 <= n { for k in b0...n where gold[k] == Int32(s0) { c += 1 } }
        }
        return c
    }
}
