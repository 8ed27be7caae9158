//! The page heap: hands out runs of 8 KiB pages as spans, coalesces freed
//! runs, grows from the OS, and maps every heap page back to its span.
//!
//! Address space is reserved in big aligned regions (64 GiB first, smaller
//! if the kernel refuses) and committed in steps of at least 4 MiB. Free runs
//! live in exact-size lists for 1..127 pages plus one list for bigger runs
//! (searched best-fit), like gc's pre-1.12 mheap. Freed runs merge with free
//! neighbours, found through the page map.
//!
//! The page map is two-level like gc's `mheap_.arenas`: a table indexed by
//! `addr >> 26` (64 MiB heap arenas over the 48-bit address space, mapped
//! lazily by the kernel) points at per-arena arrays with one span pointer per
//! page. Invariant: every page of an in-use span maps to it; a free run maps
//! at least its first and last page to itself (interior entries may be
//! stale, so lookups check the span's state and bounds). All of this is
//! protected by the heap lock in `alloc/mod.rs`, which has the overview.

use super::os;
use super::size_class::{PAGE_SHIFT, PAGE_SIZE};
use super::span::{FixAlloc, Span, SpanList, SpanListHead, SpanState};
use core::mem::size_of;
use core::ptr;

/// log2 of the bytes covered by one page-map leaf (64 MiB, gc's heapArenaBytes).
pub const ARENA_SHIFT: usize = 26;
const PAGES_PER_ARENA: usize = 1 << (ARENA_SHIFT - PAGE_SHIFT);
const ADDR_BITS: usize = 48;
const L1_ENTRIES: usize = 1 << (ADDR_BITS - ARENA_SHIFT);
const EXACT_LISTS: usize = 128;
const MIN_GROW_PAGES: usize = (4 << 20) / PAGE_SIZE;
const FIRST_RESERVATION: usize = 64 << 30;

/// One page-map leaf: a span pointer per page of a 64 MiB arena.
struct ArenaMap {
    spans: [*mut Span; PAGES_PER_ARENA],
}

/// The page heap's state.
pub struct PageHeap {
    l1: *mut *mut ArenaMap,
    free: [SpanListHead; EXACT_LISTS],
    free_large: SpanListHead,
    /// Committed but not yet handed out part of the current reservation.
    cur: usize,
    /// End of the current reservation.
    end: usize,
    /// Span records.
    pub spanalloc: FixAlloc,
    /// Bytes committed for heap pages.
    pub heap_sys: usize,
    /// Bytes in in-use spans.
    pub heap_inuse: usize,
    /// Bytes of metadata mapped (page map leaves).
    pub meta_sys: usize,
    /// Bytes of free spans returned to the OS (`scavenged` spans).
    pub heap_released: usize,
    /// Size of the next reservation to try.
    next_reservation: usize,
    /// Number of `scavenge` calls so far (one per collection): free spans
    /// stamped with an older generation have been idle for a whole cycle.
    scav_gen: u32,
    /// Lowest and highest heap addresses ever handed out (for quick rejects).
    pub lo: usize,
    /// See `lo`.
    pub hi: usize,
}

impl PageHeap {
    /// An empty page heap; memory is reserved on first use.
    pub const fn new() -> PageHeap {
        PageHeap {
            l1: ptr::null_mut(),
            free: [const { SpanListHead::new() }; EXACT_LISTS],
            free_large: SpanListHead::new(),
            cur: 0,
            end: 0,
            spanalloc: FixAlloc::new(size_of::<Span>().next_multiple_of(8)),
            heap_sys: 0,
            heap_inuse: 0,
            meta_sys: 0,
            heap_released: 0,
            next_reservation: FIRST_RESERVATION,
            scav_gen: 0,
            lo: usize::MAX,
            hi: 0,
        }
    }

    /// Looks up the page-map entry for `addr`, or null when no heap arena
    /// covers it.
    #[inline]
    fn map_entry(&self, addr: usize) -> *mut *mut Span {
        if self.l1.is_null() || addr >> ADDR_BITS != 0 {
            return ptr::null_mut();
        }
        // SAFETY: `l1` has L1_ENTRIES slots and `addr >> ARENA_SHIFT` is in range.
        let leaf = unsafe { *self.l1.add(addr >> ARENA_SHIFT) };
        if leaf.is_null() {
            return ptr::null_mut();
        }
        let page = (addr >> PAGE_SHIFT) & (PAGES_PER_ARENA - 1);
        // SAFETY: `leaf` is a live ArenaMap and `page` indexes within it.
        unsafe { (*leaf).spans.as_mut_ptr().add(page) }
    }

