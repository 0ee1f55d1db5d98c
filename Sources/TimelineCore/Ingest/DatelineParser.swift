/// Recognises a wire-service dateline at the start of a body:
/// `Moscow, March 28,(dpa/GNA) –`, `KYIV, Ukraine (AP) —`, `LONDON (Reuters) -`, `Feb. 2 (UPI) --`,
/// `GENEVA, June 15 (DL) –`, `PARIS, March 14, 2023 (AFP) -`, `WASHINGTON —`, `MAE SAI, Thailand --`,
/// `International desk, July 18:` (a desk instead of a city; a colon only after a date),
/// `MAE SAI, Thailand, Monday, July 9 (AP) —` (a weekday, evidence for the year), `(Reuters) -` (an agency alone),
/// `LONDON, Feb 28 (Wire) -`, `SPRINGFIELD, Ill. (Wire) —` (an outlet not among the known agencies, in the full form
/// only: city in capitals, and a date or a state), `TORONTO, Oct. 8, 2025 /CNW/ –` (a press-release wire between slashes).
public struct DatelineParser: Sendable {
    public init() {}

    static let knownAgencies: Set<String> = [
        "ap", "reuters", "afp", "dpa", "upi", "xinhua", "tass", "interfax", "bloomberg", "cnn", "bbc", "gna", "ani", "pti",
        "ians", "yonhap", "kyodo", "efe", "ansa", "ukrinform", "unian", "ria", "anadolu", "aa", "kuna", "wam", "spa",
        "irna", "apa", "cp", "aap", "pa", "dl", "epa", "kna", "epd", "sda", "apa", "ips", "irin", "rfe", "rl", "voa",
    ]
    static let connectors: Set<String> = ["de", "da", "del", "di", "do", "du", "la", "le", "el", "al", "of", "upon", "sur", "am", "an", "dos", "das", "des", "y"]

    /// The dateline at `start` (leading white space skipped), if the text opens with one.
    public func parse(_ text: ScalarText, at start: Int) -> Dateline? { read(text, at: start)?.dateline }

