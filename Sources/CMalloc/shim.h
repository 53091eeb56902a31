#ifndef CROSSCHECK_CMALLOC_SHIM_H
#define CROSSCHECK_CMALLOC_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

/// Prepares glibc's heap for a command that will allocate about `bytes` bytes in large blocks, so that the kernel
/// takes fewer page faults: blocks up to 32 MiB stay on the heap (by default glibc maps every block of 128 KiB or
/// more separately and unmaps it on free, so each new block faults in every page again), freed memory is kept for
/// reuse instead of being returned to the kernel, the heap grows by `bytes` at once, and that stretch is marked for
/// transparent huge pages (one fault per 2 MiB instead of per 4 KiB where the system allows it). Does nothing on other
/// C libraries, or when `bytes` is 0.
/// Returns 1 when the heap was prepared, 0 otherwise.
static inline int cc_prepare_heap(size_t bytes) {
#if defined(__GLIBC__)
    if (bytes == 0) return 0;
    const size_t cap = (size_t)1 << 30;
    if (bytes > cap) bytes = cap;
    // 32 MiB is the largest mmap threshold glibc accepts on 64-bit systems.
    if (!mallopt(M_MMAP_THRESHOLD, 32 << 20)) return 0;
    mallopt(M_TRIM_THRESHOLD, (int)cap);
    mallopt(M_TOP_PAD, (int)bytes);
    mallopt(M_ARENA_MAX, 1);
    uintptr_t before = (uintptr_t)sbrk(0);
    // Larger than any free space at the top of a fresh heap, so the heap grows now, by the probe and the pad.
    // (Volatile, or the compiler may drop a malloc whose block is never used.)
    void *volatile probe = malloc((size_t)1 << 20);
    uintptr_t after = (uintptr_t)sbrk(0);
    free(probe);
    if (probe == NULL || before == (uintptr_t)-1 || after == (uintptr_t)-1 || after <= before) return 0;
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t start = (before + huge - 1) & ~(huge - 1);
    if (after > start) madvise((void *)start, after - start, MADV_HUGEPAGE);
    return 1;
#else
    (void)bytes;
    return 0;
#endif
}

#endif