    fn set_map(&mut self, addr: usize, s: *mut Span) {
        let e = self.map_entry(addr);
        debug_assert!(!e.is_null());
        // SAFETY: `ensure_map` created the leaf for every heap address.
        unsafe { *e = s };
    }

    /// Creates page-map leaves for `[base, base+size)`.
    fn ensure_map(&mut self, base: usize, size: usize) -> bool {
        if self.l1.is_null() {
            let bytes = L1_ENTRIES * size_of::<*mut ArenaMap>();
            let p = os::map_rw(bytes, true);
            if p.is_null() {
                return false;
            }
            self.l1 = p as *mut *mut ArenaMap;
        }
        let mut a = base >> ARENA_SHIFT;
        while a <= (base + size - 1) >> ARENA_SHIFT {
            // SAFETY: `a < L1_ENTRIES` because heap addresses are below 2^48.
            let slot = unsafe { self.l1.add(a) };
            // SAFETY: `slot` is inside the L1 table.
            if unsafe { (*slot).is_null() } {
                let p = os::map_rw(size_of::<ArenaMap>(), false);
                if p.is_null() {
                    return false;
                }
                self.meta_sys += size_of::<ArenaMap>();
                // SAFETY: `slot` is inside the L1 table.
                unsafe { *slot = p as *mut ArenaMap };
            }
            a += 1;
        }
        true
    }

    /// Returns the in-use span containing `addr`, or null.
    #[inline]
    pub fn span_of(&self, addr: usize) -> *mut Span {
        if addr < self.lo || addr >= self.hi {
            return ptr::null_mut();
        }
        let e = self.map_entry(addr);
        if e.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: `e` points into a live leaf; a non-null entry is a live span.
        unsafe {
            let s = *e;
            if s.is_null()
                || (*s).state != SpanState::InUse
                || addr < (*s).start
                || addr >= (*s).limit()
            {
                return ptr::null_mut();
            }
            s
        }
    }

    fn new_span(&mut self, start: usize, npages: usize) -> *mut Span {
        let s = self.spanalloc.alloc() as *mut Span;
        if s.is_null() {
            crate::panic::fatal("out of memory allocating heap metadata");
        }
        // SAFETY: `s` is a fresh zeroed record of Span size; all-zero is a
        // valid Span except for the fields we set here.
        unsafe {
            (*s).start = start;
            (*s).npages = npages;
            (*s).state = SpanState::Free;
            (*s).list = SpanList::None;
        }
        s
    }

    fn list_for(&mut self, npages: usize) -> &mut SpanListHead {
        if npages < EXACT_LISTS {
            &mut self.free[npages]
        } else {
            &mut self.free_large
        }
    }

    /// Marks `s` free, records its ends in the page map and links it.
    fn insert_free(&mut self, s: *mut Span) {
        // SAFETY: `s` is a valid, unlinked span owned by the page heap.
        unsafe {
            (*s).state = SpanState::Free;
            (*s).list = SpanList::Free;
            let (start, n) = ((*s).start, (*s).npages);
            self.set_map(start, s);
            self.set_map(start + (n - 1) * PAGE_SIZE, s);
            self.list_for(n).push(s);
        }
    }

    fn remove_free(&mut self, s: *mut Span) {
        // SAFETY: `s` is linked in the free list for its size.
        unsafe {
            let n = (*s).npages;
            self.list_for(n).remove(s);
            (*s).list = SpanList::None;
        }
    }

    /// Grows the heap by at least `npages` pages. Returns false when the OS
    /// has no more memory.
    fn grow(&mut self, npages: usize) -> bool {
        let pages = npages.max(MIN_GROW_PAGES);
        let bytes = pages * PAGE_SIZE;
        if self.end - self.cur < bytes {
            // Start a new reservation; the tail of the old one is abandoned
            // (it is only address space).
            let mut want = self
                .next_reservation
                .max(bytes.next_multiple_of(1 << ARENA_SHIFT));
            loop {
                let p = os::reserve(want, 1 << ARENA_SHIFT);
                if !p.is_null() {
                    self.cur = p as usize;
                    self.end = p as usize + want;
                    break;
                }
                if want <= bytes.next_multiple_of(1 << ARENA_SHIFT) {
                    return false;
                }
                want = (want / 2).max(bytes.next_multiple_of(1 << ARENA_SHIFT));
                self.next_reservation = want;
            }
        }
        let base = self.cur;
        if !os::commit(base as *mut u8, bytes) || !self.ensure_map(base, bytes) {
            return false;
        }
        self.cur += bytes;
        self.heap_sys += bytes;
        self.lo = self.lo.min(base);
        self.hi = self.hi.max(base + bytes);
        let s = self.new_span(base, pages);
        self.free_merge(s);
        true
    }

