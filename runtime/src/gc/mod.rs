//! An incremental, non-moving mark-sweep garbage collector, on by default.
//!
//! # Algorithm
//!
//! There is one Go thread (the scheduler is M:1), so "concurrent" marking
//! means marking interleaved with the program: a cycle is two short pauses
//! with bounded steps of mark work between them, all on the Go thread,
//! inside the allocator (or `runtime.GC()`):
//!
//! * *Start* (`start_with`, first pause): steps 1 and 2 below, then the
//!   write barrier and black allocation are switched on (`rgo_gc_marking`).
//! * *Assists* (`assist`): on every allocation slow path (a cache refill or a
//!   large object) the allocating code scans grey objects in proportion to
//!   what it allocated (gc's mark assists): the expected mark work (the
//!   last cycle's live heap) over the runway from the trigger to the heap
//!   goal, at least 64 KiB and at most 1 MiB of objects per step (four
//!   times more once past the goal). Large objects are scanned 128 KiB at a
//!   time (oblets).
//! * *Mark termination* (`finish_with`, second pause), when an assist
//!   empties the mark stack: the mark stack is drained (it is empty unless
//!   the termination is forced), the barrier switched off and the lazy
//!   sweep started (step 4). Roots are not scanned again: the barrier
//!   keeps a snapshot (below), so the pause does not grow with the stacks
//!   or the heap.
//!
//! `runtime.GC()`, `gcstress` and `GODEBUG=gcincremental=0` run both pauses
//! back to back (a stop-the-world cycle); `runtime.GC()` first finishes a
//! cycle that is marking.
//!
//! # Snapshot at the beginning, and the write barrier
//!
//! Marking is snapshot-at-the-beginning (Yuasa's deletion barrier, the
//! half of gc's hybrid barrier that matters once stacks are scanned in the
//! first pause): the cycle marks every object reachable when it started,
//! plus every object allocated while it marks (allocated black: marked at
//! birth, never scanned). That is all a cycle must keep: an object that
//! was unreachable at the start can never become reachable again, so an
//! object reachable at termination either existed and was reachable at the
//! start, or was allocated since. The start pause shades every root (all
//! goroutine stacks and registers, static data, goroutine records,
//! registered ranges); a path from the roots through heap objects can only
//! be cut by overwriting a pointer held in a heap object, so before any
//! such overwrite the barrier shades the pointers about to be overwritten.
//! Stores into stacks, globals and goroutine records need no barrier (their
//! contents at the start were shaded). Shading the *old* values, never the
//! stored ones, also keeps the mark in allocation order: a program that
//! builds new objects pointing into old ones does not drag the mark into
//! unrelated parts of the heap.
//!
//! The barrier contract, compiler side (`compiler/src/codegen/func.rs`,
//! `FnCx::write_barrier`): every store of a value whose type has pointers
//! through an address that is not one of the frame's own stack slots (field
//! and element stores, `*p = v` including nil and zero values, composite
//! literals and closures built in heap objects, map values, `copy`, `append`
//! and `clear` of pointer-holding elements) is *preceded* by
//! `if rgo_gc_marking != 0 { rt_gcwb(dst, len) }`. Runtime side: every Rust
//! store, copy or clear that overwrites Go pointers in memory that may be
//! heap memory calls `wb_range(dst, len)` first (map key stores, deletes,
//! growth and `clear`, which replace `Hmap.keys/vals`; channel element
//! copies and clears; `typedmemmove`). Writes into an object allocated
//! during the current cycle, or still zero, need none (`growslice`, boxing,
//! new map arrays, defer records). `wb_range` shades conservatively: every
//! word of the range that points into an allocated object.
//! `GODEBUG=gccheckmark=1` checks the result (see the knobs).
//!
//! The steps:
//!
//! 1. *Prepare*: the calling thread's cache gives its spans back to the
//!    central lists (so every in-use span is on a list the collector walks)
//!    and the previous cycle's lazy sweep is finished (sweep termination).
//!    Every mark bit is then clear: sweeping a span clears its mark bits.
//! 2. *Mark roots* (`mark.rs`), all conservatively: the callee-saved
//!    registers (spilled into a buffer), the Go thread's stack from the
//!    current stack pointer to its top (which, for the thread the runtime
//!    creates, also holds its static TLS block), every other goroutine's
//!    stack from its saved stack pointer to its top and every goroutine
//!    record (`sched::scan_roots`), the executable's writable
//!    load segments (`.data`/`.bss`: Go globals *and* the runtime's Rust
//!    statics), and the ranges registered with `register_root`. A word
//!    keeps an object alive when it points anywhere inside it (interior
//!    pointers resolve through the page map).
//! 3. *Mark the heap* precisely with an explicit mark stack (no recursion):
//!    every object in a scan span carries its allocation type, whose `gcdata`
//!    bitmap names the pointer words, repeated every `typ.size` bytes (an
//!    object is an array of its type: that is how `makeslice` and
//!    `growslice` allocate). Noscan objects are never scanned. The bytes
//!    marked are the live heap.
//! 4. *Sweep* (`sweep.rs`), lazily: mark termination only turns every
//!    in-use span into an unswept one (O(size classes)); the allocator's
//!    slow path sweeps spans on demand and in proportion to allocation,
//!    freeing unmarked slots (poisoned under `gcstress`), returning empty
//!    spans to the page heap, and, once the sweep is complete, returning
//!    free page runs beyond what the next cycle needs to the OS with
//!    `madvise`. `runtime.GC()` and `gcverify` sweep fully at once.
//! 5. *Pace*: the heap goal is `live × (1 + GOGC/100)`, but never below
//!    `4 MiB × GOGC/100` (gc's `heapMinimum`); marking starts at the
//!    trigger, 85% of the way from `live` to the goal, so that assists can
//!    finish it before the goal. `GOGC=off` (or negative) disables
//!    automatic collection; `runtime.GC()` always collects.
//!
//! The allocator checks the trigger only on its slow path (when a thread
//! cache needs a new span, and for large objects), exactly like gc, so the
//! fast path carries no accounting beyond two thread-local counters.
//! `HEAP_LIVE` is gc's `heapLive`: the bytes marked by the last cycle plus
//! those allocated since (memory freed by the lazy sweep is not subtracted).
//!
//! # Where Go pointers may live (the rule for every runtime module)
//!
//! The collector finds Go heap pointers only in: the running goroutine's
//! stack and registers, the other goroutines' stacks and `sched::G` records
//! (the one sanctioned use of Rust-allocated memory for Go pointers), the
//! executable's static data, ranges passed to
//! `register_root`, and heap objects allocated with a type descriptor whose
//! `gcdata` covers every pointer word (`mallocgc(size, Some(t), …)`; use
//! `alloc::conservative_type()` for runtime-built objects with no Go type,
//! which scans every word). Therefore a runtime module must never keep the
//! only reference to a Go heap object in memory from Rust's allocator
//! (`Box`, `Vec`, `HashMap`), in `mmap`ed memory of its own, in a noscan
//! object (`mallocgc(_, None, _)`), or in a thread-local of a thread other
//! than the Go thread. Statics (`static FOO: …`) are fine: they are in
//! `.bss`/`.data` and are scanned. Values in Rust locals are fine while the
//! function runs on the Go thread (the stack is scanned).
//!
//! # Knobs (read once at startup)
//!
//! * `GOGC=N|off` as in gc.
//! * `GODEBUG=gctrace=1`: one line per cycle on stderr in gc's format.
//! * `GODEBUG=gcstress=N`: collect at every N-th allocation and poison freed
//!   memory with `0xdeadbeef` words, to shake out missing roots.
//! * `GODEBUG=allocsites=1`: heap allocations per allocation site, printed
//!   at exit, standard-library sites summed per package (`=2`: every site;
//!   `allocsites.rs`, parsed here with the other knobs).
//! * `GODEBUG=gcmarkstress=1`: a cycle is always marking (one starts at the
//!   first allocation after each termination) and every allocation scans
//!   just one grey object, so the program runs almost entirely with the
//!   write barrier on and a missing barrier frees a reachable object (which
//!   poisoning and `gcverify` then catch). Freed memory is poisoned.
//! * `GODEBUG=gcincremental=0`: stop the world for whole cycles.
//! * `GODEBUG=gccheckmark=N` (gc's knob of that name, which is 0 or 1): at
//!   every N-th mark termination (the 1st, the N+1-th, …; `=1` means every
//!   one), check that the mark is closed: no marked object (black
//!   allocation included) and no static data or registered range points
//!   to an unmarked object, else die with `fatal error: gccheckmark: …`
//!   naming the object and its holder: a barrier was missing
//!   (`verify::checkmark`; stacks are not checked, their conservative
//!   scan sees stale words). With `gcmarkstress` it checks the cycles of a
//!   program that runs with the barrier on.
//!   The check walks every marked object and the static data, so under
//!   `gcmarkstress` (a cycle every few allocations when the live heap is
//!   small) `=1` multiplies a program's run time; a larger N keeps long
//!   programs checkable, still from their first cycle on.
//! * `GODEBUG=gcverify=1`: check span, bitmap and page-map invariants and
//!   that no live pointer refers to a freed object after every cycle
//!   (`verify.rs`); a violation is a `fatal error: gcverify: …`.
//!
//! Heap overview: `alloc/mod.rs`.

