//! The Go heap allocator: gc's design (`runtime/malloc.go`) in Rust.
//!
//! # Overview
//!
//! Go objects never come from Rust's global allocator. Memory flows through
//! four layers, each with its own module:
//!
//! * `os` reserves big aligned ranges of address space with `mmap`
//!   (`PROT_NONE`, no commit charge) and commits them with `mprotect` as the
//!   heap grows. Fresh pages are zero, which lets new spans skip clearing.
//! * `page_heap` manages 8 KiB pages. It hands out runs of pages as *spans*,
//!   coalesces freed runs, and keeps a two-level page map from every heap
//!   page to its span, so any address (including an interior pointer) can be
//!   resolved to its object in O(1) by `span_of` — what a collector needs.
//! * `central` keeps, per *span class*, the in-use spans not owned by any
//!   thread, split into those with free slots and those without.
//! * `cache` is the per-thread cache (gc's `mcache`): one current span per
//!   span class, allocated from with no locks at all.
//!
//! Small objects (≤ 32 KiB) are rounded up to one of gc's 67 size classes
//! (`size_class`, generated from gc's own table) and allocated from a span of
//! that class. A *span class* is `class << 1 | noscan`: pointer-free objects
//! live in separate spans from objects with pointers, so a collector never
//! scans noscan spans, and scan spans remember each slot's allocation type
//! for precise scanning. Large objects get a dedicated span of whole pages.
//!
//! Zeroing: every span tracks `needzero` (its memory may be dirty). Objects
//! are cleared on allocation only when the caller asked for zeroed memory and
//! the span may be dirty.
//!
//! Alignment follows from the classes: spans are page aligned and slot sizes
//! are multiples of 8 (of 16 from 16 bytes up, except the 24-byte class,
//! exactly as in gc), so objects are 8-byte aligned and 16-byte aligned when
//! their class size is a multiple of 16, except tiny objects (below).
//!
//! Tiny objects (gc's tiny allocator, `mallocgcTiny`): a pointer-free
//! request of fewer than 16 bytes is placed into the thread's current
//! 16-byte *tiny block* (an ordinary object of the 16-byte noscan class) at
//! the next offset aligned to 8, 4 or 2 when its size is a multiple of 8, 4
//! or 2 (else unaligned, as in gc), if it fits; otherwise a new block is
//! allocated, and it becomes the current block when it has more room left
//! than the old one. A block is one heap object to the collector: it stays
//! alive while any pointer (interior pointers included) refers into it.
//! Statistics follow gc's `MemStats`: a block counts as one 16-byte malloc
//! (`Mallocs`, `TotalAlloc`, `BySize`), and each allocation placed into an
//! existing block counts once in both `Mallocs` and `Frees` and no bytes,
//! so `HeapObjects` counts blocks. `read_mem_stats` and every collection
//! drop the current block (gc's `releaseAll`), so a benchmark's counts do
//! not depend on what was allocated before its timer started; the
//! collections `GODEBUG=gcstress` adds keep it (`stress_tick_keeping_tiny`).
//! `GODEBUG=allocsites` charges a tiny object its share of a block
//! (`tiny_share`).
//!
//! `roundupsize` reproduces gc's including its malloc-header rule (objects
//! with pointers larger than 512 bytes carry an 8-byte header in gc), because
//! `growslice` uses it to choose capacities and `cap()` must match gc.
//!
//! Locking: one spin lock (`HEAP`) protects the page heap, the central lists
//! and the global statistics. Thread caches take it only to exchange spans.
//!
//! Statistics for `runtime.ReadMemStats` are kept as counters and reported
//! by `read_mem_stats` in gc's `MemStats` layout (see `MemStats`).
//!
//! # The rule for the rest of the runtime (the collector depends on it)
//!
//! The collector (`gc/`, on by default) frees every object it cannot reach
//! from the Go stack and registers, static data, registered root ranges
//! (`gc::register_root`) and the pointer words of reachable heap objects.
//! So: allocate every object that holds Go pointers with its real type
//! (`mallocgc(size, Some(typ), …)`), or with `conservative_type()` when it
//! has none; never use `None` (noscan) for memory that will hold pointers;
//! and never keep the only reference to a Go object in Rust-allocated or
//! privately `mmap`ed memory (register such ranges instead). Statics and
//! locals of functions running on the Go thread are scanned.
//!
//! The collector runs only from `mallocgc` (its slow path, and every
//! allocation under the stress modes) and `runtime.GC()`, never
//! asynchronously: runtime code between two allocations needs no extra
//! care, but any pointer it still needs after calling `mallocgc` must be
//! held in a local (or a reachable object), not recomputed from an integer.
//! Marking is incremental, though: between two allocations a cycle may be
//! marking, and then every store of Go pointers into heap memory must be
//! followed by the write barrier, `gc::wb_range` (see "Write barrier" in
//! `gc/mod.rs`), unless the stored pointers are to objects allocated
//! during that cycle (black allocation: while marking, `mallocgc` sets the
//! new object's mark bit).

