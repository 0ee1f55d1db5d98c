/// One syntactic word with its predicted analysis (Universal Dependencies conventions).
public struct ParsedWord: Hashable, Sendable {
    public var form: String
    /// Universal part of speech ("NOUN", "VERB", ...).
    public var upos: String
    /// Penn Treebank tag ("NNS", "VBD", ...).
    public var xpos: String
    public var lemma: String
    /// 1-based index of the head word in the sentence; 0 for the root.
    public var head: Int
    /// UD relation with its subtype ("nsubj", "obl:tmod", "root").
    public var deprel: String
    /// Where the word is in the document, when it came from the tokenizer.
    public var range: TextRange?

    public init(form: String, upos: String = "_", xpos: String = "_", lemma: String = "_", head: Int = 0,
                deprel: String = "_", range: TextRange? = nil) {
        self.form = form
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.range = range
    }
}

/// A sentence's words with tags, lemmas and a dependency tree (word i's head is `words[i].head`, 1-based).
public struct ParsedSentence: Hashable, Sendable {
    public var words: [ParsedWord]

    public init(words: [ParsedWord]) { self.words = words }

    /// Index (0-based) of the root word, if any.
    public var root: Int? { words.firstIndex { $0.head == 0 } }

    /// 0-based indices of the dependents of the word at 0-based `index`.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index + 1 }
    }
}
