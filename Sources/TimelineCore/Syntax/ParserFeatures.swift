/// Feature templates of the transition classifier (after Zhang & Nivre 2011): words and tags of the top of
/// the stack and the front of the buffer, their leftmost and rightmost dependents and labels, distance,
/// valency and label sets.
public enum ParserFeatures {
    public static let count = 88

    static let none: UInt64 = 0x7777
    @inline(__always) static func bucket(_ d: Int) -> UInt64 {
        UInt64(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8)
    }

    /// `words`, `tags`: hashes per position 0...n (0 is the root). Writes all `count` features.
    @inline(__always)
    public static func extract(_ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                               into out: UnsafeMutablePointer<UInt64>) {
        Atoms(st, words: words, tags: tags).write(into: out, singles: true)
    }

    /// Writes the features of `templates` only, in their order; returns them.
    @inline(__always)
    public static func extract(_ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>, templates: Templates,
                               into out: UnsafeMutablePointer<UInt64>) -> UnsafeBufferPointer<UInt64> {
        extract(st, words: words, tags: tags, templates: templates, prefetching: nil, into: out)
    }

    /// As `extract(_:words:tags:templates:into:)`, asking `table` for each feature's bucket as soon as it is hashed.
    @inline(__always)
    static func extract(_ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>, templates: Templates,
                        prefetching table: MoveTable?, into out: UnsafeMutablePointer<UInt64>) -> UnsafeBufferPointer<UInt64> {
        let a = Atoms(st, words: words, tags: tags)
        if templates.isAll {
            a.write(into: out, singles: true, prefetching: table)
            return UnsafeBufferPointer(start: out, count: count)
        }
        let singles = templates.indices.first.map { Int($0) < firstMulti } ?? false
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { all in
            a.write(into: all.baseAddress!, singles: singles, prefetching: table)
            _ = templates.select(all.baseAddress!, into: out)
        }
        return UnsafeBufferPointer(start: out, count: templates.count)
    }

    /// The word-class templates (`extractClasses`), used by a model trained with them after its other templates.
    public static let classCount = 6

    /// The WordNet classes (`WordClasses`; `classes`: per position 0...n) of s0, s1 and b0 with their tags and with
    /// each other: a word training saw rarely reads like known words of its class ("the ⟦trawler⟧ sank").
    @inline(__always)
    public static func extractClasses(_ st: ParserState, classes: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                                      into out: UnsafeMutablePointer<UInt64>) {
        let sc = st.stack.count
        let s0 = sc >= 1 ? Int(st.stack[sc - 1]) : -1, s1 = sc >= 2 ? Int(st.stack[sc - 2]) : -1
        let b0 = st.b0 <= st.n ? st.b0 : -1
        @inline(__always) func c(_ i: Int) -> UInt64 { i >= 0 ? classes[i] : none }
        @inline(__always) func p(_ i: Int) -> UInt64 { i >= 0 ? tags[i] : none }
        typealias H = SyntaxHash
        out[0] = H.feature(220, c(s0), p(s0))
        out[1] = H.feature(221, c(b0), p(b0))
        out[2] = H.feature(222, c(s0), c(b0))
        out[3] = H.feature(223, p(s0), c(b0))
        out[4] = H.feature(224, c(s0), p(b0))
        out[5] = H.feature(225, c(s1), c(s0))
    }

    /// The first template combining several positions (those before read one position alone).
    static let firstMulti = 15

    /// A position of the configuration that templates 0–14 read alone: each of them combines the word and tag
    /// hashes of one position, so its weights are the same in every configuration where the same word holds that
    /// role (`MovePlan` scores them once per word).
    public enum Role: Int, CaseIterable, Sendable { case s0, s1, s2, b0, b1, b2 }

    /// The role template `k` reads alone, or nil for a template combining several positions (15–87).
    public static func role(ofSingle k: Int) -> Role? {
        switch k {
        case 0...2: return .s0
        case 3...5: return .s1
        case 13: return .s2
        case 6...8: return .b0
        case 9...11: return .b1
        case 12, 14: return .b2
        default: return nil
        }
    }

