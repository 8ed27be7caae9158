//! Spans: runs of heap pages, and the allocation bitmap of small-object spans.
//!
//! A span is either free (owned by the page heap), or in use and then either a
//! small-object span cut into `nelems` equal slots of `elemsize` bytes (one
//! size class, scan or noscan) or a single large object. `Span` records are
//! runtime metadata allocated from `FixAlloc`, never from the Go heap.
//!
//! Invariants: bit i of the allocation bits (`bits[i / 64].alloc`) is set iff slot i holds a live object;
//! every slot below `freeindex` is allocated (so searches start there);
//! `alloc_count` is the number of set bits; `types[i]` is the allocation type
//! of slot i in scan spans (null in noscan spans, where `types` is null).
//! See `alloc/mod.rs` for the overview.

use super::os;
use crate::types::TypeDesc;
use core::ptr;

/// Words in a span's allocation and mark bitmaps (gc's `MaxObjsPerSpan` / 64).
pub const BITMAP_WORDS: usize = super::size_class::MAX_OBJS_PER_SPAN / 64;

/// The lifecycle state of a span.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum SpanState {
    /// Owned by the page heap's free lists.
    Free,
    /// Holds Go objects.
    InUse,
}

/// Which list, if any, currently links the span.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum SpanList {
    /// Linked nowhere.
    None,
    /// In a page-heap free list.
    Free,
    /// In a central list of spans with free slots.
    Partial,
    /// In a central list of spans without free slots.
    Full,
    /// Owned by a thread's cache.
    Cached,
}

/// A run of pages and its allocation state.
///
/// Layout: marking looks up a span for every pointer it follows, so what it
/// reads (bounds, slot geometry, the `types` array) shares the first cache
/// line, and each word of allocation bits sits beside the same word of mark
/// bits (`SlotBits`), so a mark touches one more line, not two. Records are
/// 64-byte aligned (`FixAlloc` hands out consecutive multiples of their
/// size from page-aligned chunks).
#[repr(C, align(64))]
pub struct Span {
    /// Address of the first byte.
    pub start: usize,
    /// Length in pages.
    pub npages: usize,
    /// Bytes per slot (for a large object, the whole span).
    pub elemsize: usize,
    /// Number of slots.
    pub nelems: usize,
    /// Per-slot allocation type for scan spans (null for noscan spans).
    pub types: *mut *const TypeDesc,
    /// Every slot below this index is allocated.
    pub freeindex: usize,
    /// Scan spans: the allocation type of every slot allocated since the
    /// span was created, when they all had the same one (`UNIFORM_NONE`
    /// before the first allocation, `UNIFORM_MIXED` once two differed), so
    /// marking reads it here instead of from `types` (see `note_type`).
    pub uniform: usize,
    /// gc's `divMul`: `u32::MAX / elemsize + 1` for small-object spans, so
    /// `offset / elemsize == (offset * div_mul) >> 32` for every offset in
    /// the span (checked for every class by a unit test); 0 for large.
    pub div_mul: u32,
    /// Free or in use.
    pub state: SpanState,
    /// `class << 1 | noscan` (class 0 is a large object).
    pub spanclass: u8,
    /// Whether the memory may be dirty (must be cleared before reuse as zeroed).
    pub needzero: bool,
    /// Which list links the span.
    pub list: SpanList,
    /// Next span in whatever list links this one.
    pub next: *mut Span,
    /// Previous span in that list.
    pub prev: *mut Span,
    /// Number of allocated slots.
    pub alloc_count: usize,
    /// Capacity of `types` in entries (for returning it to `MetaAlloc`).
    pub types_cap: usize,
    /// Free spans only: the page heap's scavenge generation when the span
    /// (or, after coalescing, its most recently freed part) became free.
    pub free_gen: u32,
    /// Free spans only: every page has been returned to the OS (`madvise`).
    pub scavenged: bool,
    /// One bit per slot, in words of 64 slots: allocated, and marked by the
    /// collector.
    pub bits: [SlotBits; BITMAP_WORDS],
}

/// `Span::uniform` before any slot of the span was allocated.
pub const UNIFORM_NONE: usize = 0;
/// `Span::uniform` once slots of two different types were allocated.
pub const UNIFORM_MIXED: usize = 1;