    /// The dateline at `start` and the weekday it names, if any ("MAE SAI, Thailand, Monday, July 9 (AP) —"): ISO
    /// weekday, 1 = Monday. The weekday is evidence for a missing year; it is not kept in the document.
    func read(_ text: ScalarText, at start: Int) -> (dateline: Dateline, weekday: Int?)? {
        let s = text.scalars
        var p = start
        while p < s.count && s[p].isSpaceOrNewline { p += 1 }
        let limit = min(s.count, p + 160)
        // The separator: a dash set off by space or glued to ")" (a hyphen inside a word is not one).
        var k = p
        var sepEnd = -1
        while k < limit && !s[k].isNewline {
            let c = s[k]
            if c.isDash && k > p {
                let spacedBefore = s[k - 1].isBlank || s[k - 1] == ")"
                var e = k
                while e < limit && s[e].isDash { e += 1 }
                let spacedAfter = e < s.count && s[e].isBlank
                if (c != "-" || e - k > 1 || spacedBefore) && spacedBefore && spacedAfter {
                    sepEnd = e
                    break
                }
            }
            k += 1
        }
        // Failing a dash, a colon after a date: "International desk, July 18:" (checked below: a date is required).
        var colon = false
        if sepEnd < 0, let c = (p..<limit).prefix(while: { !s[$0].isNewline }).first(where: { s[$0] == ":" }),
           c > p, c + 1 < s.count, s[c + 1].isBlank {
            k = c
            sepEnd = c + 1
            colon = true
        }
        guard sepEnd > 0 else { return dateLine(s, from: p) }
        var prefixEnd = k
        while prefixEnd > p && s[prefixEnd - 1].isBlank { prefixEnd -= 1 }
        guard prefixEnd > p else { return nil }
        var agency: String?
        var unknownAgency = false
        var headEnd = prefixEnd
        if s[prefixEnd - 1] == ")" {
            guard let open = (p..<prefixEnd - 1).last(where: { s[$0] == "(" }) else { return nil }
            let inner = plainString(s[(open + 1)..<(prefixEnd - 1)]).trimmingSpaces
            if !Self.looksLikeAgency(inner) {
                // An outlet we do not know, named in the full form ("LONDON, Feb 28 (Wire) -"): checked below.
                guard Self.isCapitalisedName(inner) else { return nil }
                unknownAgency = true
            }
            agency = inner
            headEnd = open
        } else if s[prefixEnd - 1] == "/" {
            // A press-release wire set between slashes: "TORONTO, Oct. 8, 2025 /CNW/ –", "… /PRNewswire/ --".
            guard let open = (p..<prefixEnd - 1).last(where: { s[$0] == "/" }), open > p, s[open - 1].isBlank else { return nil }
            let inner = plainString(s[(open + 1)..<(prefixEnd - 1)]).trimmingSpaces
            guard Self.looksLikeAgency(inner) || Self.isCapitalisedName(inner) else { return nil }
            unknownAgency = !Self.looksLikeAgency(inner)
            agency = inner
            headEnd = open
        }
        let head = plainString(s[p..<headEnd])
        var segments = head.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        while let last = segments.last, last.isEmpty { segments.removeLast() }
        guard segments.allSatisfy({ !$0.isEmpty }), segments.count <= 5 else { return nil }
        var places: [String] = []
        var month: Int?, day: Int?, year: Int?, weekday: Int?
        var desk = false
        for (n, seg) in segments.enumerated() {
            if n == 0, Self.isDesk(seg) {
                desk = true
            } else if month == nil, weekday == nil, let w = Lexicon.weekdays[seg.lowercased().trimmingCharacters(in: ".")],
                      n + 1 < segments.count {
                // "Monday, July 9": a weekday segment before the date.
                weekday = w
            } else if month == nil, let (m, d, y, w) = Self.date(seg) {
                month = m; day = d; year = y
                weekday = weekday ?? w
            } else if month != nil, year == nil, seg.count == 4, let y = Int(seg), (1900...2999).contains(y) {
                year = y
            } else if month == nil, Self.isPlace(seg), places.count < 3 {
                places.append(seg)
            } else {
                return nil
            }
        }
        let place = places.isEmpty ? nil : places.joined(separator: ", ")
        // "(Reuters) - ": an agency alone, its city left out by a reprint.
        guard place != nil || month != nil || (agency != nil && segments.isEmpty && !colon) else { return nil }
        if (colon || desk) && month == nil { return nil }
        if weekday != nil && month == nil { return nil }
        // The city is written in capitals ("MAE SAI, Thailand --"): the first place segment decides.
        let allCaps = places.first.map { p in p.unicodeScalars.contains { $0.isUpper } && !p.unicodeScalars.contains { $0.isLower } } ?? false
        guard agency != nil || month != nil || allCaps else { return nil }
        // (or its city and state: "SPRINGFIELD, Ill. (Wire) —")
        if unknownAgency && !(allCaps && (month != nil || places.count >= 2)) { return nil }
        // A press release's date set off by a second dash after the city: "SAINT PAUL, Minn. – October 15, 2026 –". The
        // date is the dateline's, not the first sentence's opening words (read into its parse, "October 15, 2026 –
        // Detectives … today charged" had the date's number for a root).
        if month == nil, agency == nil, !colon, !desk, place != nil, let (m, d, y, end) = Self.releaseDate(s, from: sepEnd) {
            return (Dateline(range: TextRange(p, end), place: place, month: m, day: d, year: y, agency: nil), weekday)
        }
        return (Dateline(range: TextRange(p, sepEnd), place: place, month: month, day: day, year: year, agency: agency), weekday)
    }

    /// "October 15, 2026 – " or "15 October 2026 – " at `start` (leading blanks skipped), on the same line: month, day,
    /// year and the end of the dash and its space.
    static func releaseDate(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int, Int?, Int)? {
        var p = start
        while p < s.count && s[p].isBlank { p += 1 }
        let limit = min(s.count, p + 40)
        guard let dash = (p..<limit).prefix(while: { !s[$0].isNewline }).first(where: { k in s[k].isDash && k > p && s[k - 1].isBlank }) else { return nil }
        var end = dash
        while end < s.count && s[end].isDash { end += 1 }
        guard end < s.count, s[end].isBlank else { return nil }
        let segments = plainString(s[p..<dash]).split(separator: ",").map { String($0).trimmingSpaces }
        guard (1...2).contains(segments.count), let (m, d, y, _) = date(segments[0]) else { return nil }
        var year = y
        if segments.count == 2 {
            guard year == nil, segments[1].count == 4, let v = Int(segments[1]), (1900...2999).contains(v) else { return nil }
            year = v
        }
        return (m, d, year, end)
    }

    /// A date on a line of its own at the top of a body, as Wikinews and many web pages set it under the headline:
    /// "Friday, July 21, 2017", "21 July 2017", "Tuesday, March 5" (a weekday, then a date, then a year; only the date
    /// is required). The line holds nothing else and a paragraph follows it: a sentence that only opens with a date
    /// ("July 21, 2017, was hot.") is none. A body with more such lines is a list of dated entries, whose first
    /// heading is no publication date.
    func dateLine(_ s: [Unicode.Scalar], from p: Int) -> (dateline: Dateline, weekday: Int?)? {
        guard let first = Self.dateOnlyLine(s, at: p), first.end < s.count else { return nil }
        var k = first.end + 1
        while k < s.count {
            if !s[k].isSpaceOrNewline, Self.dateOnlyLine(s, at: k) != nil { return nil }
            while k < s.count && !s[k].isNewline { k += 1 }
            k += 1
        }
        return (Dateline(range: TextRange(p, first.end + 1), place: nil, month: first.month, day: first.day, year: first.year,
                         agency: nil), first.weekday)
    }