mod mark;
pub(crate) mod sweep;
pub mod verify;

use crate::alloc::{self, HEAP};
use crate::print::StackBuf;
use crate::signal::STACK_HI;
use core::fmt::Write as _;
use core::ptr;
use core::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicU8, AtomicUsize, Ordering};

/// gc's `defaultHeapMinimum`: the heap goal at GOGC=100 for a tiny live heap.
pub const DEFAULT_HEAP_MINIMUM: usize = 4 << 20;

/// GOGC percentage; negative means off.
static GOGC: AtomicI64 = AtomicI64::new(100);
/// Collect at every N-th allocation (0: stress mode off).
static STRESS: AtomicU32 = AtomicU32::new(0);
static STRESS_COUNT: AtomicU32 = AtomicU32::new(0);
static TRACE: AtomicBool = AtomicBool::new(false);
static VERIFY: AtomicBool = AtomicBool::new(false);
/// Heap bytes allocated as of the last flush of a thread cache's counters
/// (gc's `heapLive`, minus what caches have not reported yet).
pub static HEAP_LIVE: AtomicUsize = AtomicUsize::new(0);
/// Automatic collection starts (incremental marking begins) when
/// `HEAP_LIVE` reaches this.
static TRIGGER: AtomicUsize = AtomicUsize::new(DEFAULT_HEAP_MINIMUM);
/// The heap goal: incremental marking paces itself to end by then.
static GOAL: AtomicUsize = AtomicUsize::new(DEFAULT_HEAP_MINIMUM);
/// Whether cycles mark incrementally (`GODEBUG=gcincremental=0`: every
/// cycle stops the world for the whole mark).
static INCREMENTAL: AtomicBool = AtomicBool::new(true);
/// `GODEBUG=gcmarkstress=1`: a cycle is always marking, one object per
/// allocation (see the module doc).
static MARK_STRESS: AtomicBool = AtomicBool::new(false);
/// `GODEBUG=gccheckmark=N`: verify every N-th mark termination (0: never;
/// see the knobs).
static CHECKMARK: AtomicU32 = AtomicU32::new(0);
/// Incremental marking starts when the heap has grown this fraction (in
/// 1/1000) of the way from the live heap to the goal.
const TRIGGER_PERMILLE: u128 = 850;
/// Bounds of one assist's mark work, in bytes of objects scanned.
const MIN_ASSIST: usize = 64 << 10;
const MAX_ASSIST: usize = 1 << 20;

