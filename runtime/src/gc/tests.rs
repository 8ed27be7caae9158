//! Collector unit tests: reachability through registered roots, interior
//! pointers, cycles, reuse after sweep, large objects, a million small
//! objects, statistics and the verifier.
//!
//! The tests collect with `collect_with(_, None)`: no stack scan, so only
//! the ranges they register (and the test binary's static data) are roots,
//! and an object held only in a Rust local is garbage. They hold the
//! allocator tests' lock so no other test's objects are swept meanwhile.

use super::*;
use crate::alloc::tests::{heap_test_lock, ptr_type, ptr_type_value};
use crate::alloc::{find_object, mallocgc, read_mem_stats, MemStats};
use crate::types::TypeDesc;

/// A two-pointer node type: `struct { a, b *node; v int }` (leaked, see
/// `ptr_type`).
fn node_type() -> &'static TypeDesc {
    let mut t = ptr_type_value(24);
    t.ptrdata = 16;
    t.gcdata = b"\x03".as_ptr();
    Box::leak(Box::new(t))
}

fn alive(p: usize) -> bool {
    find_object(&HEAP.lock(), p).is_some_and(|(base, ..)| base == p)
}

fn new_node(t: &TypeDesc, a: usize, b: usize, v: usize) -> usize {
    let p = mallocgc(24, Some(t), true) as *mut usize;
    // SAFETY: a fresh 24-byte object.
    unsafe {
        *p = a;
        *p.add(1) = b;
        *p.add(2) = v;
    }
    p as usize
}

/// Collects with exactly `roots` (a root array kept registered meanwhile).
fn collect_rooted(roots: &mut [usize]) {
    register_root(roots.as_ptr() as usize, core::mem::size_of_val(roots));
    collect_with(true, None);
    unregister_root(roots.as_ptr() as usize);
    VERIFY.store(false, Ordering::Relaxed);
}

fn collect_verified(roots: &mut [usize]) {
    VERIFY.store(true, Ordering::Relaxed);
    collect_rooted(roots);
}

#[test]
fn reachable_objects_survive_and_garbage_is_freed() {
    let _g = heap_test_lock();
    let t = node_type();
    let leaf = new_node(t, 0, 0, 3);
    let mid = new_node(t, leaf, 0, 2);
    let root = new_node(t, mid, 0, 1);
    let garbage = new_node(t, leaf, 0, 9);
    let mut roots = [root];
    collect_verified(&mut roots);
    assert!(alive(root) && alive(mid) && alive(leaf));
    assert!(!alive(garbage));
    // SAFETY: `leaf` survived.
    assert_eq!(unsafe { *(leaf as *const usize).add(2) }, 3);
}

#[test]
fn interior_pointers_keep_objects_alive() {
    let _g = heap_test_lock();
    let t = node_type();
    let small = new_node(t, 0, 0, 0);
    let big = mallocgc(100_000, None, true) as usize;
    let elem = ptr_type(8);
    let arr = mallocgc(8 * 100, Some(elem), true) as usize;
    let target = new_node(t, 0, 0, 7);
    // SAFETY: `arr` has 100 pointer slots; an interior pointer in slot 57.
    unsafe { *((arr + 57 * 8) as *mut usize) = target + 16 };
    let mut roots = [small + 8, big + 54_321, arr + 800 - 1];
    collect_verified(&mut roots);
    assert!(alive(small) && alive(big) && alive(arr) && alive(target));
}

#[test]
fn cycles_are_collected() {
    let _g = heap_test_lock();
    let t = node_type();
    let a = new_node(t, 0, 0, 1);
    let b = new_node(t, a, 0, 2);
    // SAFETY: `a` is a live node; close the cycle a -> b -> a.
    unsafe { *(a as *mut usize) = b };
    let self_loop = new_node(t, 0, 0, 3);
    // SAFETY: as above.
    unsafe { *(self_loop as *mut usize) = self_loop };
    let mut roots = [0usize];
    collect_verified(&mut roots);
    assert!(!alive(a) && !alive(b) && !alive(self_loop));
}

#[test]
fn noscan_objects_are_not_scanned() {
    let _g = heap_test_lock();
    let t = node_type();
    let hidden = new_node(t, 0, 0, 1);
    let bytes = mallocgc(16, None, true) as *mut usize;
    // SAFETY: 16 fresh bytes; a pointer hidden in pointer-free memory.
    unsafe { *bytes = hidden };
    let mut roots = [bytes as usize];
    collect_verified(&mut roots);
    assert!(alive(bytes as usize));
    assert!(!alive(hidden));
}

