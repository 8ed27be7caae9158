//! Central span lists: per span class, the in-use spans that are not owned
//! by any thread cache, split into those with free slots and those without.
//!
//! Thread caches take spans with free slots from here (or a fresh span from
//! the page heap) and give them back when full. Large-object spans are kept
//! on their own list so the collector can enumerate every in-use span. All
//! functions run under the heap lock; the overview is in `alloc/mod.rs`.

use super::page_heap::PageHeap;
use super::size_class::{CLASS_TO_NPAGES, CLASS_TO_SIZE, PAGE_SIZE};
use super::span::{MetaAlloc, Span, SpanList, SpanListHead};
use core::ptr;

/// The central lists of one span class.
pub struct Central {
    /// Spans with at least one free slot.
    pub partial: SpanListHead,
    /// Spans with no free slot.
    pub full: SpanListHead,
    /// Spans not yet swept since the last mark termination that had free
    /// slots before it (lazy sweeping: `gc/sweep.rs`).
    pub unswept_partial: SpanListHead,
    /// Unswept spans that were full before the last mark termination.
    pub unswept_full: SpanListHead,
}

impl Central {
    /// Empty lists.
    pub const fn new() -> Central {
        Central {
            partial: SpanListHead::new(),
            full: SpanListHead::new(),
            unswept_partial: SpanListHead::new(),
            unswept_full: SpanListHead::new(),
        }
    }
}

impl Default for Central {
    fn default() -> Self {
        Self::new()
    }
}

/// Returns a span of class `spc` with a free slot, now owned by a cache, or
/// null when out of memory.
pub fn cache_span(
    central: &mut Central,
    pages: &mut PageHeap,
    meta: &mut MetaAlloc,
    spc: usize,
) -> *mut Span {
    let s = central.partial.pop();
    if !s.is_null() {
        // SAFETY: list members are valid in-use spans owned by the central list.
        unsafe {
            (*s).list = SpanList::Cached;
            (*s).freeindex = 0;
        }
        return s;
    }
    let class = spc >> 1;
    let s = pages.alloc(CLASS_TO_NPAGES[class] as usize);
    if s.is_null() {
        return ptr::null_mut();
    }
    let elemsize = CLASS_TO_SIZE[class] as usize;
    // SAFETY: `s` is a fresh in-use span owned by us.
    unsafe {
        (*s).spanclass = spc as u8;
        (*s).elemsize = elemsize;
        (*s).div_mul = (u32::MAX / elemsize as u32).wrapping_add(1);
        (*s).nelems = (*s).npages * PAGE_SIZE / elemsize;
        (*s).freeindex = 0;
        (*s).alloc_count = 0;
        (*s).bits = [super::span::SlotBits::ZERO; super::span::BITMAP_WORDS];
        (*s).list = SpanList::Cached;
        if spc & 1 == 0 {
            let (t, cap) = meta.alloc_types((*s).nelems);
            if t.is_null() {
                crate::panic::fatal("out of memory allocating heap metadata");
            }
            (*s).types = t;
            (*s).types_cap = cap;
            (*s).uniform = super::span::UNIFORM_NONE;
        } else {
            (*s).types = ptr::null_mut();
            (*s).types_cap = 0;
        }
    }
    s
}

/// Takes back a span from a cache, filing it as partial or full.
///
/// # Safety
/// `s` must be a valid span of this class that a cache owned and released.
pub unsafe fn uncache_span(central: &mut Central, s: *mut Span) {
    // SAFETY: `s` is a valid span that the calling cache owned and released.
    unsafe {
        (*s).freeindex = 0;
        if (*s).has_free() {
            (*s).list = SpanList::Partial;
            central.partial.push(s);
        } else {
            (*s).list = SpanList::Full;
            central.full.push(s);
        }
    }
}
