/// Feature templates of the transition classifier (after Zhang & Nivre 2011): words and tags of the top of
/// the stack and the front of the buffer, their leftmost and rightmost dependents and labels, distance,
/// valency and label sets.
public enum ParserFeatures {
    public static let count = 88

    static let none: UInt64 = 0x7777
    @inline(__always) static func bucket(_ d: Int) -> UInt64 {
        UInt64(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8)
    }

    /// `words`, `tags`: hashes per position 0...n (0 is the root).
    @inline(__always)
    public static func extract(_ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                        into out: UnsafeMutablePointer<UInt64>) {
        let sc = st.stack.count
        let s0 = sc >= 1 ? Int(st.stack[sc - 1]) : -1
        let s1 = sc >= 2 ? Int(st.stack[sc - 2]) : -1
        let s2 = sc >= 3 ? Int(st.stack[sc - 3]) : -1
        let b0 = st.b0 <= st.n ? st.b0 : -1
        let b1 = st.b0 + 1 <= st.n ? st.b0 + 1 : -1
        let b2 = st.b0 + 2 <= st.n ? st.b0 + 2 : -1
        @inline(__always) func w(_ i: Int) -> UInt64 { i >= 0 ? words[i] : none }
        @inline(__always) func p(_ i: Int) -> UInt64 { i >= 0 ? tags[i] : none }
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.labels[i]) &+ 300 : none }
        @inline(__always) func lc1(_ i: Int) -> Int { i >= 0 ? Int(st.lc1[i]) : -1 }
        @inline(__always) func lc2(_ i: Int) -> Int { i >= 0 ? Int(st.lc2[i]) : -1 }
        @inline(__always) func rc1(_ i: Int) -> Int { i >= 0 ? Int(st.rc1[i]) : -1 }
        @inline(__always) func rc2(_ i: Int) -> Int { i >= 0 ? Int(st.rc2[i]) : -1 }
        @inline(__always) func vl(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.nl[i]) : none }
        @inline(__always) func vr(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.nr[i]) : none }
        @inline(__always) func ls(_ i: Int) -> UInt64 { i >= 0 ? st.lset[i] : none }
        @inline(__always) func rs(_ i: Int) -> UInt64 { i >= 0 ? st.rset[i] : none }
        typealias H = SyntaxHash
        let s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), b0w = w(b0), b0p = p(b0)
        let b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2), s2p = p(s2)
        let s0l1 = lc1(s0), s0l2 = lc2(s0), s0r1 = rc1(s0), s0r2 = rc2(s0)
        let s1l1 = lc1(s1), s1r1 = rc1(s1), b0l1 = lc1(b0), b0l2 = lc2(b0)
        let d1: UInt64 = (s0 > 0 && b0 > 0) ? bucket(b0 - s0) : none
        let d2: UInt64 = (s0 > 0 && s1 > 0) ? bucket(s0 - s1) : none
        var k = 0
        @inline(__always) func put(_ f: UInt64) { out[k] = f; k += 1 }
        put(H.feature(100, s0w)); put(H.feature(101, s0p)); put(H.feature(102, s0w, s0p))
        put(H.feature(103, s1w)); put(H.feature(104, s1p)); put(H.feature(105, s1w, s1p))
        put(H.feature(106, b0w)); put(H.feature(107, b0p)); put(H.feature(108, b0w, b0p))
        put(H.feature(109, b1w)); put(H.feature(110, b1p)); put(H.feature(111, b1w, b1p))
        put(H.feature(112, b2w, b2p)); put(H.feature(113, s2p)); put(H.feature(114, b2p))
        // pairs
        put(H.feature(120, s0w, s0p, b0w, b0p)); put(H.feature(121, s0w, s0p, b0w)); put(H.feature(122, s0w, b0w, b0p))
        put(H.feature(123, s0w, s0p, b0p)); put(H.feature(124, s0p, b0w, b0p)); put(H.feature(125, s0w, b0w))
        put(H.feature(126, s0p, b0p)); put(H.feature(127, b0p, b1p)); put(H.feature(128, s0w, s1w))
        put(H.feature(129, s0p, s1p)); put(H.feature(130, s0w, s0p, s1p)); put(H.feature(131, s0p, s1w, s1p))
        put(H.feature(132, b0w, b1w)); put(H.feature(133, b0w, b1p)); put(H.feature(134, b0p, b1w))
        put(H.feature(135, s1w, b0w)); put(H.feature(136, s1p, b0p))
        // triples of tags
        put(H.feature(140, b0p, b1p, b2p)); put(H.feature(141, s0p, b0p, b1p)); put(H.feature(142, s1p, s0p, b0p))
        put(H.feature(143, s0p, p(s0l1), b0p)); put(H.feature(144, s0p, p(s0r1), b0p)); put(H.feature(145, s0p, b0p, p(b0l1)))
        put(H.feature(146, s1p, s0p, p(s0l1))); put(H.feature(147, s1p, s0p, p(s0r1))); put(H.feature(148, s1p, p(s1r1), s0p))
        put(H.feature(149, s2p, s1p, s0p)); put(H.feature(150, s1p, p(s1l1), s0p))
        // distance
        put(H.feature(160, s0w, d1)); put(H.feature(161, s0p, d1)); put(H.feature(162, b0w, d1)); put(H.feature(163, b0p, d1))
        put(H.feature(164, s0w, b0w, d1)); put(H.feature(165, s0p, b0p, d1)); put(H.feature(166, s1p, s0p, d2))
        put(H.feature(167, s1w, s0w, d2))
        // valency
        put(H.feature(170, s0w, vr(s0))); put(H.feature(171, s0p, vr(s0))); put(H.feature(172, s0w, vl(s0)))
        put(H.feature(173, s0p, vl(s0))); put(H.feature(174, b0w, vl(b0))); put(H.feature(175, b0p, vl(b0)))
        put(H.feature(176, s1p, vr(s1))); put(H.feature(177, s1p, vl(s1)))
        // dependents
        put(H.feature(180, w(s0l1))); put(H.feature(181, p(s0l1))); put(H.feature(182, l(s0l1)))
        put(H.feature(183, w(s0r1))); put(H.feature(184, p(s0r1))); put(H.feature(185, l(s0r1)))
        put(H.feature(186, w(b0l1))); put(H.feature(187, p(b0l1))); put(H.feature(188, l(b0l1)))
        put(H.feature(189, p(s1r1))); put(H.feature(190, l(s1r1))); put(H.feature(191, p(s1l1))); put(H.feature(192, l(s1l1)))
        put(H.feature(193, p(s0l2), l(s0l2))); put(H.feature(194, p(s0r2), l(s0r2))); put(H.feature(195, p(b0l2), l(b0l2)))
        put(H.feature(196, s0p, l(s0l1), l(s0l2))); put(H.feature(197, s0p, l(s0r1), l(s0r2))); put(H.feature(198, b0p, l(b0l1), l(b0l2)))
        // label sets
        put(H.feature(200, s0w, ls(s0))); put(H.feature(201, s0p, ls(s0))); put(H.feature(202, s0w, rs(s0)))
        put(H.feature(203, s0p, rs(s0))); put(H.feature(204, b0w, ls(b0))); put(H.feature(205, b0p, ls(b0)))
        put(H.feature(206, s1p, rs(s1)))
        // words of the dependents with the head
        put(H.feature(210, s0p, w(s0l1))); put(H.feature(211, s0p, w(s0r1))); put(H.feature(212, b0p, w(b0l1)))
        assert(k == count)
    }
}