#[test]
fn freed_slots_are_reused_after_sweep() {
    let _g = heap_test_lock();
    let t = node_type();
    let first: Vec<usize> = (0..2000).map(|i| new_node(t, 0, 0, i)).collect();
    let mut roots = [0usize];
    collect_rooted(&mut roots);
    assert!(first.iter().all(|&p| !alive(p)));
    let set: std::collections::HashSet<usize> = first.iter().copied().collect();
    let second: Vec<usize> = (0..2000).map(|i| new_node(t, 0, 0, i)).collect();
    let reused = second.iter().filter(|p| set.contains(p)).count();
    assert!(reused > 1000, "only {reused} of 2000 slots reused");
    // Reused memory is zeroed for typed allocations.
    let p = mallocgc(24, Some(t), true) as *const usize;
    // SAFETY: a fresh 24-byte object.
    assert_eq!(unsafe { (*p, *p.add(1), *p.add(2)) }, (0, 0, 0));
}

#[test]
fn large_objects_are_freed_and_pages_reused() {
    let _g = heap_test_lock();
    let elem = ptr_type(8);
    let keep = mallocgc(1 << 20, Some(elem), true) as usize;
    let target = new_node(node_type(), 0, 0, 5);
    // SAFETY: the last pointer slot of the 1 MiB object.
    unsafe { *((keep + (1 << 20) - 8) as *mut usize) = target };
    let drop_it = mallocgc(1 << 20, Some(elem), true) as usize;
    let mut roots = [keep];
    collect_verified(&mut roots);
    assert!(alive(keep) && alive(target));
    assert!(!alive(drop_it));
    let again = mallocgc(1 << 20, Some(elem), true) as usize;
    assert!(alive(again));
}

#[test]
fn a_million_small_objects() {
    let _g = heap_test_lock();
    let t = node_type();
    let mut head = 0usize;
    for i in 0..1_000_000 {
        head = new_node(t, head, 0, i);
    }
    let mut before: MemStats = zeroed();
    read_mem_stats(&mut before);
    let mut roots = [head];
    collect_rooted(&mut roots);
    let (mut n, mut p) = (0usize, head);
    while p != 0 {
        assert!(alive(p));
        // SAFETY: every node on the list survived.
        p = unsafe { *(p as *const usize) };
        n += 1;
    }
    assert_eq!(n, 1_000_000);
    roots[0] = 0;
    collect_verified(&mut roots);
    let mut after: MemStats = zeroed();
    read_mem_stats(&mut after);
    assert!(!alive(head));
    assert!(after.frees >= before.frees + 1_000_000);
    assert!(after.heap_alloc + 24_000_000 <= before.heap_alloc + (1 << 20));
    assert!(after.num_gc >= before.num_gc + 2);
    assert!(after.pause_total_ns > before.pause_total_ns);
}

#[test]
fn conservative_type_scans_every_word() {
    let _g = heap_test_lock();
    let t = node_type();
    let target = new_node(t, 0, 0, 1);
    let rec = mallocgc(64, Some(crate::alloc::conservative_type()), true) as *mut usize;
    // SAFETY: 64 fresh bytes; a pointer in the 6th word.
    unsafe { *rec.add(5) = target };
    let mut roots = [rec as usize];
    collect_verified(&mut roots);
    assert!(alive(target));
}

/// Whether `p` points into an allocated object (a tiny object's block).
fn inside_live_object(p: usize) -> bool {
    find_object(&HEAP.lock(), p).is_some()
}