/// The write barrier's flag: non-zero while a cycle is marking. Compiled
/// code loads this byte before calling `rt_gcwb` (see "Write barrier" in
/// the module doc); the runtime's own copies check it through `marking()`.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static rgo_gc_marking: AtomicU8 = AtomicU8::new(0);

/// Whether a cycle is marking (the write barrier and black allocation are on).
#[inline(always)]
pub fn marking() -> bool {
    rgo_gc_marking.load(Ordering::Relaxed) != 0
}
static IN_GC: AtomicBool = AtomicBool::new(false);
/// `nanotime()` at runtime start (gctrace's `@T` and the CPU fraction).
static START_NS: AtomicI64 = AtomicI64::new(0);

/// Reads `GOGC` and `GODEBUG` and sets the first heap goal.
pub fn init() {
    START_NS.store(crate::sys::nanotime(), Ordering::Relaxed);
    let gogc = match crate::sys::lookup_env(b"GOGC") {
        // SAFETY: environment strings live for the whole process.
        Some(v) => parse_gogc(unsafe { v.as_bytes() }),
        None => 100,
    };
    GOGC.store(gogc, Ordering::Relaxed);
    TRIGGER.store(trigger_for(0, heap_minimum(gogc)), Ordering::Relaxed);
    GOAL.store(heap_minimum(gogc), Ordering::Relaxed);
    if let Some(v) = crate::sys::lookup_env(b"GODEBUG") {
        // SAFETY: as above.
        for kv in unsafe { v.as_bytes() }.split(|&c| c == b',') {
            let Some(eq) = kv.iter().position(|&c| c == b'=') else {
                continue;
            };
            let (k, val) = (&kv[..eq], parse_uint(&kv[eq + 1..]).unwrap_or(0));
            match k {
                b"gctrace" => TRACE.store(val > 0, Ordering::Relaxed),
                b"gcstress" => STRESS.store(val.min(u32::MAX as u64) as u32, Ordering::Relaxed),
                b"gcverify" => VERIFY.store(val > 0, Ordering::Relaxed),
                b"allocsites" => crate::allocsites::enable(val),
                b"gcmarkstress" => MARK_STRESS.store(val > 0, Ordering::Relaxed),
                b"gcincremental" => INCREMENTAL.store(val > 0, Ordering::Relaxed),
                b"gccheckmark" => {
                    CHECKMARK.store(val.min(u32::MAX as u64) as u32, Ordering::Relaxed)
                }
                _ => {}
            }
        }
    }
    alloc::set_debug_hooks(stress_active() || crate::allocsites::active());
}

