import Foundation

/// `make(i)` for `i` in `0..<count`, in index order, computed in chunks on all cores (serially when there are few).
/// For the commands' tables: their rows are independent once the widths are known.
func chunkedMap<T>(_ count: Int, chunk: Int = 1024, _ make: (Int) -> T) -> [T] {
    guard count > chunk else { return (0..<count).map(make) }
    let chunks = (count + chunk - 1) / chunk
    let results = ChunkResults<T>(count: chunks)
    withoutActuallyEscaping(make) { make in
        let box = UnsafeSendable(make)
        DispatchQueue.concurrentPerform(iterations: chunks) { k in
            results.set(k, (k * chunk..<min(count, (k + 1) * chunk)).map(box.value))
        }
    }
    return results.joined()
}

private final class ChunkResults<T>: @unchecked Sendable {
    private var parts: [[T]]
    private let lock = NSLock()

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ k: Int, _ values: [T]) {
        lock.lock()
        parts[k] = values
        lock.unlock()
    }

    func joined() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return parts.flatMap { $0 }
    }
}

private struct UnsafeSendable<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}
