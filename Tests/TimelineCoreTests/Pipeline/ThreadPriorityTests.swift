import Foundation
import Testing
@testable import TimelineCore

/// A map's items run at the priority of the thread that asked for it (so a browser's load, run below its
/// interface, keeps all its workers below it too).
@Suite struct ThreadPriorityTests {
    @Test func itemsRunAtTheCallersPriority() throws {
        #if os(Linux)
        let done = DispatchSemaphore(value: 0)
        let seen = NSLock()
        nonisolated(unsafe) var callerNice: Int32 = 0
        nonisolated(unsafe) var itemNice: Set<Int32> = []
        let thread = Thread {
            // Raising a thread's nice value needs no privilege.
            ThreadPriority.set(min(19, ThreadPriority.current + 3))
            callerNice = ThreadPriority.current
            _ = ConcurrentSlots<Int>.map(64) { i in
                var x = 0
                for k in 0..<20_000 { x &+= k * i }
                seen.lock(); itemNice.insert(ThreadPriority.current); seen.unlock()
                return x
            }
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(callerNice > 0)
        #expect(itemNice == [callerNice])
        #endif
    }
}
