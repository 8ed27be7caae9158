//! The heap verifier (`GODEBUG=gcverify=1`): checks, after every cycle,
//! the invariants the allocator and the collector rely on, and dies with
//! `fatal error: gcverify: …` at the first violation.
//!
//! Checked, for every in-use span on a central or large list:
//! * (V1) it is in use, its `list` field names the list it is on, and every
//!   one of its pages maps to it in the page map;
//! * (V2) `alloc_count` is the number of set allocation bits, no bit is set
//!   at or beyond `nelems`, partial/full matches `has_free()`, and a scan
//!   span with a `uniform` type has it in every allocated slot's `types`;
//! * (V3) after sweeping, every mark bit is clear (the sweep clears them,
//!   which is what lets the next cycle start without clearing) and no
//!   unswept list holds a span (with V5's count, the survivors are exactly
//!   the marked objects);
//! * (V4) every pointer word (per the slot's type bitmap) of every live
//!   object is null, outside the heap, or points into an allocated object:
//!   a pointer into a freed slot means the collector freed a reachable
//!   object (or a runtime module hid a pointer from it);
//! * (V5) the bytes marked equal the bytes in allocated slots and the statistics' heap
//!   (`total_alloc - freed_bytes`), and free runs in the page heap are free,
//!   linked as free, and map their first and last pages to themselves.
//!
//! `checkmark` (`GODEBUG=gccheckmark=1`) checks a mark instead of a heap:
//! at mark termination, the marked objects must be closed under the
//! pointers the collector follows precisely (heap pointer words per type
//! bitmap) and must hold every object the static data and registered
//! ranges point to. An unmarked object reached that way is one the sweep
//! would free while it is reachable: a write barrier missed a store.
//! Goroutine stacks are not checked: they are scanned conservatively, and
//! dead slots of live frames (a callee-saved register spilled by a later
//! call, an uninitialised slot over an older frame) hold stale words that
//! point to objects unreachable since the cycle started; gc's precise stack
//! maps never see those, and they are not references in Go's sense. A
//! missed pointer the program goes on using ends up stored in the heap
//! (a marked object pointing to an unmarked one, caught here) or used from
//! the stack after the sweep freed and poisoned its object (caught by
//! `gcverify`'s V4 and by poisoning under the stress modes).
//!
//! Overview: `gc/mod.rs`.

use super::mark::for_each_span;
use crate::alloc::size_class::PAGE_SIZE;
use crate::alloc::span::{SpanList, SpanState, BITMAP_WORDS, UNIFORM_MIXED};
use crate::alloc::{find_object, Heap, NUM_SPAN_CLASSES};
use crate::print::StackBuf;
use core::fmt::Write as _;

fn fail(args: core::fmt::Arguments<'_>) -> ! {
    let mut b = StackBuf::<256>::new();
    let _ = b.write_fmt(args);
    let msg = core::str::from_utf8(b.as_bytes()).unwrap_or("gcverify: (bad message)");
    crate::panic::fatal(msg)
}

