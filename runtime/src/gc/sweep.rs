//! Sweeping: freeing every allocated but unmarked slot, lazily, and
//! scavenging (returning free pages to the OS when the heap has shrunk).
//!
//! Sweeping is lazy and proportional, as in gc (`mgcsweep.go`). Mark
//! termination only calls `start`, which moves every in-use span onto its
//! class's *unswept* lists (`Central::unswept_partial`/`unswept_full`, and
//! `Heap::large_unswept`) by swapping list heads: O(number of classes), not
//! O(spans). Spans are then swept one at a time by the allocator's slow
//! path:
//! * `for_class`, before a cache takes a span of a class: unswept spans of
//!   that class are swept until one has a free slot (gc's
//!   `mcentral.cacheSpan`), so the heap does not grow while garbage of that
//!   class waits to be freed;
//! * `credit`, on every refill and large allocation: enough spans from any
//!   class that the whole heap is swept by the time the heap has grown
//!   three quarters of the way to the next cycle's trigger (gc's
//!   `deductSweepcredit`);
//! * `finish`, which sweeps whatever is left, before the next cycle marks,
//!   for `runtime.GC()` (gc also sweeps fully there) and for `gcverify`.
//!
//! Invariants: a span on a swept list (`partial`, `full`, `large`) has all
//! mark bits zero; a span on an unswept list keeps the mark bits of the last
//! cycle and its `list` tag (Partial or Full) from before the cycle. No span
//! is unswept while marking runs, so marking never sees stale allocation
//! bits, and sweeping one span clears its mark bits (which is why cycles
//! need no separate mark-clearing pass).
//!
//! Sweeping one span (everything under the heap lock):
//! * a small-object span whose slots are all dead goes back to the page heap
//!   (its per-slot type array back to `MetaAlloc`);
//! * one with some free slots goes to its class's partial list, with
//!   `freeindex = 0` and `needzero` set if it freed any (freed slots are
//!   dirty); one with none to the full list;
//! * a dead large object's span goes back to the page heap, a live one to
//!   the large list.
//!
//! Under `gcstress` every freed byte is overwritten with `0xdeadbeef` words
//! first, so a use of freed memory reads an impossible pointer and faults.
//! Overview: `gc/mod.rs`.

use crate::alloc::size_class::PAGE_SIZE;
use crate::alloc::span::{Span, SpanList, BITMAP_WORDS};
use crate::alloc::{Heap, NUM_SPAN_CLASSES};
use core::ptr;

/// The poison pattern written over freed memory in stress mode.
pub const POISON: u64 = 0xdead_beef_dead_beef;

/// Lazy-sweep bookkeeping, part of the heap (under the heap lock).
pub struct SweepState {
    /// Whether any unswept list may be non-empty.
    pub pending: bool,
    /// Next span class to take spans from in `credit` (then large objects).
    cursor: usize,
    /// Pages on the unswept lists when the sweep started.
    pages_total: usize,
    /// Pages swept since then.
    pages_swept: usize,
    /// Bytes allocated since then.
    allocated: usize,
    /// Allocation by which the sweep must be complete.
    runway: usize,
    /// Heap goal for scavenging once the sweep completes.
    goal: usize,
    /// Whether freed memory is poisoned (gcstress).
    poison: bool,
}

impl SweepState {
    /// Nothing to sweep.
    pub const fn new() -> SweepState {
        SweepState {
            pending: false,
            cursor: 0,
            pages_total: 0,
            pages_swept: 0,
            allocated: 0,
            runway: 1,
            goal: usize::MAX,
            poison: false,
        }
    }
}

impl Default for SweepState {
    fn default() -> Self {
        Self::new()
    }
}

fn poison_range(p: usize, len: usize) {
    let mut q = p;
    while q + 8 <= p + len {
        // SAFETY: the caller passes a dead object's memory inside a span.
        unsafe { ptr::write(q as *mut u64, POISON) };
        q += 8;
    }
}

/// Starts a sweep after mark termination: every in-use span becomes
/// unswept. `live` is the marked heap, `trigger` where the next cycle
/// starts marking and `goal` the next heap goal. Every cache must have been
/// released and the previous sweep finished.
pub(super) fn start(h: &mut Heap, live: usize, trigger: usize, goal: usize, poison: bool) {
    for c in h.central.iter_mut() {
        core::mem::swap(&mut c.partial, &mut c.unswept_partial);
        core::mem::swap(&mut c.full, &mut c.unswept_full);
    }
    core::mem::swap(&mut h.large, &mut h.large_unswept);
    let st = &mut h.sweep;
    st.pending = true;
    st.cursor = 0;
    st.pages_total = h.pages.heap_inuse / PAGE_SIZE;
    st.pages_swept = 0;
    st.allocated = 0;
    // Be done well before the next cycle starts, so it never has to sweep.
    st.runway = (trigger.saturating_sub(live) / 4 * 3).max(PAGE_SIZE);
    st.goal = goal;
    st.poison = poison;
}

