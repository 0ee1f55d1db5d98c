import Foundation

/// Results computed by concurrent workers, each written straight into its own slot of the result.
enum ConcurrentSlots<T> {
    /// `body(0) … body(count - 1)` on all cores, in index order. Serial when there is only one item. Each item
    /// runs at the scheduling priority of the calling thread (an interface that lowered its loading thread's
    /// priority keeps its own thread answering while every core analyses). Each result is written in place in
    /// the array returned (no array of optionals copied at the end: for the merge's events, a second copy of
    /// every event for a moment).
    static func map(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UncheckedBox(buffer.baseAddress!)
            withoutActuallyEscaping(body) { body in
                let box = UncheckedBox(body)
                // Every index is written once, by one worker; `concurrentPerform` returns when all are.
                ThreadPriority.concurrentPerform(iterations: count) { i in (base.value + i).initialize(to: box.value(i)) }
            }
            initialized = count
        }
    }
}

/// `make(i)` for `i` in `0..<count`, in index order, computed in chunks of `chunk` on all cores (serially when
/// there are few): for tables whose rows are independent.
public func chunkedMap<T>(_ count: Int, chunk: Int = 1024, _ make: (Int) -> T) -> [T] {
    guard count > chunk else { return (0..<count).map(make) }
    let chunks = (count + chunk - 1) / chunk
    return ConcurrentSlots<[T]>.map(chunks) { k in (k * chunk..<min(count, (k + 1) * chunk)).map(make) }.flatMap { $0 }
}

private struct UncheckedBox<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}
