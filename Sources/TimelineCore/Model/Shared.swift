/// An immutable value behind one reference, so that copies of the structure holding it share it: a mention copied
/// into its event, or every mention of an article dated by one expression, holds the date once. Compared and hashed
/// by value, so a structure holding it keeps its synthesized `Equatable` and `Hashable`.
final class Shared<Value: Hashable & Sendable>: Hashable, @unchecked Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (a: Shared, b: Shared) -> Bool { a === b || a.value == b.value }

    func hash(into h: inout Hasher) { h.combine(value) }
}

/// Hands out one `Shared` box per distinct value: equal values made apart (each mention of an article dated by
/// the same expression) end up held once.
struct Interner<Value: Hashable & Sendable> {
    private var boxes: [Value: Shared<Value>] = [:]

    mutating func intern(_ box: Shared<Value>) -> Shared<Value> {
        if let known = boxes[box.value] { return known }
        boxes[box.value] = box
        return box
    }
}
