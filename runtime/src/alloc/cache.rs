//! The per-thread allocation cache (gc's `mcache`).
//!
//! Each thread owns one span per span class and allocates small objects from
//! it without taking any lock; only when that span is full does it go to the
//! central lists (under the heap lock) for another. Allocation counts are
//! kept here too and folded into the global statistics whenever the cache
//! talks to the heap, so the fast path touches no shared state.
//!
//! Invariant: a span referenced from `alloc` has `list == Cached` and is
//! referenced by no other cache or list. The cache lives in a `const`
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
}

impl MCache {
    const fn new() -> MCache {
        MCache {
            alloc: [ptr::null_mut(); NUM_SPAN_CLASSES],
            nmalloc: [0; NUM_SIZE_CLASSES],
            bytes: 0,
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