/// Runs every check; `live` is what the sweep reported. `whole_heap` says
/// every allocating thread's cache was flushed (true in programs, which
/// allocate on the Go thread only), so the statistics must agree (V5).
pub fn verify_heap(h: &mut Heap, live: usize, whole_heap: bool) {
    let mut counted = 0usize;
    if h.sweep.pending || !h.large_unswept.first.is_null() {
        fail(format_args!("gcverify: verifying an unswept heap"));
    }
    for c in h.central.iter() {
        if !c.unswept_partial.first.is_null() || !c.unswept_full.first.is_null() {
            fail(format_args!("gcverify: a span is left unswept"));
        }
    }
    for spc in 0..NUM_SPAN_CLASSES {
        for (list, want) in [
            (h.central[spc].partial.first, SpanList::Partial),
            (h.central[spc].full.first, SpanList::Full),
        ] {
            let mut s = list;
            while !s.is_null() {
                // SAFETY: list members are valid spans under the heap lock.
                let sp = unsafe { &*s };
                if sp.list != want || sp.spanclass as usize != spc {
                    fail(format_args!(
                        "gcverify: span {:#x} on the wrong central list",
                        sp.start
                    ));
                }
                if (want == SpanList::Full) == sp.has_free() {
                    fail(format_args!(
                        "gcverify: span {:#x} filed as {:?} with {} of {} slots used",
                        sp.start, want, sp.alloc_count, sp.nelems
                    ));
                }
                s = sp.next;
            }
        }
    }
    for_each_span(h, |h, s| {
        // SAFETY: `s` is a valid in-use span under the heap lock.
        let sp = unsafe { &*s };
        if sp.state != SpanState::InUse {
            fail(format_args!(
                "gcverify: span {:#x} on a list but not in use",
                sp.start
            ));
        }
        for i in 0..sp.npages {
            if h.pages.span_of(sp.start + i * PAGE_SIZE) != s {
                fail(format_args!(
                    "gcverify: page {:#x} does not map to its span",
                    sp.start + i * PAGE_SIZE
                ));
            }
        }
        let mut n = 0usize;
        for w in 0..BITMAP_WORDS {
            n += sp.bits[w].alloc.count_ones() as usize;
            if sp.bits[w].mark != 0 {
                fail(format_args!(
                    "gcverify: span {:#x}: mark bits left set after sweep",
                    sp.start
                ));
            }
            for b in 0..64 {
                if sp.bits[w].alloc >> b & 1 != 0 && w * 64 + b >= sp.nelems {
                    fail(format_args!(
                        "gcverify: span {:#x}: allocation bit {} beyond nelems {}",
                        sp.start,
                        w * 64 + b,
                        sp.nelems
                    ));
                }
            }
        }
        if n != sp.alloc_count {
            fail(format_args!(
                "gcverify: span {:#x}: alloc_count {} but {} bits set",
                sp.start, sp.alloc_count, n
            ));
        }
        if sp.class() != 0 && !sp.noscan() && sp.uniform > UNIFORM_MIXED {
            for idx in 0..sp.nelems {
                // SAFETY: scan spans have one type entry per slot.
                let t = unsafe { *sp.types.add(idx) } as usize;
                if sp.is_allocated(idx) && t != sp.uniform {
                    fail(format_args!(
                        "gcverify: span {:#x}: slot {} has type {:#x}, not the span's uniform {:#x}",
                        sp.start, idx, t, sp.uniform
                    ));
                }
            }
        }
        counted += n * sp.elemsize;
        if sp.noscan() {
            return;
        }
        for idx in 0..sp.nelems {
            if !sp.is_allocated(idx) {
                continue;
            }
            let typ = if sp.class() == 0 {
                sp.types as *const crate::types::TypeDesc
            } else {
                // SAFETY: scan spans have a type entry per slot.
                unsafe { *sp.types.add(idx) }
            };
            if typ.is_null() {
                fail(format_args!(
                    "gcverify: object {:#x} in a scan span has no type",
                    sp.start + idx * sp.elemsize
                ));
            }
            check_object(h, sp.start + idx * sp.elemsize, sp.elemsize, typ);
        }
    });
    let stats_live = (h.stats.total_alloc - h.stats.freed_bytes) as usize;
    if counted != live || (whole_heap && stats_live != live) {
        fail(format_args!(
            "gcverify: live bytes: marked {live}, spans {counted}, statistics {stats_live}"
        ));
    }
    h.pages.verify_free();
}

