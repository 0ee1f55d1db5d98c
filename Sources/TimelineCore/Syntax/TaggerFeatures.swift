/// The part-of-speech tagger's feature templates: the word, its affixes and shape, two words either side,
/// the tags already given to the two words before it, and the tags the neighbours had in training.
public enum TaggerFeatures {
    public static let count = 36
    /// The second pass's templates: the first pass's, then the tags the first pass gave this word and its neighbours.
    public static let secondCount = 57
    /// The word-class templates (`extractClasses`), which the first pass's template list numbers after its `count`.
    public static let classCount = 12
    /// The first pass's templates: `count`, then the word-class ones.
    public static let firstCount = count + classCount
    /// The first pass's templates without the word classes (those of a model file of format 4, 5 or 6).
    public static let base = Templates(Array(0..<count), of: firstCount)

    /// Writes the word-class features of word `i` (`WordAtoms.wordClass`, `wordPos`: WordNet's, see `WordClasses`)
    /// into `out` (room for `classCount`): the first pass's templates `count..<firstCount`. Some only for a word
    /// training saw rarely (no tag set), where the word's own features say little.
    @inline(__always)
    public static func extractClasses(_ w: [WordAtoms], _ i: Int, _ p1: Int, into out: UnsafeMutablePointer<UInt64>) {
        w.withUnsafeBufferPointer { extractClasses($0, i, p1, into: out) }
    }

    /// As `extractClasses` above, reading the words in place.
    @inline(__always)
    static func extractClasses(_ w: UnsafeBufferPointer<WordAtoms>, _ i: Int, _ p1: Int, into out: UnsafeMutablePointer<UInt64>) {
        let pad = UnsafePointer(WordAtoms.paddingInPlace), base = w.baseAddress!
        let n = w.count
        let c = base + i
        let m1 = i >= 1 ? base + (i - 1) : pad, n1 = i + 1 < n ? base + (i + 1) : pad
        let t1 = UInt64(bitPattern: Int64(p1)) &+ 1000
        let rare = c.pointee.isRare
        let rc = rare ? c.pointee.wordClass : 0, rp = rare ? c.pointee.wordPos : 0
        typealias H = SyntaxHash
        out[0] = H.feature(60, c.pointee.wordClass)
        out[1] = H.feature(61, c.pointee.wordPos)
        out[2] = H.feature(62, t1, c.pointee.wordPos)
        out[3] = H.feature(63, m1.pointee.wordPos)
        out[4] = H.feature(64, n1.pointee.wordPos)
        out[5] = H.feature(65, c.pointee.wordPos, n1.pointee.wordPos)
        out[6] = H.feature(66, c.pointee.wordPos, c.pointee.suffix.2)
        out[7] = H.feature(67, rc)
        out[8] = H.feature(68, t1, rc)
        out[9] = H.feature(69, rp, c.pointee.suffix.2)
        out[10] = H.feature(70, rp, c.pointee.shape)
        out[11] = H.feature(71, m1.pointee.wordPos, c.pointee.wordPos)
    }

    /// Writes the features of word `i` into `out` (which has room for `count`). `p1`, `p2`: the tags of the two
    /// previous words (class index, or -1 and -2 before the start).
    @inline(__always)
    public static func extract(_ w: [WordAtoms], _ i: Int, _ p1: Int, _ p2: Int, into out: UnsafeMutablePointer<UInt64>) {
        w.withUnsafeBufferPointer { extract($0, i, p1, p2, into: out) }
    }

