/// How a date was derived, for people, kept as two pieces read as one string: a piece that names the article's own
/// words ("'March 2'", "no date in its sentence: the day the article's story is at, Tue 2 Apr 2024") and one that
/// names the rule and its anchor (" in an article published Tue 2 Apr 2024 (the nearest such date)", " ('Jun. 6')").
/// Each piece repeats across the articles of a load where the whole rarely does (a derivation names its article's
/// day and words together), so the load holds each piece once (`CorpusValues`) and the whole is made when read.
///
/// Compared and hashed as the string it reads as, however it is cut.
struct DerivationText: Hashable, Sendable {
    private(set) var head: String
    private(set) var tail: String

    init(_ whole: String = "") {
        head = whole
        tail = ""
    }

    init(head: String, tail: String) {
        self.head = head
        self.tail = tail
    }

    /// The derivation as read: the two pieces joined.
    var string: String { tail.isEmpty ? head : head.isEmpty ? tail : head + tail }

    var isEmpty: Bool { head.isEmpty && tail.isEmpty }

    /// The same text with each piece replaced by `share(piece)`, an equal string held once elsewhere.
    func sharing(_ share: (String) -> String) -> DerivationText {
        DerivationText(head: share(head), tail: share(tail))
    }

    static func == (a: DerivationText, b: DerivationText) -> Bool {
        a.head == b.head && a.tail == b.tail || a.string == b.string
    }

    func hash(into h: inout Hasher) { h.combine(string) }
}