    /// Template `k` (0–14) of the position whose word and tag hashes are `w` and `p`.
    @inline(__always)
    static func single(_ k: Int, w: UInt64, p: UInt64) -> UInt64 {
        typealias H = SyntaxHash
        switch k {
        case 0: return H.feature(100, w)
        case 1: return H.feature(101, p)
        case 2: return H.feature(102, w, p)
        case 3: return H.feature(103, w)
        case 4: return H.feature(104, p)
        case 5: return H.feature(105, w, p)
        case 6: return H.feature(106, w)
        case 7: return H.feature(107, p)
        case 8: return H.feature(108, w, p)
        case 9: return H.feature(109, w)
        case 10: return H.feature(110, p)
        case 11: return H.feature(111, w, p)
        case 12: return H.feature(112, w, p)
        case 13: return H.feature(113, p)
        case 14: return H.feature(114, p)
        default: return 0
        }
    }

    /// The parts of a configuration the templates combine: words (w), tags (p), labels (l) of the top three of the
    /// stack (s0–s2), the front of the buffer (b0–b2) and their leftmost and rightmost dependents (l1, l2, r1, r2),
    /// distances, valencies (vl, vr) and label sets (ls, rs).
    struct Atoms {
        let s0w, s0p, s1w, s1p, b0w, b0p, b1w, b1p, b2w, b2p, s2w, s2p: UInt64
        let s0l1w, s0l1p, s0l1l, s0r1w, s0r1p, s0r1l, b0l1w, b0l1p, b0l1l: UInt64
        let s1r1p, s1r1l, s1l1p, s1l1l, s0l2p, s0l2l, s0r2p, s0r2l, b0l2p, b0l2l: UInt64
        let d1, d2, s0vl, s0vr, b0vl, s1vl, s1vr, s0ls, s0rs, b0ls, s1rs: UInt64

        @inline(__always)
        init(_ st: ParserState, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>) {
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
            s0w = w(s0); s0p = p(s0); s1w = w(s1); s1p = p(s1); b0w = w(b0); b0p = p(b0)
            b1w = w(b1); b1p = p(b1); b2w = w(b2); b2p = p(b2); s2w = w(s2); s2p = p(s2)
            let s0l1 = lc1(s0), s0l2 = lc2(s0), s0r1 = rc1(s0), s0r2 = rc2(s0)
            let s1l1 = lc1(s1), s1r1 = rc1(s1), b0l1 = lc1(b0), b0l2 = lc2(b0)
            s0l1w = w(s0l1); s0l1p = p(s0l1); s0l1l = l(s0l1); s0r1w = w(s0r1); s0r1p = p(s0r1); s0r1l = l(s0r1)
            b0l1w = w(b0l1); b0l1p = p(b0l1); b0l1l = l(b0l1)
            s1r1p = p(s1r1); s1r1l = l(s1r1); s1l1p = p(s1l1); s1l1l = l(s1l1)
            s0l2p = p(s0l2); s0l2l = l(s0l2); s0r2p = p(s0r2); s0r2l = l(s0r2); b0l2p = p(b0l2); b0l2l = l(b0l2)
            d1 = (s0 > 0 && b0 > 0) ? bucket(b0 - s0) : none
            d2 = (s0 > 0 && s1 > 0) ? bucket(s0 - s1) : none
            s0vl = vl(s0); s0vr = vr(s0); b0vl = vl(b0); s1vl = vl(s1); s1vr = vr(s1)
            s0ls = ls(s0); s0rs = rs(s0); b0ls = ls(b0); s1rs = rs(s1)
        }

        /// The templates that read the label of a word's dependent just attached: after a left arc, those of b0's left
        /// dependents and label set; after a right arc, those of s0's right dependents and label set (the arc's
        /// dependent is a dependent of b0, or of s0, and of no other word the templates read).
        static let afterLeftArc = [67, 74, 77, 82, 83]
        static let afterRightArc = [64, 73, 76, 80, 81]

