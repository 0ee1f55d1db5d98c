import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's scheduling priority (nice value). On Linux each thread has its own and a thread it creates
/// starts with it, so a program can run its loading below its interface; `ConcurrentSlots.map` runs each item at the
/// priority of the thread that asked for the map. Elsewhere (where the value is the whole process's) nothing changes.
public enum ThreadPriority {
    /// The calling thread's nice value (0 where threads have none of their own).
    public static var current: Int32 {
        #if os(Linux)
        errno = 0
        let n = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 ? n : 0
        #else
        return 0
        #endif
    }

    /// Sets the calling thread's nice value. Without privileges it can only be raised (the thread made less urgent):
    /// a request to lower it fails and the value stays.
    public static func set(_ nice: Int32) {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
        #endif
    }

    /// `DispatchQueue.concurrentPerform`, each iteration at the calling thread's priority (pool threads have their own).
    static func concurrentPerform(iterations: Int, execute body: @Sendable (Int) -> Void) {
        let nice = current
        DispatchQueue.concurrentPerform(iterations: iterations) { i in with(nice) { body(i) } }
    }

    /// `body` at nice value `nice`, then the thread's own again where that is allowed (a pool thread runs other work next).
    static func with<R>(_ nice: Int32, _ body: () -> R) -> R {
        let own = current
        if own == nice { return body() }
        set(nice)
        defer { set(own) }
        return body()
    }
}
