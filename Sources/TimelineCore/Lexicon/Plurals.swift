/// Whether a lowercase word reads as a plural noun, from its ending alone: "schoolchildren", "troops", "firemen", "people"
/// (not "boss", "status", "crisis"). For rules that see words without their tags.
enum Plurals {
    /// Plurals without an "s", and the compounds ending in one ("schoolchildren", "policemen").
    static let irregular: [String] = ["people", "children", "men", "police", "personnel", "staff", "cattle", "sheep"]
    /// Singular endings in "s".
    static let singularEndings: [String] = ["ss", "us", "is", "'s", "’s"]

    static func looksPlural(_ word: String) -> Bool {
        if irregular.contains(where: { word.hasSuffix($0) }) { return true }
        return word.count > 3 && word.hasSuffix("s") && !singularEndings.contains(where: { word.hasSuffix($0) })
    }
}