/// Feature templates of the label classifier, for an arc from `h` to `d` just made (d's dependents are complete).
public enum LabelFeatures {
    public static let count = 30

    @inline(__always)
    public static func extract(_ st: ParserState, head h: Int, dep d: Int, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                        into out: UnsafeMutablePointer<UInt64>) {
        let none = ParserFeatures.none
        @inline(__always) func w(_ i: Int) -> UInt64 { i >= 0 && i <= st.n ? words[i] : none }
        @inline(__always) func p(_ i: Int) -> UInt64 { i >= 0 && i <= st.n ? tags[i] : none }
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(st.labels[i]) &+ 300 : none }
        typealias H = SyntaxHash
        let hw = w(h), hp = p(h), dw = w(d), dp = p(d)
        let dir: UInt64 = d < h ? 1 : 2
        let dist = ParserFeatures.bucket(abs(h - d))
        let dl1 = Int(st.lc1[d]), dr1 = Int(st.rc1[d]), dl2 = Int(st.lc2[d])
        let hl1 = Int(st.lc1[h])
        var k = 0
        @inline(__always) func put(_ f: UInt64) { out[k] = f; k += 1 }
        put(H.feature(300, hw)); put(H.feature(301, hp)); put(H.feature(302, dw)); put(H.feature(303, dp))
        put(H.feature(304, hw, hp)); put(H.feature(305, dw, dp)); put(H.feature(306, hp, dp, dir)); put(H.feature(307, hw, dp, dir))
        put(H.feature(308, hp, dw, dir)); put(H.feature(309, hw, dw, dir)); put(H.feature(310, dp, dir, dist))
        put(H.feature(311, dp, st.lset[d])); put(H.feature(312, dp, st.rset[d])); put(H.feature(313, dp, w(dl1)))
        put(H.feature(314, dp, p(dl1))); put(H.feature(315, dp, p(dr1))); put(H.feature(316, dp, l(dl1)))
        put(H.feature(317, hp, st.lset[h])); put(H.feature(318, hp, st.rset[h])); put(H.feature(319, dp, p(d - 1)))
        put(H.feature(320, dp, p(d + 1))); put(H.feature(321, hp, dp, UInt64(st.nl[d]), UInt64(st.nr[d])))
        put(H.feature(322, hp, dw, dir, w(dl1))); put(H.feature(323, dw, l(dr1))); put(H.feature(324, hp, dp, p(dl1), p(dl2)))
        put(H.feature(325, hp, dp, dir, dist)); put(H.feature(326, hp, p(hl1), dp)); put(H.feature(327, dir, h == 0 ? 1 : 0, dp))
        put(H.feature(328, w(d - 1), dp)); put(H.feature(329, hp, dp, w(dl1)))
        assert(k == count)
    }
}