    /// Makes sure the heap has memory, growing it the first time.
    pub fn prepare(&mut self) -> bool {
        self.heap_sys != 0 || self.grow(MIN_GROW_PAGES)
    }

    /// Allocates a run of `npages` pages as an in-use span with every page
    /// mapped to it. The caller initialises the class-specific fields.
    pub fn alloc(&mut self, npages: usize) -> *mut Span {
        let mut s = self.find(npages);
        if s.is_null() {
            if !self.grow(npages) {
                return ptr::null_mut();
            }
            s = self.find(npages);
            if s.is_null() {
                return ptr::null_mut();
            }
        }
        self.remove_free(s);
        // SAFETY: `s` is a valid free span of at least `npages` pages, now
        // unlinked and owned by us.
        unsafe {
            let was_scavenged = (*s).scavenged;
            if was_scavenged {
                // The pages come back on first touch, zeroed by the kernel.
                self.heap_released -= (*s).npages * PAGE_SIZE;
                (*s).scavenged = false;
            }
            if (*s).npages > npages {
                let rest = self.new_span((*s).start + npages * PAGE_SIZE, (*s).npages - npages);
                (*rest).needzero = (*s).needzero;
                (*rest).free_gen = (*s).free_gen;
                if was_scavenged {
                    (*rest).scavenged = true;
                    self.heap_released += (*rest).npages * PAGE_SIZE;
                }
                (*s).npages = npages;
                self.insert_free(rest);
            }
            (*s).state = SpanState::InUse;
            (*s).list = SpanList::None;
            for i in 0..npages {
                self.set_map((*s).start + i * PAGE_SIZE, s);
            }
        }
        self.heap_inuse += npages * PAGE_SIZE;
        s
    }

    fn find(&mut self, npages: usize) -> *mut Span {
        for n in npages..EXACT_LISTS {
            if !self.free[n].first.is_null() {
                return self.free[n].first;
            }
        }
        // Best fit among the big runs, lowest address on ties.
        let mut best: *mut Span = ptr::null_mut();
        let mut s = self.free_large.first;
        while !s.is_null() {
            // SAFETY: list members are valid spans.
            unsafe {
                if (*s).npages >= npages
                    && (best.is_null()
                        || (*s).npages < (*best).npages
                        || ((*s).npages == (*best).npages && (*s).start < (*best).start))
                {
                    best = s;
                }
                s = (*s).next;
            }
        }
        best
    }

    /// Returns an in-use span's pages to the heap. The memory is assumed
    /// dirty.
    ///
    /// # Safety
    /// `s` must be an in-use span of this heap, unlinked from every list and
    /// holding no live objects.
    pub unsafe fn free_span(&mut self, s: *mut Span) {
        // SAFETY: `s` is an in-use span the caller has unlinked from all lists.
        unsafe {
            self.heap_inuse -= (*s).npages * PAGE_SIZE;
            (*s).needzero = true;
            (*s).scavenged = false;
            (*s).free_gen = self.scav_gen;
            (*s).types = ptr::null_mut();
            (*s).types_cap = 0;
        }
        self.free_merge(s);
    }

    /// Coalesces the (unlinked, not-in-use) span `s` with free neighbours
    /// and links the result.
    fn free_merge(&mut self, mut s: *mut Span) {
        // SAFETY: `s` is a valid unlinked span; neighbours found through the
        // page map are checked to be free spans adjacent to `s`.
        unsafe {
            (*s).state = SpanState::Free;
            let start = (*s).start;
            if start > self.lo {
                let e = self.map_entry(start - PAGE_SIZE);
                if !e.is_null() {
                    let p = *e;
                    if !p.is_null()
                        && p != s
                        && (*p).state == SpanState::Free
                        && (*p).list == SpanList::Free
                        && (*p).limit() == start
                    {
                        self.remove_free(p);
                        self.merge_scavenged(p, s);
                        (*p).npages += (*s).npages;
                        (*p).needzero |= (*s).needzero;
                        (*p).free_gen = (*p).free_gen.max((*s).free_gen);
                        self.spanalloc.free(s as *mut u8);
                        s = p;
                    }
                }
            }
            let end = (*s).limit();
            if end < self.hi {
                let e = self.map_entry(end);
                if !e.is_null() {
                    let n = *e;
                    if !n.is_null()
                        && n != s
                        && (*n).state == SpanState::Free
                        && (*n).list == SpanList::Free
                        && (*n).start == end
                    {
                        self.remove_free(n);
                        self.merge_scavenged(s, n);
                        (*s).npages += (*n).npages;
                        (*s).needzero |= (*n).needzero;
                        (*s).free_gen = (*s).free_gen.max((*n).free_gen);
                        self.spanalloc.free(n as *mut u8);
                    }
                }
            }
        }
        self.insert_free(s);
    }

