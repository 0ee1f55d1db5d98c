import Foundation

/// Releases values off the main thread. A corpus the browser replaces (a partial chronology superseded by the
/// next, or by the complete one) is the last owner of thousands of events, mentions and index tables: freeing them
/// takes the main thread tens of milliseconds at 10,000 articles, during which a key waits. Handed here, the last
/// reference goes away on a background thread instead.
final class Discard<T>: @unchecked Sendable {
    private var value: T?

    private init(_ value: consuming T) { self.value = consume value }

    /// Drops `value` on a background thread (the caller must hold no other reference for this to help).
    static func later(_ value: consuming T) {
        let bin = Discard(value)
        DispatchQueue.global(qos: .utility).async { bin.value = nil }
    }
}