/// A tiny block stays alive while any object in it is referenced, through
/// an interior pointer from a root or from a heap object's pointer field.
#[test]
fn tiny_blocks_live_while_any_object_in_them_is_referenced() {
    let _g = heap_test_lock();
    let mut m: MemStats = zeroed();
    read_mem_stats(&mut m); // a fresh tiny block
    let tiny = |size| mallocgc(size, None, false) as usize;
    let (a, b, c) = (tiny(4), tiny(4), tiny(8));
    assert_eq!((b, c), (a + 4, a + 8));
    // SAFETY: `c` is a fresh 8-byte tiny object.
    unsafe { *(c as *mut u64) = 0x1122_3344_5566_7788 };
    // A second block referenced only from a heap object's pointer field.
    let (d, e) = (tiny(8), tiny(8));
    assert_eq!(e, d + 8);
    let t = node_type();
    let holder = new_node(t, e, 0, 0);
    // A third block nothing refers to.
    let (f, _) = (tiny(8), tiny(8));
    let mut roots = [b, holder];
    collect_verified(&mut roots);
    assert!(
        inside_live_object(a) && inside_live_object(c),
        "block of a root's object"
    );
    // SAFETY: `c`'s block survived.
    assert_eq!(unsafe { *(c as *const u64) }, 0x1122_3344_5566_7788);
    assert!(
        inside_live_object(d),
        "block reached through a heap pointer"
    );
    assert!(!inside_live_object(f), "unreferenced block freed");
    roots[0] = 0;
    collect_verified(&mut roots);
    assert!(!inside_live_object(a));
    assert!(inside_live_object(d));
}

/// Swept tiny blocks are reused, zeroed, for new tiny objects.
#[test]
fn tiny_blocks_are_reused_after_sweep() {
    let _g = heap_test_lock();
    let first: Vec<usize> = (0..4000)
        .map(|_| {
            let p = mallocgc(8, None, false) as *mut u64;
            // SAFETY: a fresh 8-byte object; dirty it.
            unsafe { *p = u64::MAX };
            p as usize
        })
        .collect();
    let mut roots = [0usize];
    collect_rooted(&mut roots);
    // Static data is a conservative root (the page heap's bounds, say, can
    // pin the heap's first object): allow a stray survivor or two.
    let survivors = first.iter().filter(|&&p| inside_live_object(p)).count();
    assert!(survivors <= 4, "{survivors} tiny objects survived");
    let set: std::collections::HashSet<usize> = first.iter().copied().collect();
    let mut reused = 0;
    for _ in 0..4000 {
        let p = mallocgc(8, None, false) as *const u64;
        reused += set.contains(&(p as usize)) as usize;
        // SAFETY: a fresh 8-byte object: tiny memory is always zero.
        assert_eq!(unsafe { *p }, 0);
    }
    assert!(reused > 2000, "only {reused} of 4000 tiny slots reused");
}

fn zeroed() -> MemStats {
    // SAFETY: MemStats is plain old data; all-zero is a valid value.
    unsafe { core::mem::zeroed() }
}

/// Snapshot-at-the-beginning marking: `x` is reachable when the cycle
/// starts only through `a`, which is still grey; the mutator then moves
/// `x` from `a` into `b`, allocated during the cycle (black, never
/// scanned). With the deletion barrier (`wb_range` before overwriting
/// `a.a`) the cycle keeps `x`; without it, `x` stays white, and the
/// checker of `GODEBUG=gccheckmark` names it and its holder `b`.
#[test]
fn deletion_barrier_keeps_the_snapshot_and_checkmark_catches_a_missing_one() {
    let _g = heap_test_lock();
    let t = node_type();
    for barrier in [true, false] {
        let x = new_node(t, 0, 0, 42);
        let a = new_node(t, x, 0, 1);
        let mut roots = [a, 0usize];
        register_root(roots.as_mut_ptr() as usize, core::mem::size_of_val(&roots));
        assert!(start_with(None));
        assert!(marking());
        if barrier {
            wb_range(a as *const u8, 8);
        }
        // SAFETY: `a` is a live node: x := a.a; a.a = nil.
        unsafe { *(a as *mut usize) = 0 };
        let b = new_node(t, x, 0, 2);
        roots[1] = b;
        core::hint::black_box(&mut roots);
        // As mark termination does: every span back on a list the check walks.
        crate::alloc::release_cache();
        let found = {
            let mut guard = HEAP.lock();
            let h = &mut *guard;
            let mut m = core::mem::replace(&mut h.cycle.marker, mark::Marker::new());
            m.drain(h);
            h.cycle.marker = m;
            verify::find_unmarked(h)
        };
        if barrier {
            assert_eq!(found, None);
        } else {
            assert_eq!(found, Some((x, b)));
        }
        finish_with(true, None);
        unregister_root(roots.as_ptr() as usize);
        assert!(!marking());
        assert!(alive(a) && alive(b));
        assert_eq!(alive(x), barrier);
    }
}