        /// Template `k` of `afterLeftArc` or `afterRightArc`.
        @inline(__always)
        func relabelled(_ k: Int) -> UInt64 {
            typealias H = SyntaxHash
            switch k {
            case 64: return H.feature(185, s0r1l)
            case 67: return H.feature(188, b0l1l)
            case 73: return H.feature(194, s0r2p, s0r2l)
            case 74: return H.feature(195, b0l2p, b0l2l)
            case 76: return H.feature(197, s0p, s0r1l, s0r2l)
            case 77: return H.feature(198, b0p, b0l1l, b0l2l)
            case 80: return H.feature(202, s0w, s0rs)
            case 81: return H.feature(203, s0p, s0rs)
            case 82: return H.feature(204, b0w, b0ls)
            case 83: return H.feature(205, b0p, b0ls)
            default: preconditionFailure("template \(k) reads no label of a new dependent")
            }
        }

        /// Writes template k (0..<count) at `out[k]`: unigrams 0–14 (only when `singles`), pairs 15–31, tag triples
        /// 32–42, distance 43–50, valency 51–58, dependents 59–77, label sets 78–84, words of the dependents with the
        /// head 85–87.
        @inline(__always)
        func write(into out: UnsafeMutablePointer<UInt64>, singles: Bool, prefetching table: MoveTable? = nil) {
            typealias H = SyntaxHash
            // (each feature's bucket asked for as soon as it is hashed, so that the reads overlap the hashing of the rest)
            @inline(__always) func put(_ k: Int, _ f: UInt64) {
                out[k] = f
                table?.prefetch(f)
            }
            if singles {
                for k in 0...2 { out[k] = single(k, w: s0w, p: s0p) }
                for k in 3...5 { out[k] = single(k, w: s1w, p: s1p) }
                for k in 6...8 { out[k] = single(k, w: b0w, p: b0p) }
                for k in 9...11 { out[k] = single(k, w: b1w, p: b1p) }
                out[12] = single(12, w: b2w, p: b2p)
                out[13] = single(13, w: s2w, p: s2p)
                out[14] = single(14, w: b2w, p: b2p)
            }
            put(15, H.feature(120, s0w, s0p, b0w, b0p))
            put(16, H.feature(121, s0w, s0p, b0w))
            put(17, H.feature(122, s0w, b0w, b0p))
            put(18, H.feature(123, s0w, s0p, b0p))
            put(19, H.feature(124, s0p, b0w, b0p))
            put(20, H.feature(125, s0w, b0w))
            put(21, H.feature(126, s0p, b0p))
            put(22, H.feature(127, b0p, b1p))
            put(23, H.feature(128, s0w, s1w))
            put(24, H.feature(129, s0p, s1p))
            put(25, H.feature(130, s0w, s0p, s1p))
            put(26, H.feature(131, s0p, s1w, s1p))
            put(27, H.feature(132, b0w, b1w))
            put(28, H.feature(133, b0w, b1p))
            put(29, H.feature(134, b0p, b1w))
            put(30, H.feature(135, s1w, b0w))
            put(31, H.feature(136, s1p, b0p))
            put(32, H.feature(140, b0p, b1p, b2p))
            put(33, H.feature(141, s0p, b0p, b1p))
            put(34, H.feature(142, s1p, s0p, b0p))
            put(35, H.feature(143, s0p, s0l1p, b0p))
            put(36, H.feature(144, s0p, s0r1p, b0p))
            put(37, H.feature(145, s0p, b0p, b0l1p))
            put(38, H.feature(146, s1p, s0p, s0l1p))
            put(39, H.feature(147, s1p, s0p, s0r1p))
            put(40, H.feature(148, s1p, s1r1p, s0p))
            put(41, H.feature(149, s2p, s1p, s0p))
            put(42, H.feature(150, s1p, s1l1p, s0p))
            put(43, H.feature(160, s0w, d1))
            put(44, H.feature(161, s0p, d1))
            put(45, H.feature(162, b0w, d1))
            put(46, H.feature(163, b0p, d1))
            put(47, H.feature(164, s0w, b0w, d1))
            put(48, H.feature(165, s0p, b0p, d1))
            put(49, H.feature(166, s1p, s0p, d2))
            put(50, H.feature(167, s1w, s0w, d2))
            put(51, H.feature(170, s0w, s0vr))
            put(52, H.feature(171, s0p, s0vr))
            put(53, H.feature(172, s0w, s0vl))
            put(54, H.feature(173, s0p, s0vl))
            put(55, H.feature(174, b0w, b0vl))
            put(56, H.feature(175, b0p, b0vl))
            put(57, H.feature(176, s1p, s1vr))
            put(58, H.feature(177, s1p, s1vl))
            put(59, H.feature(180, s0l1w))
            put(60, H.feature(181, s0l1p))
            put(61, H.feature(182, s0l1l))
            put(62, H.feature(183, s0r1w))
            put(63, H.feature(184, s0r1p))
            put(64, relabelled(64))
            put(65, H.feature(186, b0l1w))
            put(66, H.feature(187, b0l1p))
            put(67, relabelled(67))
            put(68, H.feature(189, s1r1p))
            put(69, H.feature(190, s1r1l))
            put(70, H.feature(191, s1l1p))
            put(71, H.feature(192, s1l1l))
            put(72, H.feature(193, s0l2p, s0l2l))
            put(73, relabelled(73))
            put(74, relabelled(74))
            put(75, H.feature(196, s0p, s0l1l, s0l2l))
            put(76, relabelled(76))
            put(77, relabelled(77))
            put(78, H.feature(200, s0w, s0ls))
            put(79, H.feature(201, s0p, s0ls))
            put(80, relabelled(80))
            put(81, relabelled(81))
            put(82, relabelled(82))
            put(83, relabelled(83))
            put(84, H.feature(206, s1p, s1rs))
            put(85, H.feature(210, s0p, s0l1w))
            put(86, H.feature(211, s0p, s0r1w))
            put(87, H.feature(212, b0p, b0l1w))
        }
    }
}

