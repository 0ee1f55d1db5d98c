/// The part-of-speech tagger's feature templates: the word, its affixes and shape, two words either side,
/// the tags already given to the two words before it, and the tags the neighbours had in training.
public enum TaggerFeatures {
    public static let count = 36

    /// Writes the features of word `i` into `out` (which has room for `count`). `p1`, `p2`: the tags of the two
    /// previous words (class index, or -1 and -2 before the start).
    @inline(__always)
    public static func extract(_ w: [WordAtoms], _ i: Int, _ p1: Int, _ p2: Int, into out: UnsafeMutablePointer<UInt64>) {
        let pad = WordAtoms.padding
        let n = w.count
        let c = w[i]
        let m1 = i >= 1 ? w[i - 1] : pad, m2 = i >= 2 ? w[i - 2] : pad
        let n1 = i + 1 < n ? w[i + 1] : pad, n2 = i + 2 < n ? w[i + 2] : pad
        let t1 = UInt64(bitPattern: Int64(p1)) &+ 1000, t2 = UInt64(bitPattern: Int64(p2)) &+ 1000
        typealias H = SyntaxHash
        out[0] = H.feature(0, 1)
        out[1] = H.feature(1, c.norm)
        out[2] = H.feature(2, c.formHash)
        out[3] = H.feature(3, c.suffix.0)
        out[4] = H.feature(4, c.suffix.1)
        out[5] = H.feature(5, c.suffix.2)
        out[6] = H.feature(6, c.suffix.3)
        out[7] = H.feature(7, c.prefix.0)
        out[8] = H.feature(8, c.prefix.1)
        out[9] = H.feature(9, c.prefix.2)
        out[10] = H.feature(10, c.shape)
        out[11] = H.feature(11, m1.norm)
        out[12] = H.feature(12, m2.norm)
        out[13] = H.feature(13, n1.norm)
        out[14] = H.feature(14, n2.norm)
        out[15] = H.feature(15, m1.suffix.2)
        out[16] = H.feature(16, n1.suffix.2)
        out[17] = H.feature(17, n1.suffix.1)
        out[18] = H.feature(18, t1)
        out[19] = H.feature(19, t2)
        out[20] = H.feature(20, t1, t2)
        out[21] = H.feature(21, t1, c.norm)
        out[22] = H.feature(22, m1.norm, c.norm)
        out[23] = H.feature(23, c.norm, n1.norm)
        out[24] = H.feature(24, m1.shape, c.shape)
        out[25] = H.feature(25, n1.shape)
        out[26] = H.feature(26, c.ambiguity)
        out[27] = H.feature(27, n1.ambiguity)
        out[28] = H.feature(28, n2.ambiguity)
        out[29] = H.feature(29, c.ambiguity, n1.ambiguity)
        out[30] = H.feature(30, t1, n1.ambiguity)
        out[31] = H.feature(31, c.norm, n1.ambiguity)
        out[32] = H.feature(32, i == 0 ? 1 : 0, c.shape)
        out[33] = H.feature(33, t1, c.suffix.2)
        out[34] = H.feature(34, m1.norm, n1.norm)
        out[35] = H.feature(35, n1.norm, n2.norm)
    }
}
