/// A clause of a sentence: a token range and how it relates to the rest of the sentence.
struct Clause: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case main
        /// Opened by "after", "while", "as"…; `word` is the subordinator.
        case subordinate(word: String)
        /// The content of a reporting verb at token `reporter`: "Kyiv claimed that ⟦its forces have re-taken villages⟧".
        case complement(reporter: Int)
        /// A reporting clause after its content: "…, ⟦says the Kremlin⟧."
        case postposedReporter(reporter: Int)
    }
    var lo: Int
    var hi: Int
    var kind: Kind
}

/// Splits a sentence's tokens into clauses at reporting-verb complements, "after"/"while"/"as" clauses,
/// coordination ("…, but …", "…, and …"), semicolons and postposed reporters (", says X").
enum ClauseSplitter {
    static let subordinators: Set<String> = ["after", "while", "whereas", "although", "because", "though"]

    static func split(_ t: [EventWord]) -> [Clause] {
        let n = t.count
        guard n > 0 else { return [] }
        var starts: [(Int, Clause.Kind)] = [(0, .main)]
        var skipUntil = 0
        if subordinators.contains(t[0].norm), let comma = t.firstIndex(where: { $0.norm == "," }) {
            starts = [(0, .subordinate(word: t[0].norm)), (comma + 1, .main)]
            skipUntil = comma + 1
        }
        for i in 0..<n where i >= skipUntil {
            let w = t[i].norm
            if w == ";" {
                starts.append((i + 1, .main))
            } else if i > 0, subordinators.contains(w) || (w == "as" && t[i - 1].norm == ",") {
                starts.append((i, .subordinate(word: w)))
            } else if w == ",", i + 1 < n, t[i + 1].norm == "and" || t[i + 1].norm == "but" {
                starts.append((i + 1, inheritedKind(starts)))
            } else if w == "but", i > 0, t[i - 1].norm != "," {
                starts.append((i, inheritedKind(starts)))
            } else if t[i].isWord, TriggerLexicon.reportingForms[w] != nil {
                if i > 0, t[i - 1].norm == "," || FunctionWords.quoteMarks.contains(t[i - 1].norm),
                   restIsNounPhrase(t, from: i + 1) {
                    // ", says the Kremlin." — the reporter follows its content.
                    starts.append((i - 1, .postposedReporter(reporter: i)))
                } else if let c = complementStart(t, reporter: i) {
                    starts.append((c, .complement(reporter: i)))
                }
            }
        }
        starts.sort { $0.0 < $1.0 }
        var clauses: [Clause] = []
        for (k, (lo, kind)) in starts.enumerated() {
            let hi = k + 1 < starts.count ? starts[k + 1].0 : n
            if lo < hi { clauses.append(Clause(lo: lo, hi: hi, kind: kind)) }
            else if !clauses.isEmpty, lo == hi { continue }
        }
        return clauses
    }

    /// Coordination keeps the kind of the clause it continues (inside a complement it stays reported content).
    static func inheritedKind(_ starts: [(Int, Clause.Kind)]) -> Clause.Kind {
        guard let last = starts.last else { return .main }
        if case .complement = last.1 { return last.1 }
        return .main
    }

    /// Where the content of a reporting verb begins: after "that" (within a few words), after ":",
    /// or right after the verb when a subject follows ("announced it has …").
    static func complementStart(_ t: [EventWord], reporter i: Int) -> Int? {
        let n = t.count
        var j = i + 1
        while j < n, j <= i + 7 {
            let w = t[j].norm
            if w == "that" { return j + 1 }
            if w == ":" { return j + 1 }
            if w == "." || w == ";" || FunctionWords.quoteMarks.contains(w) { break }
            j += 1
        }
        guard i + 1 < n else { return nil }
        let next = t[i + 1]
        if next.isWord, FunctionWords.subjectPronouns.contains(next.norm) || ["the", "its", "their", "his", "her"].contains(next.norm) {
            return i + 1
        }
        return nil
    }

    /// True when the tokens from `k` to the end are a short noun phrase and punctuation (", says the Kremlin.").
    static func restIsNounPhrase(_ t: [EventWord], from k: Int) -> Bool {
        let rest = t[min(k, t.count)...].filter { $0.isWord }
        guard !rest.isEmpty, rest.count <= 8 else { return false }
        return rest.allSatisfy { !FunctionWords.auxiliaries.contains($0.norm) || $0.norm == "to" }
            && !rest.contains { $0.norm == "that" }
    }
}
