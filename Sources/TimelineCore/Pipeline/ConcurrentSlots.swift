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

    /// `map` a chunk of `chunk` indices at a time: `body(range)` returns the results of `range`, in order, which are
    /// written into their slots (only a chunk's results are held twice, never the whole array's).
    static func map(_ count: Int, chunk: Int, _ body: (Range<Int>) -> [T]) -> [T] {
        let chunks = (count + chunk - 1) / chunk
        if chunks <= 1 { return count == 0 ? [] : body(0..<count) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UncheckedBox(buffer.baseAddress!)
            withoutActuallyEscaping(body) { body in
                let box = UncheckedBox(body)
                ThreadPriority.concurrentPerform(iterations: chunks) { c in
                    let range = c * chunk..<min(count, (c + 1) * chunk)
                    let made = box.value(range)
                    precondition(made.count == range.count, "a chunk's results, one for each of its indices")
                    made.withUnsafeBufferPointer { (base.value + range.lowerBound).initialize(from: $0.baseAddress!, count: range.count) }
                }
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