/// The allocation and mark bits of 64 consecutive slots.
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SlotBits {
    /// Bit i: slot `64w + i` is allocated.
    pub alloc: u64,
    /// Bit i: slot `64w + i` is marked.
    pub mark: u64,
}

impl SlotBits {
    /// No slot allocated or marked.
    pub const ZERO: SlotBits = SlotBits { alloc: 0, mark: 0 };
}

impl Span {
    /// Whether the span holds pointer-free objects only.
    pub fn noscan(&self) -> bool {
        self.spanclass & 1 != 0
    }

    /// The size class (0 for a large object).
    pub fn class(&self) -> usize {
        (self.spanclass >> 1) as usize
    }

    /// One past the last byte.
    pub fn limit(&self) -> usize {
        self.start + self.npages * super::size_class::PAGE_SIZE
    }

    /// Whether slot `i` is allocated.
    pub fn is_allocated(&self, i: usize) -> bool {
        self.bits[i / 64].alloc & (1 << (i % 64)) != 0
    }

    /// Finds the first free slot at or after `freeindex`, marks it allocated
    /// and returns its index, or `None` when the span is full.
    #[inline]
    pub fn take_free_slot(&mut self) -> Option<usize> {
        let mut i = self.freeindex;
        while i < self.nelems {
            let w = i / 64;
            let free = !self.bits[w].alloc >> (i % 64);
            if free == 0 {
                i = (w + 1) * 64;
                continue;
            }
            let idx = i + free.trailing_zeros() as usize;
            if idx >= self.nelems {
                break;
            }
            self.bits[idx / 64].alloc |= 1 << (idx % 64);
            self.alloc_count += 1;
            self.freeindex = idx + 1;
            return Some(idx);
        }
        self.freeindex = self.nelems;
        None
    }

    /// Records that a slot of this scan span was allocated with type
    /// `typ` (besides `types[idx]`), when `typ` differs from `uniform`.
    #[cold]
    #[inline(never)]
    pub fn note_type(&mut self, typ: *const TypeDesc) {
        self.uniform = if self.uniform == UNIFORM_NONE {
            typ as usize
        } else {
            UNIFORM_MIXED
        };
    }

    /// Whether any slot is free.
    pub fn has_free(&self) -> bool {
        self.alloc_count < self.nelems
    }

    /// Index of the slot containing `addr` (which must lie inside the span).
    #[inline]
    pub fn slot_of(&self, addr: usize) -> usize {
        let off = addr - self.start;
        if self.div_mul != 0 {
            ((off as u64 * self.div_mul as u64) >> 32) as usize
        } else {
            off / self.elemsize
        }
    }
}

/// A free-list allocator for fixed-size runtime metadata records, carving
/// records out of 64 KiB chunks mapped from the OS (gc's `fixalloc`).
pub struct FixAlloc {
    size: usize,
    free: *mut FreeNode,
    chunk: *mut u8,
    chunk_left: usize,
    /// Bytes mapped for this allocator (reported in MemStats).
    pub sys: usize,
}

struct FreeNode {
    next: *mut FreeNode,
}

const FIX_CHUNK: usize = 64 << 10;

impl FixAlloc {
    /// A new allocator for records of `size` bytes (a multiple of 8, ≥ 8).
    pub const fn new(size: usize) -> FixAlloc {
        FixAlloc {
            size,
            free: ptr::null_mut(),
            chunk: ptr::null_mut(),
            chunk_left: 0,
            sys: 0,
        }
    }

    /// Returns a zeroed record, or null if the OS is out of memory.
    pub fn alloc(&mut self) -> *mut u8 {
        if !self.free.is_null() {
            let p = self.free;
            // SAFETY: `p` is a record previously returned to this allocator;
            // it is at least 8 bytes and we own it exclusively.
            unsafe {
                self.free = (*p).next;
                ptr::write_bytes(p as *mut u8, 0, self.size);
            }
            return p as *mut u8;
        }
        if self.chunk_left < self.size {
            let c = os::map_rw(FIX_CHUNK.max(self.size), false);
            if c.is_null() {
                return ptr::null_mut();
            }
            self.sys += FIX_CHUNK.max(self.size);
            self.chunk = c;
            self.chunk_left = FIX_CHUNK.max(self.size);
        }
        let p = self.chunk;
        // SAFETY: `chunk_left >= size`, so the bump stays inside the chunk.
        self.chunk = unsafe { self.chunk.add(self.size) };
        self.chunk_left -= self.size;
        p
    }