/// Sweeps one span taken off an unswept list and files it.
///
/// # Safety
/// `s` must be a valid in-use span just unlinked from an unswept list.
unsafe fn sweep_span(h: &mut Heap, s: *mut Span, poison: bool) {
    // SAFETY: per the contract, we own `s` and relink or free it.
    unsafe {
        let sp = &mut *s;
        let spc = sp.spanclass as usize;
        let mut freed = 0usize;
        for w in 0..BITMAP_WORDS {
            let mut dead = sp.bits[w].alloc & !sp.bits[w].mark;
            if dead == 0 {
                sp.bits[w].mark = 0;
                continue;
            }
            freed += dead.count_ones() as usize;
            sp.bits[w].alloc &= sp.bits[w].mark;
            sp.bits[w].mark = 0;
            if poison {
                while dead != 0 {
                    let i = w * 64 + dead.trailing_zeros() as usize;
                    dead &= dead - 1;
                    poison_range(sp.start + i * sp.elemsize, sp.elemsize);
                }
            }
        }
        h.sweep.pages_swept += sp.npages;
        if freed > 0 {
            let class = sp.class();
            h.stats.frees += freed as u64;
            h.stats.freed_bytes += (freed * sp.elemsize) as u64;
            h.stats.nfree[class] += freed as u64;
            sp.alloc_count -= freed;
            sp.needzero = true;
            sp.freeindex = 0;
        }
        if sp.class() == 0 {
            if sp.alloc_count == 0 {
                sp.types = ptr::null_mut();
                sp.list = SpanList::None;
                h.pages.free_span(s);
            } else {
                sp.list = SpanList::Full;
                h.large.push(s);
            }
            return;
        }
        if sp.alloc_count == 0 {
            if !sp.types.is_null() {
                h.meta.free_types(sp.types, sp.types_cap);
            }
            sp.list = SpanList::None;
            h.pages.free_span(s);
        } else if sp.has_free() {
            sp.freeindex = 0;
            sp.list = SpanList::Partial;
            h.central[spc].partial.push(s);
        } else {
            sp.list = SpanList::Full;
            h.central[spc].full.push(s);
        }
    }
}

/// Pops the next unswept span of class `spc` (partial spans first).
fn pop_unswept(h: &mut Heap, spc: usize) -> *mut Span {
    let c = &mut h.central[spc];
    let s = c.unswept_partial.pop();
    if !s.is_null() {
        return s;
    }
    c.unswept_full.pop()
}

/// Sweeps the next unswept span in cursor order; false when none is left
/// (the sweep is then complete and the heap is scavenged).
fn sweep_one(h: &mut Heap) -> bool {
    let poison = h.sweep.poison;
    while h.sweep.cursor < NUM_SPAN_CLASSES {
        let s = pop_unswept(h, h.sweep.cursor);
        if !s.is_null() {
            // SAFETY: just unlinked from an unswept list.
            unsafe { sweep_span(h, s, poison) };
            return true;
        }
        h.sweep.cursor += 1;
    }
    let s = h.large_unswept.pop();
    if !s.is_null() {
        // SAFETY: as above.
        unsafe { sweep_span(h, s, poison) };
        return true;
    }
    h.sweep.pending = false;
    let goal = h.sweep.goal;
    scavenge(h, goal);
    false
}

/// Before a cache takes a span of class `spc`: sweeps that class's unswept
/// spans until one with a free slot is on the partial list (or none is
/// left), after paying the sweep credit for `bytes` newly allocated bytes.
pub(crate) fn for_class(h: &mut Heap, spc: usize, bytes: usize) {
    if !h.sweep.pending {
        return;
    }
    credit(h, bytes);
    let poison = h.sweep.poison;
    while h.sweep.pending && h.central[spc].partial.first.is_null() {
        let s = pop_unswept(h, spc);
        if s.is_null() {
            return;
        }
        // SAFETY: just unlinked from an unswept list.
        unsafe { sweep_span(h, s, poison) };
    }
}

/// Proportional sweeping: after `bytes` more bytes were allocated, sweeps
/// until the swept pages keep pace with allocation over the runway.
pub(crate) fn credit(h: &mut Heap, bytes: usize) {
    if !h.sweep.pending {
        return;
    }
    let st = &mut h.sweep;
    st.allocated = st.allocated.saturating_add(bytes);
    let target = if st.allocated >= st.runway {
        usize::MAX
    } else {
        (st.pages_total as u128 * st.allocated as u128 / st.runway as u128) as usize
    };
    while h.sweep.pages_swept < target {
        if !sweep_one(h) {
            return;
        }
    }
}

/// Sweeps every span that is still unswept.
pub(super) fn finish(h: &mut Heap) {
    while h.sweep.pending {
        sweep_one(h);
    }
}

/// Returns free pages to the OS until the memory the heap holds (committed
/// minus released) is within gc's 10% (`retainExtraPercent`) of `goal`.
pub(super) fn scavenge(h: &mut Heap, goal: usize) {
    if goal == usize::MAX {
        return;
    }
    let retain = goal.saturating_add(goal / 10);
    h.pages.scavenge(retain);
}
