//! The per-thread allocation cache (gc's `mcache`).
//!
//! Each thread owns one span per span class and allocates small objects from
//! it without taking any lock; only when that span is full does it go to the
//! central lists (under the heap lock) for another. Allocation counts are
//! kept here too and folded into the global statistics whenever the cache
//! talks to the heap, so the fast path touches no shared state.
//!
//! The cache also holds the thread's *tiny block* (gc's `tiny` and
//! `tinyoffset`): the 16-byte noscan object that pointer-free allocations
//! smaller than 16 bytes are packed into (`alloc::malloc_tiny`). Only bytes
//! at or after `tiny_offset` are unused, and they are still zero.
//!
//! Invariant: a span referenced from `alloc` has `list == Cached` and is
//! referenced by no other cache or list. `tiny` is 0 or an allocated slot of
//! the tiny span class; it is dropped (set to 0) whenever the cache gives its
//! spans back (`alloc::release_cache`, so before every collection) and by
//! `alloc::read_mem_stats`, as gc's `releaseAll` does, so a collection never
//! frees a block the cache still packs into. The cache lives in a `const`
//! thread-local without a destructor; a thread that exits simply strands its
//! cached spans (they stay in use, which is safe). Overview: `alloc/mod.rs`.

use super::size_class::NUM_SIZE_CLASSES;
use super::span::Span;
use super::NUM_SPAN_CLASSES;
use core::cell::UnsafeCell;
use core::ptr;

/// A thread's allocation cache.
pub struct MCache {
    /// The current span for each span class, or null.
    pub alloc: [*mut Span; NUM_SPAN_CLASSES],
    /// Small objects allocated per size class since the last flush.
    pub nmalloc: [u64; NUM_SIZE_CLASSES],
    /// Bytes of small objects allocated since the last flush.
    pub bytes: u64,
    /// The current tiny block's address, or 0 when there is none.
    pub tiny: usize,
    /// Bytes of the tiny block already handed out (the next free offset
    /// before alignment).
    pub tiny_offset: usize,
    /// Tiny allocations that fit into an existing block since the last
    /// flush (gc's `tinyAllocs`; the blocks themselves count as ordinary
    /// 16-byte objects in `nmalloc`).
    pub tiny_allocs: u64,
}

impl MCache {
    const fn new() -> MCache {
        MCache {
            alloc: [ptr::null_mut(); NUM_SPAN_CLASSES],
            nmalloc: [0; NUM_SIZE_CLASSES],
            bytes: 0,
            tiny: 0,
            tiny_offset: 0,
            tiny_allocs: 0,
        }
    }
}

thread_local! {
    static CACHE: UnsafeCell<MCache> = const { UnsafeCell::new(MCache::new()) };
}

/// Runs `f` with the calling thread's cache.
///
/// `f` must not re-enter the allocator's cache (nothing in the runtime does:
/// the allocator never calls out to Go code).
#[inline]
pub fn with_cache<R>(f: impl FnOnce(&mut MCache) -> R) -> R {
    CACHE.with(|c| {
        // SAFETY: the cache is thread-local and `f` does not re-enter it, so
        // this is the only live reference.
        f(unsafe { &mut *c.get() })
    })
}

/// The calling thread's cache, for the allocation fast path: one
/// thread-local address computation, inlined. The caller must not let two
/// references to the cache be live at once (see `with_cache`).
#[inline(always)]
pub fn cache_ptr() -> *mut MCache {
    CACHE.with(|c| c.get())
}