    /// Accounting for merging free span `b` into `a`: the result counts as
    /// released only when both halves were (a partly released run is
    /// counted as retained; scavenging it again is harmless).
    ///
    /// # Safety
    /// `a` and `b` must be valid free spans.
    unsafe fn merge_scavenged(&mut self, a: *mut Span, b: *mut Span) {
        // SAFETY: the caller guarantees both are valid.
        unsafe {
            if (*a).scavenged != (*b).scavenged {
                let r = if (*a).scavenged { a } else { b };
                self.heap_released -= (*r).npages * PAGE_SIZE;
                (*a).scavenged = false;
            }
        }
    }

    /// Returns free runs to the OS (`madvise(MADV_DONTNEED)`, after which
    /// the kernel supplies zero pages on the next touch) until the heap's
    /// retained memory, `heap_sys - heap_released`, is at most `retain`
    /// bytes. Large runs go first. Only runs that stayed free since the
    /// previous call (a whole collection cycle) are released: memory freed
    /// by this cycle's sweep is likely to be reused right away, and
    /// releasing it would only make the program fault it back in (the role
    /// of gc's slow background scavenger).
    pub fn scavenge(&mut self, retain: usize) {
        let gen = self.scav_gen;
        self.scav_gen = gen.wrapping_add(1);
        let mut lists: [*mut SpanListHead; EXACT_LISTS + 1] = [ptr::null_mut(); EXACT_LISTS + 1];
        lists[0] = &mut self.free_large;
        for (i, l) in lists.iter_mut().skip(1).enumerate() {
            *l = &mut self.free[EXACT_LISTS - 1 - i];
        }
        for l in lists {
            if self.heap_sys - self.heap_released <= retain {
                return;
            }
            // SAFETY: `l` points at one of our free lists; members are valid
            // free spans whose pages are committed and unused.
            unsafe {
                let mut s = (*l).first;
                while !s.is_null() && self.heap_sys - self.heap_released > retain {
                    if !(*s).scavenged && (*s).free_gen != gen {
                        let len = (*s).npages * PAGE_SIZE;
                        libc::madvise((*s).start as *mut libc::c_void, len, libc::MADV_DONTNEED);
                        (*s).scavenged = true;
                        (*s).needzero = false;
                        self.heap_released += len;
                    }
                    s = (*s).next;
                }
            }
        }
    }

    /// Whether `addr` lies in a page that some span has covered.
    pub fn is_heap_page(&self, addr: usize) -> bool {
        let e = self.map_entry(addr);
        // SAFETY: a non-null entry is inside a live page-map leaf.
        !e.is_null() && unsafe { !(*e).is_null() }
    }

    /// The heap verifier's checks of the free runs (see `gc/verify.rs`,
    /// V5): every run on a free list is free, linked as free, on the list
    /// for its size and maps its ends to itself; free plus in-use pages make
    /// up the committed heap; released bytes are free bytes.
    pub fn verify_free(&self) {
        let mut free = 0usize;
        let mut released = 0usize;
        for (i, l) in self
            .free
            .iter()
            .chain(core::iter::once(&self.free_large))
            .enumerate()
        {
            let mut s = l.first;
            while !s.is_null() {
                // SAFETY: free-list members are valid spans.
                let sp = unsafe { &*s };
                let right_list = if i < EXACT_LISTS {
                    sp.npages == i
                } else {
                    sp.npages >= EXACT_LISTS
                };
                let ends = [sp.start, sp.start + (sp.npages - 1) * PAGE_SIZE];
                // SAFETY: map entries of heap pages are inside live leaves.
                let mapped = ends.iter().all(|&a| {
                    let e = self.map_entry(a);
                    !e.is_null() && unsafe { *e } == s
                });
                if sp.state != SpanState::Free
                    || sp.list != SpanList::Free
                    || !right_list
                    || !mapped
                {
                    crate::panic::fatal("gcverify: a free page run is inconsistent");
                }
                free += sp.npages * PAGE_SIZE;
                if sp.scavenged {
                    released += sp.npages * PAGE_SIZE;
                }
                s = sp.next;
            }
        }
        if free + self.heap_inuse != self.heap_sys || released != self.heap_released {
            crate::panic::fatal("gcverify: page accounting is inconsistent");
        }
    }

    /// Bytes of page-heap metadata mapped from the OS.
    pub fn metadata_sys(&self) -> usize {
        self.meta_sys + self.spanalloc.sys
    }
}

impl Default for PageHeap {
    fn default() -> Self {
        Self::new()
    }
}
