/// How the transition classifier's templates are scored in a parse: those that read one position alone
/// (`ParserFeatures.Role`) once per word and role, before the first move, with all their lookups issued together;
/// the others in every configuration scored. Integer sums in another order: the same scores, the same parses.
struct MovePlan: Sendable {
    /// The used templates that combine several positions, extracted per configuration.
    let rest: Templates
    /// Per role (`ParserFeatures.Role.rawValue`), the used templates that read that role's position alone.
    let single: [[Int]]
    /// After a left and after a right arc: (place in `rest`, template) of the used templates that read the new arc's
    /// label (`ParserFeatures.Atoms.afterLeftArc`, `afterRightArc`).
    let afterLeftArc: [(at: Int, template: Int)]
    let afterRightArc: [(at: Int, template: Int)]

    init(_ used: Templates) {
        var rest: [Int] = []
        var single = [[Int]](repeating: [], count: ParserFeatures.Role.allCases.count)
        for k in used.indices.map(Int.init) {
            if let r = ParserFeatures.role(ofSingle: k) { single[r.rawValue].append(k) } else { rest.append(k) }
        }
        self.rest = Templates(rest, of: used.total)
        self.single = single
        afterLeftArc = rest.enumerated().filter { ParserFeatures.Atoms.afterLeftArc.contains($0.element) }.map { ($0.offset, $0.element) }
        afterRightArc = rest.enumerated().filter { ParserFeatures.Atoms.afterRightArc.contains($0.element) }.map { ($0.offset, $0.element) }
    }

    var singleCount: Int { single.reduce(0) { $0 + $1.count } }

    /// The scores of the single-position templates: for role r and position i (-1 for none, 0 the root, 1...n),
    /// the three move scores at `((r * (n + 2)) + i + 1) * 4`. `words`, `tags`: hashes of positions 0...n.
    func roleScores(n: Int, words: UnsafePointer<UInt64>, tags: UnsafePointer<UInt64>, table: MoveTable) -> [Int32] {
        let roles = ParserFeatures.Role.allCases.count, width = n + 2
        var out = [Int32](repeating: 0, count: roles * width * 4)
        let perPosition = singleCount
        guard perPosition > 0 else { return out }
        let total = perPosition * width
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * total) { buffer in
            let features = buffer.baseAddress!, found = features + total
            var k = 0
            for i in -1...n {
                let w = i >= 0 ? words[i] : ParserFeatures.none, p = i >= 0 ? tags[i] : ParserFeatures.none
                for templates in single {
                    for t in templates {
                        features[k] = ParserFeatures.single(t, w: w, p: p)
                        table.prefetch(features[k])
                        k += 1
                    }
                }
            }
            table.slotValues(UnsafeBufferPointer(start: features, count: total), into: found)
            out.withUnsafeMutableBufferPointer { o in
                k = 0
                for i in 0..<width {
                    for (r, templates) in single.enumerated() {
                        let at = (r * width + i) * 4
                        for _ in templates {
                            let v = found[k]
                            k += 1
                            o[at] &+= MoveTable.weight(v, 0)
                            o[at + 1] &+= MoveTable.weight(v, 1)
                            o[at + 2] &+= MoveTable.weight(v, 2)
                        }
                    }
                }
            }
        }
        return out
    }
}
