#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to start loading the cache line at `p` for reading (a hint: no fault, no effect on values).
/// Swift has no prefetch of its own; this inline function compiles to one instruction (x86 `prefetcht0`, Arm
/// `prfm pldl1keep`) where Swift calls it. Without a prefetch builtin, nothing.
static inline __attribute__((always_inline)) void tl_prefetch(const void *p) {
#if defined(__has_builtin)
#if __has_builtin(__builtin_prefetch)
    __builtin_prefetch(p, 0, 3);
#endif
#endif
}

#endif