    /// The date a line starting at `p` holds and nothing else ("Friday, July 21, 2017"), with the line's end (its
    /// newline, or the end of the text).
    static func dateOnlyLine(_ s: [Unicode.Scalar], at p: Int) -> (month: Int, day: Int, year: Int?, weekday: Int?, end: Int)? {
        var e = p
        while e < s.count && !s[e].isNewline {
            e += 1
            if e - p > 60 { return nil }
        }
        var end = e
        while end > p && s[end - 1].isBlank { end -= 1 }
        guard end > p, s[p..<end].contains(where: \.isLetter) else { return nil }
        let segments = plainString(s[p..<end]).split(separator: ",").map { String($0).trimmingSpaces }
        guard (1...3).contains(segments.count), segments.allSatisfy({ !$0.isEmpty }) else { return nil }
        var month: Int?, day: Int?, year: Int?, weekday: Int?
        for (n, seg) in segments.enumerated() {
            if n == 0, n + 1 < segments.count, let w = Lexicon.weekdays[seg.lowercased().trimmingCharacters(in: ".")] {
                weekday = w
            } else if month == nil, let (m, d, y, w) = date(seg) {
                month = m; day = d; year = y
                weekday = weekday ?? w
            } else if month != nil, year == nil, seg.count == 4, let y = Int(seg), (1900...2999).contains(y) {
                year = y
            } else {
                return nil
            }
        }
        guard let month, let day else { return nil }
        return (month, day, year, weekday, e)
    }

    /// One to three capitalised words of letters: "Wire", "Gulf News".
    static func isCapitalisedName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { w in
            w.unicodeScalars.first.map(\.isUpper) == true && w.unicodeScalars.allSatisfy { $0.isLetter || $0 == "." }
        }
    }

    /// A newsroom desk instead of a city: "International desk", "Foreign Desk", "NEWS DESK".
    static func isDesk(_ seg: String) -> Bool {
        let words = seg.split(separator: " ")
        guard (2...4).contains(words.count), words.last?.lowercased() == "desk",
              let f = words.first?.unicodeScalars.first, f.isUpper else { return false }
        return words.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    static func looksLikeAgency(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 40 else { return false }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "-" || $0 == "&" || $0 == "," }).map(String.init)
        guard !parts.isEmpty, parts.count <= 5 else { return false }
        var strong = false
        for part in parts {
            let lower = part.lowercased()
            if knownAgencies.contains(lower) { strong = true; continue }
            let letters = part.unicodeScalars.filter { $0.isLetter }
            if !letters.isEmpty && letters.allSatisfy({ $0.isUpper }) && letters.count <= 8 { strong = true; continue }
            if let f = part.unicodeScalars.first, f.isUpper { continue }
            return false
        }
        return strong
    }

    /// A date segment: "July 9", "9 July 2018", "Monday July 9" (month, day, year, weekday).
    static func date(_ seg: String) -> (Int, Int, Int?, Int?)? {
        let tk = DateWordToken.words(of: seg)
        guard let d = DatePhrase.read(tk, at: 0), d.tokens.upperBound == tk.count,
              Day(year: d.year ?? 2000, month: d.month, day: d.day) != nil else { return nil }
        return (d.month, d.day, d.year, d.weekday)
    }

    static func isPlace(_ seg: String) -> Bool {
        let words = seg.split(separator: " ")
        guard (1...5).contains(words.count), seg.count <= 40 else { return false }
        for w in words {
            guard let f = w.unicodeScalars.first else { return false }
            if connectors.contains(String(w)) { continue }
            guard f.isUpper, w.unicodeScalars.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else { return false }
            let lw = w.lowercased().trimmingCharacters(in: ".")
            if Lexicon.months[lw] != nil && words.count == 1 && lw != "may" { return false }
            if Lexicon.weekdays[lw] != nil { return false }
        }
        return true
    }
}

extension String {
    var trimmingSpaces: String {
        var sc = Substring(self)
        while let f = sc.unicodeScalars.first, f.properties.isWhitespace { sc = sc.dropFirst() }
        while let l = sc.unicodeScalars.last, l.properties.isWhitespace { sc = sc.dropLast() }
        return String(sc)
    }
    func trimmingCharacters(in chars: String) -> String {
        var sc = Substring(self)
        while let f = sc.first, chars.contains(f) { sc = sc.dropFirst() }
        while let l = sc.last, chars.contains(l) { sc = sc.dropLast() }
        return String(sc)
    }
}
