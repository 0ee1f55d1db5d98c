import Foundation

/// Results computed by concurrent workers, each writing its own slot.
final class ConcurrentSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The values in index order (every slot must have been set).
    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }

    /// `body(0) … body(count - 1)` on all cores, in index order. Serial when there is only one item. Each item
    /// runs at the scheduling priority of the calling thread (an interface that lowered its loading thread's
    /// priority keeps its own thread answering while every core analyses).
    static func map(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        let slots = ConcurrentSlots<T>(count: count)
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            ThreadPriority.concurrentPerform(iterations: count) { i in slots.set(i, box.value(i)) }
        }
        return slots.values()
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