/// (V4) for one object.
fn check_object(h: &Heap, base: usize, size: usize, typ: *const crate::types::TypeDesc) {
    // SAFETY: scan objects record a valid type descriptor.
    let t = unsafe { &*typ };
    if t.size == 0 || t.ptrdata == 0 || t.gcdata.is_null() {
        return;
    }
    let mut off = 0;
    while off + t.ptrdata <= size {
        for i in 0..t.ptrdata / 8 {
            // SAFETY: `gcdata` covers `ptrdata / 8` bits.
            if unsafe { *t.gcdata.add(i / 8) } >> (i % 8) & 1 == 0 {
                continue;
            }
            let at = base + off + i * 8;
            // SAFETY: the word lies inside the allocated object.
            let v = unsafe { *(at as *const usize) };
            if v == 0 || v < h.pages.lo || v >= h.pages.hi {
                continue;
            }
            let s = h.pages.span_of(v);
            if s.is_null() {
                // Into a free run of pages: only a dangling pointer does that.
                if h.pages.is_heap_page(v) {
                    fail(format_args!(
                        "gcverify: pointer {v:#x} at {at:#x} (object {base:#x}) points to freed pages"
                    ));
                }
                continue;
            }
            if find_object(h, v).is_none() {
                // SAFETY: `span_of` returned a live span.
                let sp = unsafe { &*s };
                // A pointer just past a slot can come from slicing an
                // array to its end (`s[len(s):]`, cap 0); gc avoids them, so
                // report them too unless they sit in the span's tail.
                if sp.slot_of(v) < sp.nelems {
                    fail(format_args!(
                        "gcverify: pointer {v:#x} at {at:#x} (object {base:#x}) points to a freed object"
                    ));
                }
            }
        }
        off += t.size;
    }
}

/// The check of `GODEBUG=gccheckmark=1`, at mark termination (the mark
/// stack drained, before the sweep): scans every marked object precisely
/// (black allocation included), then the static data and registered
/// ranges, with a marker in check mode, and dies naming the first unmarked
/// object reached and what points to it (see the module doc).
pub fn checkmark(h: &mut Heap) {
    let Some((missed, holder)) = find_unmarked(h) else {
        return;
    };
    let mut b = StackBuf::<512>::new();
    let _ = b.write_str("gccheckmark: reachable object ");
    describe(&mut b, h, missed);
    let _ = b.write_str(" was not marked (a write barrier is missing): ");
    if holder & 1 != 0 {
        let _ = write!(b, "pointed to by the root word at {:#x}", holder & !1);
    } else {
        let _ = b.write_str("pointed to by marked object ");
        describe(&mut b, h, holder);
    }
    let msg = core::str::from_utf8(b.as_bytes()).unwrap_or("gccheckmark: (bad message)");
    crate::panic::fatal(msg)
}

/// `checkmark`'s search: the first unmarked object that a marked object,
/// the static data or a registered range points to, and what points to it
/// (a marked object's address, or a root word's address with bit 0 set).
pub(super) fn find_unmarked(h: &mut Heap) -> Option<(usize, usize)> {
    let mut m = super::mark::Marker::new();
    m.check = true;
    for_each_span(h, |_, s| {
        // SAFETY: `s` is an in-use span under the heap lock.
        let sp = unsafe { &*s };
        if sp.noscan() {
            return;
        }
        for idx in 0..sp.nelems {
            if sp.bits[idx / 64].mark >> (idx % 64) & 1 == 0 {
                continue;
            }
            let typ = if sp.class() == 0 {
                sp.types as usize
            } else {
                // SAFETY: scan spans have a type entry per slot.
                unsafe { *sp.types.add(idx) as usize }
            };
            if typ != 0 {
                m.push((sp.start + idx * sp.elemsize, sp.elemsize, typ, 0));
            }
        }
    });
    m.drain(h);
    m.scan_globals(h);
    m.scan_registered(h);
    m.release();
    (m.missed != 0).then_some((m.missed, m.holder))
}

/// Writes `base (size bytes, type)` for the object containing `a`.
fn describe(b: &mut impl core::fmt::Write, h: &Heap, a: usize) {
    if let Some((base, size, typ, _)) = find_object(h, a) {
        // SAFETY: a type descriptor and its name are static data.
        let name = match unsafe { typ.as_ref() } {
            Some(t) => core::str::from_utf8(unsafe { t.name.as_bytes() }).unwrap_or("?"),
            None => "noscan",
        };
        let _ = write!(b, "{base:#x} ({size} bytes, {name})");
    }
}