pub mod cache;
pub mod central;
pub mod os;
pub mod page_heap;
pub mod size_class;
pub mod span;

use crate::types::TypeDesc;
use central::Central;
use core::cell::UnsafeCell;
use core::ptr;
use core::sync::atomic::{AtomicBool, Ordering};
use page_heap::PageHeap;
use size_class::*;
use span::{MetaAlloc, Span, SpanList, SpanListHead};

/// Number of span classes (`NUM_SIZE_CLASSES` × {scan, noscan}).
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES * 2;
/// gc's `mallocHeaderSize`: bytes of type header on large-ish scan objects.
pub const MALLOC_HEADER_SIZE: usize = 8;
/// gc's `minSizeForMallocHeader` (pointer size × bits per pointer word).
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 8 * 64;
/// gc's `maxAlloc` on linux/amd64: the largest possible allocation.
pub const MAX_ALLOC: usize = 1 << 48;
/// gc's `maxTinySize`: the tiny block size; pointer-free objects smaller
/// than this are packed into tiny blocks.
pub const MAX_TINY_SIZE: usize = 16;
/// The size class of tiny blocks (16 bytes).
pub const TINY_SIZE_CLASS: usize = 2;
/// gc's `tinySpanClass`: the noscan span class tiny blocks come from.
pub const TINY_SPAN_CLASS: usize = TINY_SIZE_CLASS << 1 | 1;

/// The address returned for all zero-byte allocations (gc's `zerobase`).
pub static ZEROBASE: u64 = 0;

/// Returns the zero-size allocation address.
pub fn zerobase() -> *mut u8 {
    &ZEROBASE as *const u64 as *mut u8
}

/// A minimal spin lock; critical sections are short and bounded.
pub struct SpinLock<T> {
    locked: AtomicBool,
    data: UnsafeCell<T>,
}

// SAFETY: access to `data` is serialised by `locked`.
unsafe impl<T: Send> Sync for SpinLock<T> {}

/// Exclusive access to a `SpinLock`'s data; unlocks on drop.
pub struct SpinGuard<'a, T> {
    lock: &'a SpinLock<T>,
}

impl<T> SpinLock<T> {
    /// A new unlocked lock.
    pub const fn new(v: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            data: UnsafeCell::new(v),
        }
    }

    /// Acquires the lock, spinning and then yielding the CPU.
    pub fn lock(&self) -> SpinGuard<'_, T> {
        let mut spins = 0u32;
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            spins += 1;
            if spins < 64 {
                core::hint::spin_loop();
            } else {
                // SAFETY: sched_yield has no preconditions.
                unsafe { libc::sched_yield() };
            }
        }
        SpinGuard { lock: self }
    }
}

impl<T> core::ops::Deref for SpinGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the guard proves we hold the lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T> core::ops::DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard proves we hold the lock exclusively.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