    /// As `extract` above, reading the words in place (no copy of a word's atoms per feature).
    @inline(__always)
    static func extract(_ w: UnsafeBufferPointer<WordAtoms>, _ i: Int, _ p1: Int, _ p2: Int, into out: UnsafeMutablePointer<UInt64>) {
        let pad = UnsafePointer(WordAtoms.paddingInPlace), base = w.baseAddress!
        let n = w.count
        let c = base + i
        let m1 = i >= 1 ? base + (i - 1) : pad, m2 = i >= 2 ? base + (i - 2) : pad
        let n1 = i + 1 < n ? base + (i + 1) : pad, n2 = i + 2 < n ? base + (i + 2) : pad
        let t1 = UInt64(bitPattern: Int64(p1)) &+ 1000, t2 = UInt64(bitPattern: Int64(p2)) &+ 1000
        typealias H = SyntaxHash
        out[0] = H.feature(0, 1)
        out[1] = H.feature(1, c.pointee.norm)
        out[2] = H.feature(2, c.pointee.formHash)
        out[3] = H.feature(3, c.pointee.suffix.0)
        out[4] = H.feature(4, c.pointee.suffix.1)
        out[5] = H.feature(5, c.pointee.suffix.2)
        out[6] = H.feature(6, c.pointee.suffix.3)
        out[7] = H.feature(7, c.pointee.prefix.0)
        out[8] = H.feature(8, c.pointee.prefix.1)
        out[9] = H.feature(9, c.pointee.prefix.2)
        out[10] = H.feature(10, c.pointee.shape)
        out[11] = H.feature(11, m1.pointee.norm)
        out[12] = H.feature(12, m2.pointee.norm)
        out[13] = H.feature(13, n1.pointee.norm)
        out[14] = H.feature(14, n2.pointee.norm)
        out[15] = H.feature(15, m1.pointee.suffix.2)
        out[16] = H.feature(16, n1.pointee.suffix.2)
        out[17] = H.feature(17, n1.pointee.suffix.1)
        out[18] = H.feature(18, t1)
        out[19] = H.feature(19, t2)
        out[20] = H.feature(20, t1, t2)
        out[21] = H.feature(21, t1, c.pointee.norm)
        out[22] = H.feature(22, m1.pointee.norm, c.pointee.norm)
        out[23] = H.feature(23, c.pointee.norm, n1.pointee.norm)
        out[24] = H.feature(24, m1.pointee.shape, c.pointee.shape)
        out[25] = H.feature(25, n1.pointee.shape)
        out[26] = H.feature(26, c.pointee.ambiguity)
        out[27] = H.feature(27, n1.pointee.ambiguity)
        out[28] = H.feature(28, n2.pointee.ambiguity)
        out[29] = H.feature(29, c.pointee.ambiguity, n1.pointee.ambiguity)
        out[30] = H.feature(30, t1, n1.pointee.ambiguity)
        out[31] = H.feature(31, c.pointee.norm, n1.pointee.ambiguity)
        out[32] = H.feature(32, i == 0 ? 1 : 0, c.pointee.shape)
        out[33] = H.feature(33, t1, c.pointee.suffix.2)
        out[34] = H.feature(34, m1.pointee.norm, n1.pointee.norm)
        out[35] = H.feature(35, n1.pointee.norm, n2.pointee.norm)
    }

    /// How many of the templates of `extract` read the words alone (`extractWords`) and how many the tags of the two
    /// previous words (`extractTags`).
    public static let wordsCount = 30
    public static let tagsCount = 6

    /// The features of `extract` that read the words alone, in another order (all but templates 18–21, 30 and 33):
    /// known before the words to the left are tagged.
    @inline(__always)
    static func extractWords(_ w: UnsafeBufferPointer<WordAtoms>, _ i: Int, into out: UnsafeMutablePointer<UInt64>) {
        let pad = UnsafePointer(WordAtoms.paddingInPlace), base = w.baseAddress!
        let n = w.count
        let c = base + i
        let m1 = i >= 1 ? base + (i - 1) : pad, m2 = i >= 2 ? base + (i - 2) : pad
        let n1 = i + 1 < n ? base + (i + 1) : pad, n2 = i + 2 < n ? base + (i + 2) : pad
        typealias H = SyntaxHash
        out[0] = H.feature(0, 1)
        out[1] = H.feature(1, c.pointee.norm)
        out[2] = H.feature(2, c.pointee.formHash)
        out[3] = H.feature(3, c.pointee.suffix.0)
        out[4] = H.feature(4, c.pointee.suffix.1)
        out[5] = H.feature(5, c.pointee.suffix.2)
        out[6] = H.feature(6, c.pointee.suffix.3)
        out[7] = H.feature(7, c.pointee.prefix.0)
        out[8] = H.feature(8, c.pointee.prefix.1)
        out[9] = H.feature(9, c.pointee.prefix.2)
        out[10] = H.feature(10, c.pointee.shape)
        out[11] = H.feature(11, m1.pointee.norm)
        out[12] = H.feature(12, m2.pointee.norm)
        out[13] = H.feature(13, n1.pointee.norm)
        out[14] = H.feature(14, n2.pointee.norm)
        out[15] = H.feature(15, m1.pointee.suffix.2)
        out[16] = H.feature(16, n1.pointee.suffix.2)
        out[17] = H.feature(17, n1.pointee.suffix.1)
        out[18] = H.feature(22, m1.pointee.norm, c.pointee.norm)
        out[19] = H.feature(23, c.pointee.norm, n1.pointee.norm)
        out[20] = H.feature(24, m1.pointee.shape, c.pointee.shape)
        out[21] = H.feature(25, n1.pointee.shape)
        out[22] = H.feature(26, c.pointee.ambiguity)
        out[23] = H.feature(27, n1.pointee.ambiguity)
        out[24] = H.feature(28, n2.pointee.ambiguity)
        out[25] = H.feature(29, c.pointee.ambiguity, n1.pointee.ambiguity)
        out[26] = H.feature(31, c.pointee.norm, n1.pointee.ambiguity)
        out[27] = H.feature(32, i == 0 ? 1 : 0, c.pointee.shape)
        out[28] = H.feature(34, m1.pointee.norm, n1.pointee.norm)
        out[29] = H.feature(35, n1.pointee.norm, n2.pointee.norm)
    }