/// Feature templates of the label classifier, for an arc from `h` to `d` just made (d's dependents are complete).
public enum LabelFeatures {
    public static let count = 30
    /// The word-class templates (`extractClasses`), used by a model trained with them after its other templates.
    public static let classCount = 3

    /// The WordNet classes (`WordClasses`) of the dependent and the head: "on ⟦Tuesday⟧" (noun.time) is an oblique of
    /// time, "the ⟦mayor⟧ said" (noun.person) a subject.
    @inline(__always)
    public static func extractClasses(_ st: ParserState, head h: Int, dep d: Int, classes: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                                      into out: UnsafeMutablePointer<UInt64>) {
        let dir: UInt64 = d < h ? 1 : 2
        typealias H = SyntaxHash
        out[0] = H.feature(330, classes[d], tags[d], dir)
        out[1] = H.feature(331, classes[h], classes[d])
        out[2] = H.feature(332, tags[h], classes[d], dir)
    }

    /// The key of a fixed label (`SyntaxModel.fixedLabels`): the head's and the dependent's tag hashes and the side.
    @inline(__always)
    public static func pairKey(head: UInt64, dep: UInt64, left: Bool) -> UInt64 { SyntaxHash.feature(399, head, dep, left ? 1 : 2) }

    @inline(__always)
    public static func extract(_ st: ParserState, head h: Int, dep d: Int, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                        into out: UnsafeMutablePointer<UInt64>) {
        extract(st, head: h, dep: d, words: words, tags: tags, prefetching: nil, into: out)
    }

    /// As `extract(_:head:dep:words:tags:into:)`, asking `table` for each feature's bucket as soon as it is hashed.
    @inline(__always)
    static func extract(_ st: ParserState, head h: Int, dep d: Int, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>,
                        prefetching table: WeightTable?, into out: UnsafeMutablePointer<UInt64>) {
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
        @inline(__always) func put(_ f: UInt64) {
            out[k] = f
            k += 1
            table?.prefetch(f)
        }
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
