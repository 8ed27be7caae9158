//! Sweeping: freeing every allocated but unmarked slot, and scavenging
//! (returning free pages to the OS when the heap has shrunk).
//!
//! Span transitions made here (everything under the heap lock):
//! * a small-object span whose slots are all dead goes back to the page heap
//!   (its per-slot type array back to `MetaAlloc`);
//! * one with some dead slots moves to its class's partial list, with
//!   `freeindex = 0` and `needzero` set (freed slots are dirty);
//! * one with no dead slots stays where it is (partial or full);
//! * a dead large object's span goes back to the page heap.
//!
//! Under `gcstress` every freed byte is overwritten with `0xdeadbeef` words
//! first, so a use of freed memory reads an impossible pointer and faults.
//! Overview: `gc/mod.rs`.

use super::mark::for_each_span;
use crate::alloc::span::{SpanList, BITMAP_WORDS};
use crate::alloc::Heap;
use core::ptr;

/// The poison pattern written over freed memory in stress mode.
pub const POISON: u64 = 0xdead_beef_dead_beef;

fn poison_range(p: usize, len: usize) {
    let mut q = p;
    while q + 8 <= p + len {
        // SAFETY: the caller passes a dead object's memory inside a span.
        unsafe { ptr::write(q as *mut u64, POISON) };
        q += 8;
    }
}

/// Frees unmarked objects; returns the bytes of the objects that remain.
pub(super) fn sweep(h: &mut Heap, poison: bool) -> usize {
    let mut live = 0usize;
    for_each_span(h, |h, s| {
        // SAFETY: `s` is a valid in-use span under the heap lock, linked in a
        // central or large list; we relink or free it consistently.
        unsafe {
            let sp = &mut *s;
            let spc = sp.spanclass as usize;
            let mut freed = 0usize;
            for w in 0..BITMAP_WORDS {
                let mut dead = sp.alloc_bits[w] & !sp.mark_bits[w];
                freed += dead.count_ones() as usize;
                sp.alloc_bits[w] &= sp.mark_bits[w];
                if poison {
                    while dead != 0 {
                        let i = w * 64 + dead.trailing_zeros() as usize;
                        dead &= dead - 1;
                        poison_range(sp.start + i * sp.elemsize, sp.elemsize);
                    }
                }
            }
            if freed > 0 {
                let class = sp.class();
                h.stats.frees += freed as u64;
                h.stats.freed_bytes += (freed * sp.elemsize) as u64;
                h.stats.nfree[class] += freed as u64;
                sp.alloc_count -= freed;
                sp.needzero = true;
                sp.freeindex = 0;
            }
            live += sp.alloc_count * sp.elemsize;
            if sp.class() == 0 {
                if sp.alloc_count == 0 {
                    h.large.remove(s);
                    sp.types = ptr::null_mut();
                    sp.list = SpanList::None;
                    h.pages.free_span(s);
                }
                return;
            }
            if freed == 0 {
                return;
            }
            if sp.list == SpanList::Full {
                h.central[spc].full.remove(s);
            } else {
                h.central[spc].partial.remove(s);
            }
            if sp.alloc_count == 0 {
                if !sp.types.is_null() {
                    h.meta.free_types(sp.types, sp.types_cap);
                }
                sp.list = SpanList::None;
                h.pages.free_span(s);
            } else {
                sp.list = SpanList::Partial;
                h.central[spc].partial.push(s);
            }
        }
    });
    live
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
