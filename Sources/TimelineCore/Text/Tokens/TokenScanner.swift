/// ASCII tests on a scalar value, without the Unicode property tables (the scanner's fast paths).
private extension UInt32 {
    @inline(__always) var isASCIILetter: Bool { (self | 32) &- 97 < 26 }
    @inline(__always) var isASCIIUpper: Bool { self &- 65 < 26 }
    @inline(__always) var isASCIIDigit: Bool { self &- 48 < 10 }
    /// Lowercase for ASCII capitals, else the value itself.
    @inline(__always) var foldedASCII: UInt32 { isASCIIUpper ? self + 32 : self }
}

/// The tokenizer's one pass over a text: white-space-delimited chunks, cut into tokens as UD English does; each token
/// goes to the sink as it is found.
struct TokenScanner<Sink: TokenSink> {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    /// `ASCIIClass.table`, read once per text.
    let classes = ASCIIClass.table

    func run(into out: inout Sink) {
        var i = 0
        let n = s.count
        while i < n {
            if s[i].isTokenSeparator { i += 1; continue }
            var j = i
            var at = false
            while j < n {
                let v = s[j].value
                if v < 128 {
                    if v <= 32 || v == 127 { break }
                    if v == 64 { at = true }
                } else if s[j].isTokenSeparator { break }
                j += 1
            }
            chunk(i, j, hasAt: at, into: &out)
            i = j
        }
    }

    /// One white-space-delimited chunk [a, b), `hasAt` when it holds an "@".
    private func chunk(_ a: Int, _ b: Int, hasAt: Bool, into out: inout Sink) {
        if let (ua, ub) = urlCore(a, b, hasAt: hasAt) {
            var i = a
            while i < ua { i = piece(i, b, into: &out) }
            emit(ua, ub, extra: .url, into: &out)
            i = ub
            while i < b { i = piece(i, b, into: &out) }
        } else {
            var i = a
            while i < b { i = piece(i, b, into: &out) }
        }
    }