    /// The features of `extract` that read the tags of the two previous words (`p1`, `p2` as there): templates 18–21,
    /// 30 and 33.
    @inline(__always)
    static func extractTags(_ w: UnsafeBufferPointer<WordAtoms>, _ i: Int, _ p1: Int, _ p2: Int, into out: UnsafeMutablePointer<UInt64>) {
        let pad = UnsafePointer(WordAtoms.paddingInPlace), base = w.baseAddress!
        let c = base + i, n1 = i + 1 < w.count ? base + (i + 1) : pad
        let t1 = UInt64(bitPattern: Int64(p1)) &+ 1000, t2 = UInt64(bitPattern: Int64(p2)) &+ 1000
        typealias H = SyntaxHash
        out[0] = H.feature(18, t1)
        out[1] = H.feature(19, t2)
        out[2] = H.feature(20, t1, t2)
        out[3] = H.feature(21, t1, c.pointee.norm)
        out[4] = H.feature(30, t1, n1.pointee.ambiguity)
        out[5] = H.feature(33, t1, c.pointee.suffix.2)
    }

    /// The features of word `i` for the second pass (`secondCount` of them): the first pass's templates, then the
    /// first pass's tags (`first`, one per word) of the word itself, the word before it and the two after it, so that
    /// a word's tag can depend on the words to its right ("Talks over pay broke down": "broke" a verb makes "pay" a noun).
    @inline(__always)
    public static func extractSecond(_ w: [WordAtoms], _ i: Int, _ p1: Int, _ p2: Int, first: UnsafePointer<Int>,
                                     into out: UnsafeMutablePointer<UInt64>) {
        extract(w, i, p1, p2, into: out)
        let n = w.count
        func tag(_ k: Int, _ pad: Int) -> UInt64 { UInt64(bitPattern: Int64(k >= 0 && k < n ? first[k] : pad)) &+ 1000 }
        let f0 = tag(i, 0), b1 = tag(i - 1, -1), a1 = tag(i + 1, -3), a2 = tag(i + 2, -4), a3 = tag(i + 3, -5)
        let t1 = UInt64(bitPattern: Int64(p1)) &+ 1000, t2 = UInt64(bitPattern: Int64(p2)) &+ 1000
        let c = w[i], n1 = i + 1 < n ? w[i + 1] : WordAtoms.padding, n2 = i + 2 < n ? w[i + 2] : WordAtoms.padding
        let m1 = i >= 1 ? w[i - 1] : WordAtoms.padding
        typealias H = SyntaxHash
        out[36] = H.feature(36, f0)
        out[37] = H.feature(37, a1)
        out[38] = H.feature(38, a2)
        out[39] = H.feature(39, a1, a2)
        out[40] = H.feature(40, t1, a1)
        out[41] = H.feature(41, c.norm, a1)
        out[42] = H.feature(42, f0, a1)
        out[43] = H.feature(43, b1, f0, a1)
        out[44] = H.feature(44, c.norm, n1.norm, a2)
        out[45] = H.feature(45, c.ambiguity, a1)
        out[46] = H.feature(46, c.suffix.2, a1)
        out[47] = H.feature(47, n1.norm, a1)
        out[48] = H.feature(48, t1, f0, a1)
        out[49] = H.feature(49, a1, a2, a3)
        out[50] = H.feature(50, c.shape, a1)
        out[51] = H.feature(51, t2, t1, a1)
        out[52] = H.feature(52, b1, a1)
        out[53] = H.feature(53, c.suffix.2, f0, a1)
        out[54] = H.feature(54, n2.norm, a2)
        out[55] = H.feature(55, n1.suffix.2, a1)
        out[56] = H.feature(56, m1.norm, a1)
    }
}