    /// Returns a record to the free list.
    pub fn free(&mut self, p: *mut u8) {
        let n = p as *mut FreeNode;
        // SAFETY: `p` came from `alloc` and is no longer referenced.
        unsafe { (*n).next = self.free };
        self.free = n;
    }
}

/// Power-of-two sized metadata blocks from 64 bytes to 8 KiB, used for the
/// per-slot type arrays of scan spans.
pub struct MetaAlloc {
    classes: [FixAlloc; 8],
}

impl MetaAlloc {
    /// An empty allocator.
    pub const fn new() -> MetaAlloc {
        MetaAlloc {
            classes: [
                FixAlloc::new(64),
                FixAlloc::new(128),
                FixAlloc::new(256),
                FixAlloc::new(512),
                FixAlloc::new(1024),
                FixAlloc::new(2048),
                FixAlloc::new(4096),
                FixAlloc::new(8192),
            ],
        }
    }

    fn class_for(entries: usize) -> (usize, usize) {
        let bytes = (entries * 8).next_power_of_two().max(64);
        let idx = bytes.trailing_zeros() as usize - 6;
        (idx, bytes / 8)
    }

    /// Allocates a zeroed array of at least `entries` type pointers; returns
    /// the array and its capacity in entries.
    pub fn alloc_types(&mut self, entries: usize) -> (*mut *const TypeDesc, usize) {
        let (idx, cap) = Self::class_for(entries);
        (self.classes[idx].alloc() as *mut *const TypeDesc, cap)
    }

    /// Frees an array returned by `alloc_types`.
    pub fn free_types(&mut self, p: *mut *const TypeDesc, cap: usize) {
        let (idx, _) = Self::class_for(cap);
        self.classes[idx].free(p as *mut u8);
    }

    /// Bytes mapped from the OS.
    pub fn sys(&self) -> usize {
        self.classes.iter().map(|c| c.sys).sum()
    }
}

impl Default for MetaAlloc {
    fn default() -> Self {
        Self::new()
    }
}

/// An intrusive doubly linked list of spans.
pub struct SpanListHead {
    /// First span, or null.
    pub first: *mut Span,
    /// Number of spans linked.
    pub len: usize,
}

impl SpanListHead {
    /// An empty list.
    pub const fn new() -> SpanListHead {
        SpanListHead {
            first: ptr::null_mut(),
            len: 0,
        }
    }

    /// Links `s` at the front.
    ///
    /// # Safety
    /// `s` must be a valid span not currently linked in any list.
    pub unsafe fn push(&mut self, s: *mut Span) {
        // SAFETY: the caller guarantees `s` is valid and unlinked; `first`
        // is valid when non-null by the list invariant.
        unsafe {
            (*s).prev = ptr::null_mut();
            (*s).next = self.first;
            if !self.first.is_null() {
                (*self.first).prev = s;
            }
        }
        self.first = s;
        self.len += 1;
    }

    /// Unlinks `s`.
    ///
    /// # Safety
    /// `s` must currently be linked in this list.
    pub unsafe fn remove(&mut self, s: *mut Span) {
        // SAFETY: `s` and its neighbours are valid members of this list.
        unsafe {
            if (*s).prev.is_null() {
                self.first = (*s).next;
            } else {
                (*(*s).prev).next = (*s).next;
            }
            if !(*s).next.is_null() {
                (*(*s).next).prev = (*s).prev;
            }
            (*s).next = ptr::null_mut();
            (*s).prev = ptr::null_mut();
        }
        self.len -= 1;
    }

    /// Unlinks and returns the first span, or null.
    pub fn pop(&mut self) -> *mut Span {
        let s = self.first;
        if !s.is_null() {
            // SAFETY: `s` is the head of this list.
            unsafe { self.remove(s) };
        }
        s
    }
}

impl Default for SpanListHead {
    fn default() -> Self {
        Self::new()
    }
}