    /// A web or e-mail address inside the chunk, without surrounding brackets, quotes and final punctuation.
    private func urlCore(_ a: Int, _ b: Int, hasAt: Bool) -> (Int, Int)? {
        var lo = a, hi = b
        while lo < hi && isOpener(s[lo]) { lo += 1 }
        // Only a chunk opening with a scheme or "www." (in any case) or holding an "@" can be an address: the
        // rest (nearly every chunk) is decided on its first two scalars ("ht", "ft", "ww" in any case).
        guard lo + 1 < hi else { return nil }
        let f0 = s[lo].value.foldedASCII, f1 = s[lo + 1].value.foldedASCII
        guard hasAt || ((f0 == 104 || f0 == 102) && f1 == 116) || (f0 == 119 && f1 == 119) else { return nil }
        while hi > lo && isTrailer(s[hi - 1]) { hi -= 1 }
        guard hi - lo >= 5 else { return nil }
        guard startsWithASCII(lo, hi, "http://") || startsWithASCII(lo, hi, "https://") || startsWithASCII(lo, hi, "ftp://")
              || startsWithASCII(lo, hi, "www.") || s[lo..<hi].contains("@") else { return nil }
        let lower = String(String.UnicodeScalarView(s[lo..<hi])).lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") || lower.hasPrefix("www.") {
            return (lo, hi)
        }
        // name@domain.tld
        if let at = lower.firstIndex(of: "@"), at != lower.startIndex {
            let domain = lower[lower.index(after: at)...]
            if let dot = domain.lastIndex(of: "."), dot != domain.startIndex,
               domain[domain.index(after: dot)...].count >= 2, domain[domain.index(after: dot)...].allSatisfy(\.isLetter) {
                return (lo, hi)
            }
        }
        return nil
    }

    /// Whether the scalars from `lo` (before `hi`) open with `prefix` (lowercase ASCII), in any case. No scalar
    /// outside ASCII lowercases to the letters of "http://", "https://", "ftp://" or "www.", so this is the test
    /// `lowercased().hasPrefix(prefix)` makes.
    private func startsWithASCII(_ lo: Int, _ hi: Int, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard hi - lo >= n else { return false }
        return prefix.withUTF8Buffer { p in
            for k in 0..<n where s[lo + k].value.foldedASCII != UInt32(p[k]) { return false }
            return true
        }
    }

    private func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "\"", "'", "[", "<", "{", "\u{201C}", "\u{2018}", "\u{00AB}": return true
        default: return false
        }
    }
    private func isTrailer(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")", "\"", "'", ">", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}": return true
        default: return false
        }
    }

    @inline(__always)
    private func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v.isASCIILetter || v.isASCIIDigit }
        return isWordBeyondASCII(c)
    }

    // Out of line, as the property tests of `ScalarClasses` (a function reading `Unicode.Scalar.Properties` pays for
    // it on every call).
    @inline(never)
    private func isWordBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || isMark(c)
    }

    @inline(__always)
    private func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        return isMarkBeyond(c)
    }

    @inline(never)
    private func isMarkBeyond(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: return c.properties.isVariationSelector
        }
    }

    private func isRegional(_ c: Unicode.Scalar) -> Bool { c.value >= 0x1F1E6 && c.value <= 0x1F1FF }
    private func isSkinTone(_ c: Unicode.Scalar) -> Bool { c.value >= 0x1F3FB && c.value <= 0x1F3FF }


    /// Emits the token starting at `i` (before `b`) and returns where the next one starts.
    private func piece(_ i: Int, _ b: Int, into out: inout Sink) -> Int {
        let c = s[i]
        if isWord(c) && !isMark(c) { return word(i, b, into: &out) }
        // A run of periods, of hyphens, or of the same dash: one token.
        if c == "." || c == "-" || c == "\u{2014}" || c == "\u{2013}" || c == "*" || c == "=" || c == "!" || c == "?" {
            var j = i + 1
            while j < b && s[j] == c { j += 1 }
            if j - i > 1 || c != "-" || !(j < b && s[j].isDigit) || !startsNumber(i, b) {
                emit(i, j, into: &out)
                return j
            }
            // "-4": a signed number.
            return word(i, b, into: &out)
        }
        // One punctuation mark or symbol, with any marks and variation selectors that follow it (emoji sequences).
        var j = i + 1
        // A flag is a pair of regional indicators.
        if isRegional(c) && j < b && isRegional(s[j]) { j += 1 }
        while j < b && (isMark(s[j]) || isSkinTone(s[j]) || (s[j] == "\u{200D}" && j + 1 < b)) {
            j += s[j] == "\u{200D}" ? 2 : 1
        }
        emit(i, min(j, b), into: &out)
        return min(j, b)
    }

    /// A minus sign starts a number only at the start of a chunk or after an opener.
    private func startsNumber(_ i: Int, _ b: Int) -> Bool {
        i == 0 || s[i - 1].isTokenSeparator || isOpener(s[i - 1])
    }

    /// A word from `i`: letters and digits with the joiners allowed inside words and numbers.
    private func word(_ i: Int, _ b: Int, into out: inout Sink) -> Int {
        var j = i + 1
        // Whether every scalar is ASCII or "’", and whether an apostrophe joins (for `split`).
        var ascii = s[i].value < 128, apostrophe = false
        while j < b {
            let c = s[j]
            let v = c.value
            if v < 128 {
                if classes[Int(v)] & (ASCIIClass.letter | ASCIIClass.digit) != 0 { j += 1; continue }
            } else if isWordBeyondASCII(c) {
                ascii = false
                j += 1
                continue
            }
            guard j + 1 < b else { break }
            let prev = s[j - 1], next = s[j + 1]
            let joins: Bool
            switch v {
            case 46: joins = (prev.isDigit && next.isDigit) || (prev.isLetter && next.isLetter && letterPeriods(i, j)) // .
            case 44: joins = prev.isDigit && next.isDigit && digitsRun(j + 1, b) == 3 // ,
            case 58, 47: joins = prev.isDigit && next.isDigit // : /
            case 38: joins = prev.isUpper && next.isUpper // &
            case 39, 0x2019: joins = prev.isLetter && next.isLetter; apostrophe = apostrophe || joins // ' ’
            case 45: joins = next.isLetter && isKeptHyphenPrefix(i, j) // -
            default: joins = false
            }
            if !joins { break }
            if next.value >= 128 { ascii = false }
            j += 2
        }
        // Final period of an abbreviation.
        if j < b && s[j] == "." && isAbbreviation(i, j) { j += 1 }
        if ascii { splitASCII(i, j, apostrophe: apostrophe, into: &out) } else { split(i, j, into: &out) }
        return j
    }

    private func digitsRun(_ k: Int, _ b: Int) -> Int {
        var m = k
        while m < b && s[m].isDigit { m += 1 }
        return m - k
    }

    /// "U.S", "a.m", "e.g": single letters separated by periods, up to `j`.
    private func letterPeriods(_ i: Int, _ j: Int) -> Bool {
        var k = i
        while k < j {
            guard s[k].isLetter, k + 1 == j || s[k + 1] == "." else { return false }
            k += 2
        }
        return true
    }

    /// Whether [i, j) lowercased (ASCII) is one of `Tokenizer.keptHyphenPrefixes`: none is longer than 7 scalars.
    private func isKeptHyphenPrefix(_ i: Int, _ j: Int) -> Bool {
        j - i <= Tokenizer.longestKeptHyphenPrefix && Tokenizer.keptHyphenPrefixes.contains(lowerString(s[i..<j]))
    }

    private func isAbbreviation(_ i: Int, _ j: Int) -> Bool {
        if j - i == 1 { return s[i].isUpper }
        if j - i >= 3 && letterPeriods(i, j) { return true }
        guard j - i <= Tokenizer.longestAbbreviation else { return false }
        let lower = lowerString(s[i..<j])
        return Tokenizer.abbreviations.contains(lower) || s[i].isUpper && Tokenizer.capitalisedAbbreviations.contains(lower)
    }

    /// Emits the word [i, j), splitting clitics and fused words as UD English does.
    private func split(_ i: Int, _ j: Int, into out: inout Sink) {
        var lower = String.UnicodeScalarView()
        for k in i..<j {
            let c = s[k]
            if c == "\u{2019}" { lower.append("'") } else if c.value >= 65 && c.value <= 90 { lower.append(Unicode.Scalar(c.value + 32)!) } else { lower.append(c) }
        }
        let l = String(lower)
        if let cut = Tokenizer.fusedWords[l] {
            emit(i, i + cut, into: &out)
            emit(i + cut, j, into: &out)
            return
        }
        for clitic in Tokenizer.clitics where l.hasSuffix(clitic) && l.unicodeScalars.count > clitic.unicodeScalars.count {
            let cut = j - clitic.unicodeScalars.count
            emit(i, cut, into: &out)
            emit(cut, j, extra: .clitic, into: &out)
            return
        }
        // "3pm", "10am": number and the time word.
        if j - i >= 3, l.hasSuffix("am") || l.hasSuffix("pm"), s[i..<(j - 2)].allSatisfy({ $0.isDigit || $0 == ":" }) {
            emit(i, j - 2, into: &out)
            emit(j - 2, j, into: &out)
            return
        }
        emit(i, j, into: &out)
    }

    /// `split` for a word of ASCII letters, digits and joiners (with "’" read as "'"), nearly every word: the same
    /// tests on the scalars, without building its lowercase string. `apostrophe`: the word holds "'" or "’".
    private func splitASCII(_ i: Int, _ j: Int, apostrophe: Bool, into out: inout Sink) {
        let n = j - i
        // Lowercase ASCII with "’" as "'".
        func low(_ k: Int) -> UInt32 {
            let v = s[k].value
            return v == 0x2019 ? 39 : v.foldedASCII
        }
        func endsWith(_ suffix: StaticString) -> Bool {
            let m = suffix.utf8CodeUnitCount
            guard n >= m else { return false }
            return suffix.withUTF8Buffer { p in
                for k in 0..<m where low(j - m + k) != UInt32(p[k]) { return false }
                return true
            }
        }
        if n == 5 || n == 6, s[i].value.isASCIILetter {
            for (word, cut) in Tokenizer.fusedWordsASCII where word.count == n {
                var same = true
                for k in 0..<n where UInt32(word[k]) != low(i + k) { same = false; break }
                if same {
                    emit(i, i + cut, into: &out)
                    emit(i + cut, j, into: &out)
                    return
                }
            }
        }
        // Every clitic holds an apostrophe: a word without one (nearly all) skips them.
        if apostrophe {
            for clitic in Tokenizer.asciiClitics where n > clitic.utf8CodeUnitCount && endsWith(clitic) {
                let cut = j - clitic.utf8CodeUnitCount
                emit(i, cut, into: &out)
                emit(cut, j, extra: .clitic, into: &out)
                return
            }
        }
        if n >= 3, s[i].value.isASCIIDigit, endsWith("am") || endsWith("pm"), s[i..<(j - 2)].allSatisfy({ $0.isDigit || $0 == ":" }) {
            emit(i, j - 2, into: &out)
            emit(j - 2, j, into: &out)
            return
        }
        emit(i, j, into: &out)
    }

    @inline(__always)
    private func emit(_ i: Int, _ j: Int, extra: TokenFlags = [], into out: inout Sink) {
        if i < j { out.token(i, j, extra: extra) }
    }
}