/// Global allocation counters (all under the heap lock).
pub struct Stats {
    /// Objects allocated, ever.
    pub mallocs: u64,
    /// Objects freed, ever.
    pub frees: u64,
    /// Bytes allocated, ever (slot sizes, as gc counts).
    pub total_alloc: u64,
    /// Bytes freed, ever.
    pub freed_bytes: u64,
    /// Small-object mallocs per size class.
    pub nmalloc: [u64; NUM_SIZE_CLASSES],
    /// Small-object frees per size class.
    pub nfree: [u64; NUM_SIZE_CLASSES],
    /// Allocations placed into an existing tiny block, ever (gc's
    /// `tinyAllocCount`; `MemStats` adds them to both Mallocs and Frees).
    pub tiny_allocs: u64,
    /// Completed collections.
    pub num_gc: u32,
    /// Collections forced by `runtime.GC`.
    pub num_forced_gc: u32,
    /// Total stop-the-world pause time.
    pub pause_total_ns: u64,
    /// Circular buffer of recent pause times.
    pub pause_ns: [u64; 256],
    /// Circular buffer of recent pause end times (Unix ns).
    pub pause_end: [u64; 256],
    /// Unix ns time of the last collection.
    pub last_gc: u64,
    /// Heap size target of the next collection.
    pub next_gc: u64,
}

/// Everything behind the heap lock.
pub struct Heap {
    /// Page-level allocator and page map.
    pub pages: PageHeap,
    /// Central span lists per span class.
    pub central: [Central; NUM_SPAN_CLASSES],
    /// In-use large-object spans (swept).
    pub large: SpanListHead,
    /// Large-object spans not yet swept since the last mark termination.
    pub large_unswept: SpanListHead,
    /// Lazy-sweep state (`gc/sweep.rs`).
    pub sweep: crate::gc::sweep::SweepState,
    /// The collector's cycle state and mark stack (`gc/mod.rs`).
    pub cycle: crate::gc::CycleState,
    /// Per-slot type arrays.
    pub meta: MetaAlloc,
    /// Counters.
    pub stats: Stats,
}

// SAFETY: the raw pointers inside `Heap` refer to runtime metadata and heap
// memory that is only touched under the heap lock.
unsafe impl Send for Heap {}

/// The heap.
pub static HEAP: SpinLock<Heap> = SpinLock::new(Heap {
    pages: PageHeap::new(),
    central: [const { Central::new() }; NUM_SPAN_CLASSES],
    large: SpanListHead::new(),
    large_unswept: SpanListHead::new(),
    sweep: crate::gc::sweep::SweepState::new(),
    cycle: crate::gc::CycleState::new(),
    meta: MetaAlloc::new(),
    stats: Stats {
        mallocs: 0,
        frees: 0,
        total_alloc: 0,
        freed_bytes: 0,
        nmalloc: [0; NUM_SIZE_CLASSES],
        nfree: [0; NUM_SIZE_CLASSES],
        tiny_allocs: 0,
        num_gc: 0,
        num_forced_gc: 0,
        pause_total_ns: 0,
        pause_ns: [0; 256],
        pause_end: [0; 256],
        last_gc: 0,
        next_gc: 4 << 20,
    },
});

/// A `TypeDesc` that can live in a `static`.
struct StaticDesc(TypeDesc);

// SAFETY: the descriptor is immutable and its pointers refer to static data.
unsafe impl Sync for StaticDesc {}

static CONSERVATIVE: StaticDesc = StaticDesc(TypeDesc {
    size: 8,
    ptrdata: 8,
    hash: 0,
    kind: crate::types::kind::UNSAFE_POINTER,
    align: 8,
    flags: 0,
    _pad: 0,
    gcdata: &1u8,
    name: crate::types::GoString::from_static("unsafe.Pointer"),
    elem: ptr::null(),
    key: ptr::null(),
    len: 0,
    equal: None,
    methods: ptr::null(),
    nmethods: 0,
});

/// The allocation type for runtime-built objects that may hold Go pointers
/// anywhere but have no Go type (e.g. internal records of runtime modules):
/// `mallocgc(size, Some(conservative_type()), true)` makes the collector
/// treat every word of the object as a possible pointer. Rule for runtime
/// modules: see "Where Go pointers may live" in `gc/mod.rs`.
pub fn conservative_type() -> &'static TypeDesc {
    &CONSERVATIVE.0
}

/// Returns the size class for a small size (`1..=MAX_SMALL_SIZE`).
#[inline]
pub fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX - 8 {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        // Sizes in (SMALL_SIZE_MAX - 8, SMALL_SIZE_MAX] make the subtraction
        // wrap; like gc's uintptr arithmetic, the wrapped rounding lands on
        // index 0 (the 1024-byte class).
        let n = size
            .wrapping_sub(SMALL_SIZE_MAX)
            .wrapping_add(LARGE_SIZE_DIV - 1);
        SIZE_TO_CLASS128[n / LARGE_SIZE_DIV] as usize
    }
}