/// gc's `readGOGC`: `off` or a negative number disables collection, an
/// integer sets the percentage, anything else means 100.
pub fn parse_gogc(v: &[u8]) -> i64 {
    if v == b"off" {
        return -1;
    }
    let (neg, digits) = match v.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, v),
    };
    match parse_uint(digits) {
        Some(n) if n <= i32::MAX as u64 => {
            if neg {
                -(n as i64)
            } else {
                n as i64
            }
        }
        _ => 100,
    }
}

fn parse_uint(v: &[u8]) -> Option<u64> {
    if v.is_empty() || !v.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: u64 = 0;
    for &c in v {
        n = n.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    Some(n)
}

/// gc's `heapMinimum`: 4 MiB scaled by GOGC/100; unbounded when off.
fn heap_minimum(gogc: i64) -> usize {
    if gogc < 0 {
        usize::MAX
    } else {
        (DEFAULT_HEAP_MINIMUM as u128 * gogc as u128 / 100) as usize
    }
}

/// The heap goal after a cycle that left `live` bytes marked.
pub fn heap_goal(live: usize, gogc: i64) -> usize {
    if gogc < 0 {
        return usize::MAX;
    }
    let goal = live as u128 + live as u128 * gogc as u128 / 100;
    (goal.min(usize::MAX as u128) as usize).max(heap_minimum(gogc))
}

/// Where incremental marking starts for a cycle that left `live` bytes and
/// set `goal`.
fn trigger_for(live: usize, goal: usize) -> usize {
    if goal == usize::MAX {
        return usize::MAX;
    }
    if !INCREMENTAL.load(Ordering::Relaxed) {
        return goal;
    }
    let runway = goal.saturating_sub(live) as u128;
    live + (runway * TRIGGER_PERMILLE / 1000) as usize
}

/// Whether `GODEBUG=gcstress` or `gcmarkstress` is on (the allocator then
/// calls `stress_tick` on every allocation).
#[inline]
pub fn stress_active() -> bool {
    STRESS.load(Ordering::Relaxed) != 0 || MARK_STRESS.load(Ordering::Relaxed)
}

/// Counts an allocation in stress mode: `gcstress=N` collects at every
/// N-th; `gcmarkstress` starts a cycle when none is marking and otherwise
/// scans one object (terminating the cycle when no grey object is left).
#[cold]
pub fn stress_tick() {
    if MARK_STRESS.load(Ordering::Relaxed) {
        if marking() {
            assist(0);
        } else {
            start_cycle();
        }
    }
    let n = STRESS.load(Ordering::Relaxed);
    if n == 0 {
        return;
    }
    // One Go thread: a load and a store suffice (no read-modify-write).
    let c = STRESS_COUNT.load(Ordering::Relaxed) + 1;
    if c >= n {
        STRESS_COUNT.store(0, Ordering::Relaxed);
        collect(false);
    } else {
        STRESS_COUNT.store(c, Ordering::Relaxed);
    }
}

/// Whether poisoning of freed memory is on (stress mode).
fn poison() -> bool {
    stress_active()
}

/// Whether the heap, plus `unflushed` bytes a cache has not reported yet,
/// has reached the goal.
#[inline]
pub fn should_collect(unflushed: usize) -> bool {
    HEAP_LIVE.load(Ordering::Relaxed) + unflushed >= TRIGGER.load(Ordering::Relaxed)
}

/// The current heap goal in bytes (`usize::MAX` with GOGC=off).
pub fn trigger() -> usize {
    GOAL.load(Ordering::Relaxed)
}

/// The allocator's slow-path hook (a cache needs a span, or a large
/// object), `bytes` being what was allocated since the previous call
/// (roughly): assists the running cycle's marking in proportion, or starts
/// a cycle once the heap reaches the trigger.
pub fn alloc_slow(bytes: usize) {
    if marking() {
        assist(bytes);
    } else if should_collect(bytes) {
        if INCREMENTAL.load(Ordering::Relaxed) {
            start_cycle();
        } else {
            collect(false);
        }
    }
}

/// The write barrier for runtime code: call *before* overwriting memory
/// that may hold Go pointers in `[dst, dst+len)` (a copy, a store or a
/// clear: map key stores and deletes, channel element copies,
/// `typedmemmove`). While a cycle marks, it shades every word of the range
/// that points into the heap, when the range itself is in the heap
/// (stacks, globals and goroutine records were shaded when the cycle
/// started). Memory of an object allocated during the cycle, or still
/// zero, needs no barrier. See "Snapshot at the beginning" above.
#[inline]
pub fn wb_range(dst: *const u8, len: usize) {
    if marking() {
        wb_slow(dst as usize, len);
    }
}

#[cold]
fn wb_slow(dst: usize, len: usize) {
    // Initialising stores into fresh (zeroed) objects are the most common
    // ones: with nothing but zero words to overwrite, there is nothing to
    // shade, and no need for the lock.
    let mut p = (dst + 7) & !7;
    let end = dst.saturating_add(len);
    // SAFETY: `[dst, dst+len)` is memory the caller is about to write.
    while p + 8 <= end && unsafe { ptr::read_volatile(p as *const usize) } == 0 {
        p += 8;
    }
    if p + 8 > end {
        return;
    }
    let mut g = HEAP.lock();
    let h = &mut *g;
    if dst.saturating_add(len) <= h.pages.lo || dst >= h.pages.hi || !marking() {
        return;
    }
    let mut m = core::mem::replace(&mut h.cycle.marker, mark::Marker::new());
    m.scan_conservative(h, dst, dst + len);
    h.cycle.marker = m;
}

/// Registers `[lo, lo+len)` as a root range scanned conservatively by
/// every collection, for runtime data kept outside the Go heap, stack and
/// static data (see the module doc). At most `MAX_ROOTS` ranges.
pub fn register_root(lo: usize, len: usize) {
    let mut r = mark::ROOTS.lock();
    for slot in r.iter_mut() {
        if slot.1 == 0 {
            *slot = (lo, len);
            return;
        }
    }
    crate::panic::fatal("gc: too many registered root ranges");
}

/// Removes a range added by `register_root`.
pub fn unregister_root(lo: usize) {
    let mut r = mark::ROOTS.lock();
    for slot in r.iter_mut() {
        if slot.0 == lo && slot.1 != 0 {
            *slot = (0, 0);
            return;
        }
    }
}

/// Maximum number of ranges `register_root` accepts.
pub const MAX_ROOTS: usize = 64;

/// The state of the current (or last) cycle, kept in the heap.
pub struct CycleState {
    /// The grey objects and mark counters of the marking cycle.
    marker: mark::Marker,
    /// `nanotime()` when the cycle started and when its first pause ended.
    t0: i64,
    t1: i64,
    /// The start pause (ns).
    pause_start: u64,
    /// Heap bytes (allocated, unswept included) at the start.
    heap0: usize,
    /// `HEAP_LIVE` at the start: what is allocated beyond it is black.
    live_at_start: usize,
    /// Expected mark work (bytes to scan) and the allocation runway it is
    /// paced over.
    work: usize,
    runway: usize,
    /// Root bytes scanned at the start (gctrace).
    stack: usize,
    globals: usize,
    /// The live heap the last cycle found.
    last_live: usize,
}

impl CycleState {
    /// No cycle yet.
    pub const fn new() -> CycleState {
        CycleState {
            marker: mark::Marker::new(),
            t0: 0,
            t1: 0,
            pause_start: 0,
            heap0: 0,
            live_at_start: 0,
            work: 0,
            runway: 1,
            stack: 0,
            globals: 0,
            last_live: 0,
        }
    }
}

impl Default for CycleState {
    fn default() -> Self {
        Self::new()
    }
}

/// The top of the running goroutine's stack when called on it (collection
/// is only possible there: the stack must be scanned).
fn go_stack_hi() -> Option<usize> {
    let hi = STACK_HI.load(Ordering::Relaxed);
    let sp = mark::current_sp();
    if hi == 0 || sp >= hi || sp < crate::signal::STACK_LO.load(Ordering::Relaxed) {
        return None;
    }
    Some(hi)
}

/// Runs a full collection (`runtime.GC()` when `forced`), finishing a cycle
/// that is marking first. Does nothing when called off the Go thread's
/// stack or re-entrantly.
pub fn collect(forced: bool) {
    if let Some(hi) = go_stack_hi() {
        collect_with(forced, Some(hi));
    }
}

/// What one cycle measured (for gctrace and MemStats).
struct Cycle {
    t0: i64,
    t1: i64,
    t2: i64,
    t3: i64,
    heap0: usize,
    live: usize,
    goal: usize,
    stack: usize,
    globals: usize,
}

/// A whole cycle with the world stopped throughout. `stack_hi` is the top
/// of the stack to scan from the current stack pointer (None: no stack
/// scan, for tests that pass their roots with `register_root`).
pub fn collect_with(forced: bool, stack_hi: Option<usize>) {
    if marking() {
        finish_with(false, stack_hi);
    }
    if start_with(stack_hi) {
        finish_with(forced, stack_hi);
    }
}

/// Starts an incremental cycle from the allocator.
fn start_cycle() {
    if let Some(hi) = go_stack_hi() {
        start_with(Some(hi));
    }
}

/// Scans every root into `m`: this stack from `sp` and the registers, the
/// other goroutines, the static data and the registered ranges. Returns
/// the stack and global bytes scanned.
fn scan_roots(
    m: &mut mark::Marker,
    h: &alloc::Heap,
    stack_hi: Option<usize>,
    sp: usize,
    regs: &[usize; 6],
) -> (usize, usize) {
    let mut stack = 0;
    if let Some(hi) = stack_hi {
        m.scan_conservative(h, sp, hi);
        m.scan_conservative(h, regs.as_ptr() as usize, regs.as_ptr() as usize + 48);
        stack = hi - sp + crate::sched::other_stacks_bytes();
        // The other goroutines' stacks and every goroutine record.
        crate::sched::scan_roots(|lo, hi| m.scan_conservative(h, lo, hi));
    }
    let globals = m.scan_globals(h);
    m.scan_registered(h);
    (stack, globals)
}

/// Mark setup, the first (short) pause: finishes the previous sweep,
/// turns on the write barrier and black allocation, and shades the roots.
/// Returns false when a collection is already running.
fn start_with(stack_hi: Option<usize>) -> bool {
    if IN_GC.swap(true, Ordering::Acquire) {
        return false;
    }
    let t0 = crate::sys::nanotime();
    alloc::release_cache();
    let mut regs = [0usize; 6];
    mark::spill_registers(&mut regs);
    let sp = mark::current_sp();
    {
        let mut guard = HEAP.lock();
        let h = &mut *guard;
        // Sweep termination: the previous cycle's lazy sweep must be
        // complete before marking (see `sweep.rs`); then every mark bit is
        // zero.
        sweep::finish(h);
        let mut m = core::mem::replace(&mut h.cycle.marker, mark::Marker::new());
        m.marked = 0;
        m.scanned = 0;
        rgo_gc_marking.store(1, Ordering::Relaxed);
        let (stack, globals) = scan_roots(&mut m, h, stack_hi, sp, &regs);
        h.cycle.marker = m;
        let live0 = HEAP_LIVE.load(Ordering::Relaxed);
        let goal = GOAL.load(Ordering::Relaxed);
        let c = &mut h.cycle;
        c.t0 = t0;
        c.heap0 = (h.stats.total_alloc - h.stats.freed_bytes) as usize;
        c.live_at_start = live0;
        c.work = c.last_live.max(1 << 20);
        c.runway = goal.saturating_sub(live0).max(1 << 20);
        c.stack = stack;
        c.globals = globals;
        c.t1 = crate::sys::nanotime();
        c.pause_start = (c.t1 - t0) as u64;
    }
    IN_GC.store(false, Ordering::Release);
    true
}

/// Mark work on the allocation slow path, in proportion to the `bytes`
/// just allocated (gc's mark assists), and mark termination once no grey
/// object is left. `bytes == 0` (mark stress) scans one object.
fn assist(bytes: usize) {
    if IN_GC.load(Ordering::Relaxed) {
        return;
    }
    let empty = {
        let mut guard = HEAP.lock();
        let h = &mut *guard;
        let budget = if bytes == 0 {
            1
        } else {
            let c = &h.cycle;
            let mut b = (bytes as u128 * c.work as u128 / c.runway as u128) as usize;
            if HEAP_LIVE.load(Ordering::Relaxed) > GOAL.load(Ordering::Relaxed) {
                // Behind schedule: catch up faster.
                b = b.saturating_mul(4);
            }
            b.clamp(MIN_ASSIST, MAX_ASSIST)
        };
        let mut m = core::mem::replace(&mut h.cycle.marker, mark::Marker::new());
        let empty = m.drain_budget(h, budget);
        h.cycle.marker = m;
        empty
    };
    if empty {
        if let Some(hi) = go_stack_hi() {
            finish_with(false, Some(hi));
        }
    }
}

/// Mark termination, the second (short) pause: drains the mark stack (no
/// root is scanned again: see "Snapshot at the beginning"), turns the
/// barrier off and starts the lazy sweep.
fn finish_with(forced: bool, stack_hi: Option<usize>) {
    if IN_GC.swap(true, Ordering::Acquire) {
        return;
    }
    let t2 = crate::sys::nanotime();
    alloc::release_cache();
    let cycle = {
        let mut guard = HEAP.lock();
        let h = &mut *guard;
        let mut m = core::mem::replace(&mut h.cycle.marker, mark::Marker::new());
        m.drain(h);
        m.release();
        let period = CHECKMARK.load(Ordering::Relaxed);
        if period != 0 && h.stats.num_gc.is_multiple_of(period) {
            verify::checkmark(h);
        }
        rgo_gc_marking.store(0, Ordering::Relaxed);
        // Everything allocated since the start was allocated black.
        let black = HEAP_LIVE.load(Ordering::Relaxed) - h.cycle.live_at_start;
        let live = m.marked + black;
        h.cycle.marker = m;
        h.cycle.last_live = live;
        let gogc = GOGC.load(Ordering::Relaxed);
        let goal = heap_goal(live, gogc);
        let trigger = trigger_for(live, goal);
        HEAP_LIVE.store(live, Ordering::Relaxed);
        TRIGGER.store(trigger, Ordering::Relaxed);
        GOAL.store(goal, Ordering::Relaxed);
        sweep::start(h, live, trigger, goal, poison());
        let verify = VERIFY.load(Ordering::Relaxed);
        if forced || verify {
            // gc's runtime.GC also sweeps fully before returning, so the
            // statistics it leaves behind are exact.
            sweep::finish(h);
        }
        if verify {
            verify::verify_heap(h, live, stack_hi.is_some());
        }
        let t3 = crate::sys::nanotime();
        let pause = h.cycle.pause_start + (t3 - t2) as u64;
        let (t0, t1, heap0, stack, globals) = {
            let c = &h.cycle;
            (c.t0, c.t1, c.heap0, c.stack, c.globals)
        };
        let st = &mut h.stats;
        let (sec, nsec) = crate::sys::walltime();
        let now = sec as u64 * 1_000_000_000 + nsec as u64;
        st.pause_ns[st.num_gc as usize % 256] = pause;
        st.pause_end[st.num_gc as usize % 256] = now;
        st.pause_total_ns += pause;
        st.last_gc = now;
        st.next_gc = if goal == usize::MAX {
            u64::MAX
        } else {
            goal as u64
        };
        st.num_gc += 1;
        if forced {
            st.num_forced_gc += 1;
        }
        Cycle {
            t0,
            t1,
            t2,
            t3,
            heap0,
            live,
            goal,
            stack,
            globals,
        }
    };
    if TRACE.load(Ordering::Relaxed) {
        trace(&cycle, forced);
    }
    IN_GC.store(false, Ordering::Release);
}

/// gc's `fmtNSAsMS`: whole milliseconds from 10 ms up, else two significant
/// digits with at most three decimals.
pub fn fmt_ns_as_ms(out: &mut impl core::fmt::Write, ns: u64) {
    if ns >= 10_000_000 {
        let _ = write!(out, "{}", ns / 1_000_000);
        return;
    }
    let mut x = ns / 1000;
    if x == 0 {
        let _ = out.write_str("0");
        return;
    }
    let mut dec = 3u32;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    itoa_div(out, x, dec);
}

/// gc's `itoaDiv`: `val / 10^dec` with `dec` decimals.
fn itoa_div(out: &mut impl core::fmt::Write, val: u64, dec: u32) {
    let p = 10u64.pow(dec);
    if dec == 0 {
        let _ = write!(out, "{val}");
    } else {
        let _ = write!(out, "{}.{:0w$}", val / p, val % p, w = dec as usize);
    }
}

/// Prints one gctrace line in gc's format:
/// `gc 1 @0.012s 2%: 0.015+0.45+0.003 ms clock, … ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P`.
/// The three clock phases are, as in gc, the start pause (sweep
/// termination and the root scan), the incremental mark phase (wall time,
/// the program running in between) and mark termination (with the whole
/// sweep for forced or verified cycles). The CPU columns repeat them (the
/// mark phase in the "dedicated" slot, assist and idle zero).
fn trace(c: &Cycle, forced: bool) {
    let (num_gc, total_pause) = {
        let h = HEAP.lock();
        (h.stats.num_gc, h.stats.pause_total_ns)
    };
    let start = START_NS.load(Ordering::Relaxed);
    let since = (c.t0 - start).max(0) as u64;
    let elapsed = (c.t3 - start).max(1) as u64;
    let util = total_pause * 100 / elapsed;
    let mut b = StackBuf::<256>::new();
    let _ = write!(b, "gc {num_gc} @");
    itoa_div(&mut b, since / 1_000_000, 3);
    let _ = write!(b, "s {util}%: ");
    let (p0, p1, p2) = (
        (c.t1 - c.t0) as u64,
        (c.t2 - c.t1) as u64,
        (c.t3 - c.t2) as u64,
    );
    fmt_ns_as_ms(&mut b, p0);
    let _ = b.write_str("+");
    fmt_ns_as_ms(&mut b, p1);
    let _ = b.write_str("+");
    fmt_ns_as_ms(&mut b, p2);
    let _ = b.write_str(" ms clock, ");
    fmt_ns_as_ms(&mut b, p0);
    let _ = b.write_str("+0/");
    fmt_ns_as_ms(&mut b, p1);
    let _ = b.write_str("/0+");
    fmt_ns_as_ms(&mut b, p2);
    let goal = if c.goal == usize::MAX {
        0
    } else {
        c.goal >> 20
    };
    let _ = write!(
        b,
        " ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, 1 P",
        c.heap0 >> 20,
        c.live >> 20,
        c.live >> 20,
        goal,
        c.stack >> 20,
        c.globals >> 20
    );
    if forced {
        let _ = b.write_str(" (forced)");
    }
    let _ = b.write_str("\n");
    crate::print::write_err(b.as_bytes());
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod knob_tests {
    use super::*;

    #[test]
    fn gogc_parsing_follows_gc() {
        assert_eq!(parse_gogc(b"off"), -1);
        assert_eq!(parse_gogc(b"50"), 50);
        assert_eq!(parse_gogc(b"-1"), -1);
        assert_eq!(parse_gogc(b""), 100);
        assert_eq!(parse_gogc(b"x"), 100);
    }

    #[test]
    fn pacing_follows_gc() {
        assert_eq!(heap_goal(0, 100), 4 << 20);
        assert_eq!(heap_goal(10 << 20, 100), 20 << 20);
        assert_eq!(heap_goal(10 << 20, 50), 15 << 20);
        assert_eq!(heap_goal(0, 200), 8 << 20);
        assert_eq!(heap_goal(1 << 30, -1), usize::MAX);
    }

    #[test]
    fn ms_formatting_follows_gc() {
        let f = |ns| {
            let mut b = StackBuf::<32>::new();
            fmt_ns_as_ms(&mut b, ns);
            String::from_utf8(b.as_bytes().to_vec()).unwrap()
        };
        assert_eq!(f(0), "0");
        assert_eq!(f(15_000), "0.015");
        assert_eq!(f(450_000), "0.45");
        assert_eq!(f(1_234_567), "1.2");
        assert_eq!(f(9_999_999), "9.9");
        assert_eq!(f(12_500_000), "12");
    }
}