/// gc's `roundupsize`: the size `mallocgc` would actually hand out for a
/// request of `size` bytes (minus the malloc header gc adds to scan objects
/// over 512 bytes, which the caller does not get to use).
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        return CLASS_TO_SIZE[size_to_class(req)] as usize - (req - size);
    }
    req = req.wrapping_add(PAGE_SIZE - 1);
    if req < size {
        return size;
    }
    req & !(PAGE_SIZE - 1)
}

/// Initialises the heap eagerly (it would otherwise initialise on first
/// use): reserves the first address-space region and commits 4 MiB.
pub fn init() {
    if !HEAP.lock().pages.prepare() {
        out_of_memory();
    }
}

fn out_of_memory() -> ! {
    crate::panic::fatal("out of memory")
}

/// Whether an allocation-time debug mode is on (`GODEBUG=gcstress`,
/// `gcmarkstress` or `allocsites`): `mallocgc` then takes its general path,
/// which checks each of them. Set once at startup (`set_debug_hooks`).
static DEBUG_HOOKS: AtomicBool = AtomicBool::new(false);

/// Routes every allocation through `mallocgc`'s general path, where the
/// stress modes and `allocsites` hook in (called by `gc::init`).
pub fn set_debug_hooks(on: bool) {
    DEBUG_HOOKS.store(on, Ordering::Relaxed);
}

/// Allocates `size` bytes for an object of type `typ` (`None` means the
/// object holds no pointers). Zeroes the memory when `needzero` is set; the caller
/// promises to initialise every byte otherwise.
///
/// The fast path, inlined into the runtime's entry points: a small object
/// that is not tiny, with no debug mode on, taken from the thread cache's
/// current span of its class (`malloc_fast`).
#[inline]
pub fn mallocgc(size: usize, typ: Option<&TypeDesc>, needzero: bool) -> *mut u8 {
    let noscan = typ.is_none_or(|t| t.ptrdata == 0);
    if size.wrapping_sub(1) < MAX_SMALL_SIZE
        && (size >= MAX_TINY_SIZE || !noscan)
        && !DEBUG_HOOKS.load(Ordering::Relaxed)
    {
        let class = size_to_class(size);
        let typ: *const TypeDesc = typ.map_or(ptr::null(), |t| t as *const TypeDesc);
        return malloc_small(class, class << 1 | noscan as usize, typ, needzero);
    }
    mallocgc_general(size, typ, needzero)
}

/// `mallocgc` for everything but its fast path: zero-sized, tiny and large
/// objects, and every allocation under a debug mode.
#[inline(never)]
fn mallocgc_general(size: usize, typ: Option<&TypeDesc>, needzero: bool) -> *mut u8 {
    if size == 0 {
        return zerobase();
    }
    if crate::gc::stress_active() {
        stress_tick_keeping_tiny();
    }
    let noscan = typ.is_none_or(|t| t.ptrdata == 0);
    if noscan && size < MAX_TINY_SIZE {
        if crate::allocsites::active() {
            crate::allocsites::record(tiny_share(size));
        }
        return malloc_tiny(size);
    }
    if crate::allocsites::active() {
        let rounded = if size > MAX_SMALL_SIZE {
            size.div_ceil(PAGE_SIZE) * PAGE_SIZE
        } else {
            CLASS_TO_SIZE[size_to_class(size)] as usize
        };
        crate::allocsites::record(rounded);
    }
    let typ: *const TypeDesc = typ.map_or(ptr::null(), |t| t as *const TypeDesc);
    if size > MAX_SMALL_SIZE {
        return alloc_large(size, typ, needzero, noscan);
    }
    let class = size_to_class(size);
    malloc_small(class, class << 1 | noscan as usize, typ, needzero)
}

/// `GODEBUG=gcstress`'s tick, which collects at every N-th allocation. A
/// collection drops the thread's tiny block (as each of gc's does), but
/// stress collections are extra ones gc would not run, so this one keeps the
/// block: it holds the block's address in a stack slot, which the collection
/// scans as a root, and reinstates the block afterwards. Stress runs then
/// pack tiny objects as normal runs do (and print the same statistics), and
/// they exercise a block that stays in use across collections.
#[cold]
#[inline(never)]
fn stress_tick_keeping_tiny() {
    let (tiny, off) = cache::with_cache(|c| (c.tiny, c.tiny_offset));
    let root = [tiny];
    // The slot must be in memory, where the stack scan sees it.
    core::hint::black_box(&root);
    crate::gc::stress_tick();
    let tiny = core::hint::black_box(&root)[0];
    cache::with_cache(|c| {
        if c.tiny == 0 && tiny != 0 {
            c.tiny = tiny;
            c.tiny_offset = off;
        }
    });
}

/// gc's `mallocgcTiny`: places a pointer-free object of `size` (1..16)
/// bytes into the thread's tiny block, or opens a new block. The memory is
/// always zero (a block is zeroed when it is allocated and its unused tail
/// is never written).
#[inline]
fn malloc_tiny(size: usize) -> *mut u8 {
    let p = cache::with_cache(|c| {
        let off = tiny_align(c.tiny_offset, size);
        if c.tiny != 0 && off + size <= MAX_TINY_SIZE {
            c.tiny_offset = off + size;
            c.tiny_allocs += 1;
            return (c.tiny + off) as *mut u8;
        }
        ptr::null_mut()
    });
    if !p.is_null() {
        return p;
    }
    // A new block. Allocating it may collect, which drops the current block:
    // read the cache's state only afterwards.
    let block = malloc_small(TINY_SIZE_CLASS, TINY_SPAN_CLASS, ptr::null(), true);
    cache::with_cache(|c| {
        // Keep whichever block has more room left (gc's rule).
        if size < c.tiny_offset || c.tiny == 0 {
            c.tiny = block as usize;
            c.tiny_offset = size;
        }
    });
    block
}

/// The bytes `GODEBUG=allocsites` charges a tiny object of `size` bytes:
/// its share of a block filled with objects of its size (16 divided by how
/// many fit, rounded down), so a site that allocates only such objects is
/// charged what gc's `TotalAlloc` counts for it in the long run (8 bytes for
/// an 8-byte object, 16 for a 9-byte one, 5 for a 5-byte one). Charging the
/// block to the allocation that opens it instead would make a site's bytes
/// depend on what other sites allocated before it.
#[inline]
pub fn tiny_share(size: usize) -> usize {
    MAX_TINY_SIZE / (MAX_TINY_SIZE / size)
}

/// The offset in a tiny block for an object of `size` bytes when `off`
/// bytes are taken: aligned to 8, 4 or 2 when the size is a multiple of it.
#[inline]
pub fn tiny_align(off: usize, size: usize) -> usize {
    if size & 7 == 0 {
        off.next_multiple_of(8)
    } else if size & 3 == 0 {
        off.next_multiple_of(4)
    } else if size & 1 == 0 {
        off.next_multiple_of(2)
    } else {
        off
    }
}

/// Allocates one object of size class `class` from span class `spc`
/// (`class << 1 | noscan`), recording `typ` as its type in scan spans.
#[inline(always)]
fn malloc_small(class: usize, spc: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8 {
    let p = malloc_fast(class, spc, typ, needzero);
    if !p.is_null() {
        return p;
    }
    malloc_small_slow(class, spc, typ, needzero)
}

/// The slow path of `malloc_small`: the cache's span of the class is full
/// (or there is none yet).
#[cold]
#[inline(never)]
fn malloc_small_slow(class: usize, spc: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8 {
    loop {
        // Assist marking or start a cycle (gc checks its trigger exactly
        // here, when a cache needs a new span), then get a span with room.
        crate::gc::alloc_slow(cache::with_cache(|c| c.bytes as usize));
        cache::with_cache(|c| refill(c, spc));
        let p = malloc_fast(class, spc, typ, needzero);
        if !p.is_null() {
            return p;
        }
    }
}

/// A free slot of the thread cache's current span of class `spc`, zeroed
/// when asked and the span may be dirty, its type recorded, allocated
/// black while a cycle marks; null when the cache has no span with room.
#[inline(always)]
fn malloc_fast(class: usize, spc: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8 {
    // SAFETY: the cache is thread-local and nothing below re-enters it.
    let c = unsafe { &mut *cache::cache_ptr() };
    let s = c.alloc[spc];
    if s.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: a cached span is owned exclusively by this cache.
    let sp = unsafe { &mut *s };
    let Some(idx) = sp.take_free_slot() else {
        return ptr::null_mut();
    };
    let size = sp.elemsize;
    let p = sp.start + idx * size;
    if needzero && sp.needzero {
        if size <= 64 {
            // Small slots: a few stores beat a call to memset (volatile,
            // or the compiler turns the loop back into that call).
            let mut q = p;
            while q < p + size {
                // SAFETY: slot `idx` lies inside the span's committed pages
                // and slot sizes are multiples of 8.
                unsafe { ptr::write_volatile(q as *mut u64, 0) };
                q += 8;
            }
        } else {
            // SAFETY: slot `idx` lies inside the span's committed pages.
            unsafe { ptr::write_bytes(p as *mut u8, 0, size) };
        }
    }
    if spc & 1 == 0 {
        // SAFETY: scan spans have a `types` entry per slot.
        unsafe { *sp.types.add(idx) = typ };
        if sp.uniform != typ as usize {
            sp.note_type(typ);
        }
    }
    if crate::gc::marking() {
        // Allocate black: the cycle keeps (and never scans) it.
        sp.bits[idx / 64].mark |= 1 << (idx % 64);
    }
    c.nmalloc[class] += 1;
    c.bytes += size as u64;
    p as *mut u8
}

/// Swaps the cache's span of class `spc` for one with a free slot.
#[cold]
fn refill(c: &mut cache::MCache, spc: usize) -> *mut Span {
    let mut guard = HEAP.lock();
    let h = &mut *guard;
    let bytes = c.bytes as usize;
    flush_counts(c, &mut h.stats);
    let old = c.alloc[spc];
    if !old.is_null() {
        // SAFETY: `old` was this cache's span for class `spc`.
        unsafe { central::uncache_span(&mut h.central[spc], old) };
    }
    crate::gc::sweep::for_class(h, spc, bytes);
    let s = central::cache_span(&mut h.central[spc], &mut h.pages, &mut h.meta, spc);
    c.alloc[spc] = s;
    drop(guard);
    if s.is_null() {
        out_of_memory();
    }
    s
}

/// Folds a cache's local counters into the global statistics.
fn flush_counts(c: &mut cache::MCache, st: &mut Stats) {
    for (g, l) in st.nmalloc.iter_mut().zip(c.nmalloc.iter_mut()) {
        *g += *l;
        st.mallocs += *l;
        *l = 0;
    }
    st.total_alloc += c.bytes;
    // gc's heapLive: marked at the last cycle plus allocated since (freed
    // memory is not subtracted: sweeping is lazy).
    crate::gc::HEAP_LIVE.fetch_add(c.bytes as usize, core::sync::atomic::Ordering::Relaxed);
    c.bytes = 0;
    st.tiny_allocs += c.tiny_allocs;
    c.tiny_allocs = 0;
}

/// Returns every span cached by the calling thread to the central lists
/// and drops its tiny block (gc's `releaseAll`; used before a collection).
pub fn release_cache() {
    cache::with_cache(|c| {
        let mut h = HEAP.lock();
        let h = &mut *h;
        flush_counts(c, &mut h.stats);
        c.tiny = 0;
        c.tiny_offset = 0;
        for spc in 0..NUM_SPAN_CLASSES {
            let s = c.alloc[spc];
            if !s.is_null() {
                // SAFETY: `s` was this cache's span for class `spc`.
                unsafe { central::uncache_span(&mut h.central[spc], s) };
                c.alloc[spc] = ptr::null_mut();
            }
        }
    });
}

fn alloc_large(size: usize, typ: *const TypeDesc, needzero: bool, noscan: bool) -> *mut u8 {
    if size > MAX_ALLOC {
        out_of_memory();
    }
    let npages = size.div_ceil(PAGE_SIZE);
    crate::gc::alloc_slow(npages * PAGE_SIZE);
    let mut h = HEAP.lock();
    crate::gc::sweep::credit(&mut h, npages * PAGE_SIZE);
    let s = h.pages.alloc(npages);
    if s.is_null() {
        drop(h);
        out_of_memory();
    }
    // SAFETY: `s` is a fresh in-use span owned by us under the lock.
    unsafe {
        (*s).spanclass = noscan as u8;
        (*s).elemsize = npages * PAGE_SIZE;
        (*s).div_mul = 0;
        (*s).nelems = 1;
        (*s).freeindex = 1;
        (*s).alloc_count = 1;
        (*s).bits = [span::SlotBits::ZERO; span::BITMAP_WORDS];
        (*s).bits[0].alloc = 1;
        if crate::gc::marking() {
            (*s).bits[0].mark = 1;
        }
        (*s).types = ptr::null_mut();
        (*s).types_cap = 0;
        (*s).list = SpanList::Full;
        h.large.push(s);
        h.stats.mallocs += 1;
        h.stats.total_alloc += (*s).elemsize as u64;
        crate::gc::HEAP_LIVE.fetch_add((*s).elemsize, core::sync::atomic::Ordering::Relaxed);
        if !noscan {
            // Large objects store their type in the otherwise unused
            // `types` field itself: one object, one type.
            (*s).types = typ as *mut *const TypeDesc;
        }
        let (p, dirty, len) = ((*s).start as *mut u8, (*s).needzero, (*s).elemsize);
        drop(h);
        if needzero && dirty {
            ptr::write_bytes(p, 0, len);
        }
        p
    }
}

/// The object containing `addr`: its base address, size and allocation type
/// (null for noscan objects), or `None` if `addr` is not inside an allocated
/// heap object. Must be called with the heap lock held (pass the guard's heap).
#[inline]
pub fn find_object(h: &Heap, addr: usize) -> Option<(usize, usize, *const TypeDesc, *mut Span)> {
    let s = h.pages.span_of(addr);
    if s.is_null() {
        return None;
    }
    // SAFETY: `span_of` only returns live in-use spans.
    let sp = unsafe { &*s };
    if sp.class() == 0 {
        let t = if sp.noscan() {
            ptr::null()
        } else {
            sp.types as *const TypeDesc
        };
        return Some((sp.start, sp.elemsize, t, s));
    }
    let idx = sp.slot_of(addr);
    if idx >= sp.nelems || !sp.is_allocated(idx) {
        return None;
    }
    let t = if sp.noscan() {
        ptr::null()
    } else {
        // SAFETY: scan spans have one type entry per slot.
        unsafe { *sp.types.add(idx) }
    };
    Some((sp.start + idx * sp.elemsize, sp.elemsize, t, s))
}

/// gc's `runtime.MemStats`, field for field in gc's order and layout, so the
/// Go side can declare the same struct and pass its address to
/// `rt_readmemstats`.
#[repr(C)]
pub struct MemStats {
    /// Bytes of allocated heap objects (same as `heap_alloc`).
    pub alloc: u64,
    /// Cumulative bytes allocated for heap objects.
    pub total_alloc: u64,
    /// Total bytes of memory obtained from the OS.
    pub sys: u64,
    /// Pointer lookups (always 0, as in gc).
    pub lookups: u64,
    /// Cumulative count of heap objects allocated.
    pub mallocs: u64,
    /// Cumulative count of heap objects freed.
    pub frees: u64,
    /// Bytes of allocated heap objects.
    pub heap_alloc: u64,
    /// Bytes of heap memory obtained from the OS.
    pub heap_sys: u64,
    /// Bytes in idle (unused) spans.
    pub heap_idle: u64,
    /// Bytes in in-use spans.
    pub heap_inuse: u64,
    /// Bytes of physical memory returned to the OS.
    pub heap_released: u64,
    /// Number of allocated heap objects.
    pub heap_objects: u64,
    /// Bytes in stack spans (0: stacks are OS thread stacks).
    pub stack_inuse: u64,
    /// Stack memory obtained from the OS.
    pub stack_sys: u64,
    /// Bytes of allocated span records.
    pub mspan_inuse: u64,
    /// Bytes obtained for span records.
    pub mspan_sys: u64,
    /// Bytes of allocated cache structures.
    pub mcache_inuse: u64,
    /// Bytes obtained for cache structures.
    pub mcache_sys: u64,
    /// Bytes of profiling bucket tables.
    pub buck_hash_sys: u64,
    /// Bytes of collector metadata.
    pub gc_sys: u64,
    /// Other off-heap runtime bytes.
    pub other_sys: u64,
    /// Target heap size of the next collection.
    pub next_gc: u64,
    /// Time the last collection finished (Unix ns).
    pub last_gc: u64,
    /// Cumulative stop-the-world pause time.
    pub pause_total_ns: u64,
    /// Recent pause times (circular).
    pub pause_ns: [u64; 256],
    /// Recent pause end times (circular).
    pub pause_end: [u64; 256],
    /// Completed collections.
    pub num_gc: u32,
    /// Collections forced by the application.
    pub num_forced_gc: u32,
    /// Fraction of CPU time used by the collector.
    pub gc_cpu_fraction: f64,
    /// Always true, as in gc.
    pub enable_gc: bool,
    /// Unused, as in gc.
    pub debug_gc: bool,
    /// Per-size-class statistics for the first 61 classes.
    pub by_size: [BySize; 61],
}

/// One entry of `MemStats::by_size`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct BySize {
    /// Maximum object size in the class.
    pub size: u32,
    /// Cumulative objects allocated in the class.
    pub mallocs: u64,
    /// Cumulative objects freed in the class.
    pub frees: u64,
}

/// Fills `out` with current statistics (flushing the calling thread's
/// counters first and dropping its tiny block, as gc's `flushallmcaches`
/// does: the next tiny allocation opens a new block).
pub fn read_mem_stats(out: &mut MemStats) {
    cache::with_cache(|c| {
        let mut h = HEAP.lock();
        flush_counts(c, &mut h.stats);
        c.tiny = 0;
        c.tiny_offset = 0;
    });
    let h = HEAP.lock();
    let st = &h.stats;
    let heap_alloc = st.total_alloc - st.freed_bytes;
    let meta = h.pages.metadata_sys() + h.meta.sys();
    out.alloc = heap_alloc;
    out.total_alloc = st.total_alloc;
    out.lookups = 0;
    // gc counts each allocation placed into an existing tiny block as both
    // allocated and freed (their lifetimes are not tracked), so HeapObjects
    // counts tiny blocks, not the objects in them.
    out.mallocs = st.mallocs + st.tiny_allocs;
    out.frees = st.frees + st.tiny_allocs;
    out.heap_alloc = heap_alloc;
    out.heap_sys = h.pages.heap_sys as u64;
    out.heap_inuse = h.pages.heap_inuse as u64;
    out.heap_idle = (h.pages.heap_sys - h.pages.heap_inuse) as u64;
    out.heap_released = h.pages.heap_released as u64;
    out.heap_objects = st.mallocs - st.frees;
    out.stack_inuse = 0;
    out.stack_sys = 0;
    out.mspan_inuse = h.pages.spanalloc.sys as u64;
    out.mspan_sys = h.pages.spanalloc.sys as u64;
    out.mcache_inuse = 0;
    out.mcache_sys = 0;
    out.buck_hash_sys = 0;
    out.gc_sys = (meta - h.pages.spanalloc.sys) as u64;
    out.other_sys = 0;
    out.sys = (h.pages.heap_sys + meta) as u64;
    out.next_gc = st.next_gc;
    out.last_gc = st.last_gc;
    out.pause_total_ns = st.pause_total_ns;
    out.pause_ns = st.pause_ns;
    out.pause_end = st.pause_end;
    out.num_gc = st.num_gc;
    out.num_forced_gc = st.num_forced_gc;
    out.gc_cpu_fraction = 0.0;
    out.enable_gc = true;
    out.debug_gc = false;
    for (i, b) in out.by_size.iter_mut().enumerate() {
        b.size = CLASS_TO_SIZE[i] as u32;
        b.mallocs = st.nmalloc[i];
        b.frees = st.nfree[i];
    }
}

#[cfg(test)]
pub(crate) mod tests;
