//! Allocator unit tests: the size-class table against gc's, `roundupsize`,
//! alignment, zeroing, large objects, the page map and statistics.

use super::size_class::*;
use super::*;
use crate::types::{kind, GoString, TypeDesc};

/// Serialises the tests that allocate with the tests that collect: a
/// collection frees whatever only another test's Rust locals refer to.
pub(crate) fn heap_test_lock() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// A pointer-bearing test type, leaked: objects of a test outlive it (the
/// heap is process-wide, and a stray conservative root can keep them and
/// make a later collection read their type), so descriptors must be
/// `'static`, as the compiler's are.
pub(crate) fn ptr_type(size: usize) -> &'static TypeDesc {
    Box::leak(Box::new(ptr_type_value(size)))
}

/// The descriptor [`ptr_type`] leaks, for tests that adjust it first.
pub(crate) fn ptr_type_value(size: usize) -> TypeDesc {
    TypeDesc {
        size,
        ptrdata: 8,
        hash: 0,
        kind: kind::STRUCT,
        align: 8,
        flags: 0,
        _pad: 0,
        gcdata: b"\x01".as_ptr(),
        name: GoString::from_static("main.T"),
        elem: core::ptr::null(),
        key: core::ptr::null(),
        len: 0,
        equal: None,
        methods: core::ptr::null(),
        nmethods: 0,
    }
}

/// Spot values read from gc go1.27.3's `internal/runtime/gc/sizeclasses.go`.
#[test]
fn size_classes_spot_check() {
    assert_eq!(NUM_SIZE_CLASSES, 68);
    assert_eq!(CLASS_TO_SIZE[1], 8);
    assert_eq!(CLASS_TO_SIZE[3], 24);
    assert_eq!(CLASS_TO_SIZE[31], 896);
    assert_eq!(CLASS_TO_SIZE[48], 6528);
    assert_eq!(CLASS_TO_SIZE[67], 32768);
    assert_eq!(CLASS_TO_NPAGES[35], 2);
    assert_eq!(CLASS_TO_NPAGES[60], 9);
    assert_eq!(CLASS_TO_NPAGES[65], 10);
    // Objects per span from the summary table.
    let objs = |c: usize| CLASS_TO_NPAGES[c] as usize * PAGE_SIZE / CLASS_TO_SIZE[c] as usize;
    assert_eq!(objs(3), 341);
    assert_eq!(objs(49), 6);
    assert_eq!(objs(65), 3);
    // Sizes are increasing and the lookup tables agree with them.
    for c in 2..NUM_SIZE_CLASSES {
        assert!(CLASS_TO_SIZE[c] > CLASS_TO_SIZE[c - 1]);
    }
    for size in 1..=MAX_SMALL_SIZE {
        let c = size_to_class(size);
        assert!(CLASS_TO_SIZE[c] as usize >= size, "size {size}");
        assert!(
            (CLASS_TO_SIZE[c - 1] as usize) < size || c == 1,
            "size {size}"
        );
    }
}

/// Re-reads gc's table from an installed Go toolchain, when there is one,
/// and checks the generated file is up to date.
#[test]
fn size_class_table_matches_gc() {
    let goroot =
        std::process::Command::new(std::env::var("GO").unwrap_or("/opt/govenv/bin/go".into()))
            .args(["env", "GOROOT"])
            .output();
    let Ok(out) = goroot else {
        eprintln!("size_class_table_matches_gc: no Go toolchain, skipping");
        return;
    };
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let path = format!("{root}/src/internal/runtime/gc/sizeclasses.go");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("size_class_table_matches_gc: {path} not found, skipping");
        return;
    };
    let array = |name: &str| -> Vec<u64> {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("var {name} ")))
            .unwrap_or_else(|| panic!("{name} missing"));
        let body = &line[line.find('{').unwrap() + 1..line.rfind('}').unwrap()];
        body.split(',').map(|v| v.trim().parse().unwrap()).collect()
    };
    let sizes: Vec<u64> = CLASS_TO_SIZE.iter().map(|&v| v as u64).collect();
    assert_eq!(array("SizeClassToSize"), sizes);
    let np: Vec<u64> = CLASS_TO_NPAGES.iter().map(|&v| v as u64).collect();
    assert_eq!(array("SizeClassToNPages"), np);
    let c8: Vec<u64> = SIZE_TO_CLASS8.iter().map(|&v| v as u64).collect();
    assert_eq!(array("SizeToSizeClass8"), c8);
    let c128: Vec<u64> = SIZE_TO_CLASS128.iter().map(|&v| v as u64).collect();
    assert_eq!(array("SizeToSizeClass128"), c128);
}

#[test]
fn roundupsize_matches_gc() {
    assert_eq!(roundupsize(0, true), 0);
    assert_eq!(roundupsize(1, true), 8);
    assert_eq!(roundupsize(17, true), 24);
    assert_eq!(roundupsize(33, true), 48);
    assert_eq!(roundupsize(1025, true), 1152);
    assert_eq!(roundupsize(32768, true), 32768);
    assert_eq!(roundupsize(32769, true), 40960);
    // Scan objects over 512 bytes account for gc's 8-byte malloc header.
    assert_eq!(roundupsize(512, false), 512);
    assert_eq!(roundupsize(1024, false), 1144);
    assert_eq!(roundupsize(513, false), 568);
    assert_eq!(roundupsize(32760, false), 32760);
    assert_eq!(roundupsize(32761, false), 32768);
    assert_eq!(roundupsize(32769, false), 40960);
}

#[test]
fn small_objects_are_aligned_and_zeroed() {
    let _g = heap_test_lock();
    for size in [
        1usize, 7, 8, 9, 15, 16, 17, 24, 31, 32, 48, 100, 1000, 5000, 32768,
    ] {
        let mut prev = 0usize;
        for i in 0..200 {
            let p = mallocgc(size, None, true) as usize;
            let class_size = CLASS_TO_SIZE[size_to_class(size)] as usize;
            if size < MAX_TINY_SIZE {
                // Tiny objects: aligned as their size allows (gc's rule).
                let align = [8, 4, 2, 1].into_iter().find(|a| size % a == 0).unwrap();
                assert_eq!(p % align, 0, "size {size}");
            } else {
                assert_eq!(p % 8, 0, "size {size}");
                if class_size.is_multiple_of(16) {
                    assert_eq!(p % 16, 0, "size {size}");
                }
            }
            assert_ne!(p, prev);
            // SAFETY: `p` is a fresh allocation of at least `size` bytes.
            let bytes = unsafe { core::slice::from_raw_parts_mut(p as *mut u8, size) };
            assert!(bytes.iter().all(|&b| b == 0), "size {size} iteration {i}");
            bytes.fill(0xAB);
            prev = p;
        }
    }
}

/// gc's `divMul` trick gives exact slot indices for every class.
#[test]
fn slot_division_by_multiplication_is_exact() {
    for c in 1..NUM_SIZE_CLASSES {
        let size = CLASS_TO_SIZE[c] as u64;
        let div_mul = (u32::MAX / size as u32).wrapping_add(1) as u64;
        let span = CLASS_TO_NPAGES[c] as u64 * PAGE_SIZE as u64;
        for off in 0..span {
            assert_eq!((off * div_mul) >> 32, off / size, "class {c} offset {off}");
        }
    }
}

#[test]
fn zero_size_is_zerobase() {
    let _g = heap_test_lock();
    assert_eq!(mallocgc(0, None, true), zerobase());
}

#[test]
fn large_objects() {
    let _g = heap_test_lock();
    let t = ptr_type(100_000);
    let p = mallocgc(100_000, Some(t), true);
    assert_eq!(p as usize % PAGE_SIZE, 0);
    // SAFETY: `p` has 100_000 bytes.
    let b = unsafe { core::slice::from_raw_parts_mut(p, 100_000) };
    assert!(b.iter().all(|&x| x == 0));
    b.fill(1);
    let h = HEAP.lock();
    let (base, size, typ, _) = find_object(&h, p as usize + 54_321).expect("interior pointer");
    assert_eq!(base, p as usize);
    assert_eq!(size, 13 * PAGE_SIZE);
    assert_eq!(typ, t as *const TypeDesc);
    drop(h);
    let q = mallocgc(10 << 20, None, true);
    // SAFETY: `q` has 10 MiB.
    unsafe { *q.add((10 << 20) - 1) = 7 };
}

#[test]
fn page_map_resolves_interior_pointers_and_types() {
    let _g = heap_test_lock();
    let t = ptr_type(40);
    let p = mallocgc(40, Some(t), true) as usize;
    let n = mallocgc(40, None, true) as usize;
    let h = HEAP.lock();
    let (base, size, typ, s) = find_object(&h, p + 17).expect("object");
    assert_eq!((base, size, typ), (p, 48, t as *const TypeDesc));
    // SAFETY: `find_object` returns live spans.
    assert!(!unsafe { &*s }.noscan());
    let (base, _, typ, s) = find_object(&h, n + 47).expect("object");
    assert_eq!((base, typ), (n, core::ptr::null()));
    // SAFETY: as above.
    assert!(unsafe { &*s }.noscan());
    assert!(find_object(&h, 16).is_none());
    assert!(find_object(&h, t as *const TypeDesc as usize).is_none());
}

/// A scan span knows its slots' type while they all share one, and stops
/// claiming one as soon as a slot of another type is allocated (marking
/// trusts `Span::uniform` over the per-slot `types` array).
#[test]
fn span_uniform_type_tracks_slot_types() {
    let _g = heap_test_lock();
    // A class no other test allocates scan objects from.
    let (a, b) = (ptr_type(3072), ptr_type(3072));
    let uniform_of = |p: usize| {
        let h = HEAP.lock();
        let (_, _, typ, s) = find_object(&h, p).expect("object");
        // SAFETY: `find_object` returns live spans.
        (typ, unsafe { &*s }.uniform, s)
    };
    let p = mallocgc(3072, Some(a), true) as usize;
    let (typ, u, s) = uniform_of(p);
    assert_eq!(typ, a as *const TypeDesc);
    assert!(
        u == typ as usize || u == span::UNIFORM_MIXED,
        "uniform {u:#x}"
    );
    let q = mallocgc(3072, Some(b), true) as usize;
    let (typ, u2, s2) = uniform_of(q);
    assert_eq!(typ, b as *const TypeDesc);
    if s2 == s {
        assert_eq!(u2, span::UNIFORM_MIXED);
    } else {
        assert!(
            u2 == typ as usize || u2 == span::UNIFORM_MIXED,
            "uniform {u2:#x}"
        );
    }
}

#[test]
fn page_heap_reuses_and_coalesces() {
    let mut ph = page_heap::PageHeap::new();
    assert!(ph.prepare());
    let a = ph.alloc(3);
    let b = ph.alloc(5);
    let c = ph.alloc(2);
    // SAFETY: the spans are live and owned by this test.
    unsafe {
        assert_eq!((*b).start, (*a).limit());
        assert_eq!((*c).start, (*b).limit());
        let a_start = (*a).start;
        ph.free_span(a);
        ph.free_span(b);
        // The 8 coalesced pages are reused from the lowest address.
        let d = ph.alloc(8);
        assert_eq!((*d).start, a_start);
        assert!((*d).needzero);
        assert_eq!(ph.span_of((*d).start + 8 * PAGE_SIZE - 1), d);
    }
}

#[test]
fn mem_stats_count_allocations() {
    let _g = heap_test_lock();
    let mut before: MemStats = unsafe_zeroed();
    read_mem_stats(&mut before);
    for _ in 0..1000 {
        mallocgc(24, None, false);
    }
    let mut after: MemStats = unsafe_zeroed();
    read_mem_stats(&mut after);
    // Other tests may allocate concurrently, so only lower bounds hold.
    assert!(after.mallocs >= before.mallocs + 1000);
    assert!(after.total_alloc >= before.total_alloc + 24_000);
    assert!(after.heap_sys >= after.heap_inuse);
    assert!(after.sys >= after.heap_sys);
    assert_eq!(after.by_size[3].size, 24);
    assert!(after.by_size[3].mallocs >= 1000);
}

fn unsafe_zeroed() -> MemStats {
    // SAFETY: MemStats is plain old data; all-zero is a valid value.
    unsafe { core::mem::zeroed() }
}

#[test]
fn mem_stats_layout_matches_gc() {
    use core::mem::{offset_of, size_of};
    assert_eq!(offset_of!(MemStats, heap_objects), 11 * 8);
    assert_eq!(offset_of!(MemStats, pause_total_ns), 23 * 8);
    assert_eq!(offset_of!(MemStats, pause_ns), 24 * 8);
    assert_eq!(offset_of!(MemStats, num_gc), 24 * 8 + 512 * 8);
    assert_eq!(offset_of!(MemStats, gc_cpu_fraction), 24 * 8 + 512 * 8 + 8);
    assert_eq!(size_of::<BySize>(), 24);
    // gc on amd64: unsafe.Sizeof(MemStats{}) = 5776, Offsetof(NumGC) = 4288,
    // Offsetof(BySize) = 4312.
    assert_eq!(offset_of!(MemStats, by_size), 4312);
    assert_eq!(size_of::<MemStats>(), 5776);
}

#[test]
fn threads_allocate_concurrently() {
    let _g = heap_test_lock();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                let mut ptrs = Vec::new();
                for i in 0..20_000usize {
                    let p = mallocgc(8 + (i % 200), None, true);
                    // SAFETY: `p` has at least 8 bytes (tiny objects of odd
                    // sizes need not be 8-byte aligned).
                    unsafe { (p as *mut usize).write_unaligned(t * 1_000_000 + i) };
                    ptrs.push(p as usize);
                }
                for (i, &p) in ptrs.iter().enumerate() {
                    // SAFETY: the objects are never freed (no collector runs).
                    let v = unsafe { (p as *const usize).read_unaligned() };
                    assert_eq!(v, t * 1_000_000 + i);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

/// Starts a fresh tiny block on this thread: `read_mem_stats` drops the
/// current one, as gc's `ReadMemStats` does.
fn fresh_tiny_block() -> MemStats {
    let mut m: MemStats = unsafe_zeroed();
    read_mem_stats(&mut m);
    m
}

fn tiny(size: usize) -> usize {
    mallocgc(size, None, false) as usize
}

#[test]
fn tiny_block_class_is_16_bytes_noscan() {
    assert_eq!(CLASS_TO_SIZE[TINY_SIZE_CLASS] as usize, MAX_TINY_SIZE);
    assert_eq!(TINY_SPAN_CLASS & 1, 1);
    assert_eq!(TINY_SPAN_CLASS >> 1, TINY_SIZE_CLASS);
}

/// gc's `mallocgcTiny` alignment: 8, 4 or 2 when the size is a multiple of
/// it, else none.
#[test]
fn tiny_alignment_follows_gc() {
    assert_eq!(tiny_align(1, 8), 8);
    assert_eq!(tiny_align(9, 8), 16);
    assert_eq!(tiny_align(1, 12), 4);
    assert_eq!(tiny_align(5, 4), 8);
    assert_eq!(tiny_align(3, 6), 4);
    assert_eq!(tiny_align(3, 2), 4);
    assert_eq!(tiny_align(3, 5), 3);
    assert_eq!(tiny_align(7, 15), 7);
}

#[test]
fn tiny_share_is_a_blocks_worth_per_object() {
    let shares: Vec<usize> = (1..16).map(tiny_share).collect();
    assert_eq!(shares, [1, 2, 3, 4, 5, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16]);
}

#[test]
fn tiny_objects_are_packed_into_one_block() {
    let _g = heap_test_lock();
    fresh_tiny_block();
    let b = tiny(1);
    assert_eq!(b % 16, 0, "a new block is a 16-byte slot");
    assert_eq!(tiny(2), b + 2);
    assert_eq!(tiny(4), b + 4);
    assert_eq!(tiny(8), b + 8);
    // The block is full: the next object opens a new block.
    let c = tiny(3);
    assert_ne!(c & !15, b);
    assert_eq!(c % 16, 0);
    assert_eq!(tiny(5), c + 3);
    assert_eq!(tiny(6), c + 8);
    // Every object resolves to its block, a 16-byte object.
    let h = HEAP.lock();
    for p in [b, b + 2, b + 4, b + 15] {
        let (base, size, typ, _) = find_object(&h, p).expect("tiny block allocated");
        assert_eq!((base, size, typ), (b, 16, core::ptr::null()));
    }
}

/// A new block replaces the current one only when it has more room left.
#[test]
fn tiny_block_with_more_room_is_kept() {
    let _g = heap_test_lock();
    fresh_tiny_block();
    let b = tiny(8);
    // 12 bytes do not fit after offset 8: a block of their own, which has
    // 4 bytes left against the current block's 8, so `b` stays current.
    let c = tiny(12);
    assert_eq!(c % 16, 0);
    assert_ne!(c, b);
    assert_eq!(tiny(8), b + 8);
    // Now `b` is full: a 2-byte object opens a block that becomes current.
    let d = tiny(2);
    assert_eq!(tiny(2), d + 2);
}

/// Objects with pointers, and objects of 16 bytes or more, never share.
#[test]
fn only_small_noscan_objects_are_tiny() {
    let _g = heap_test_lock();
    fresh_tiny_block();
    let t = ptr_type(8);
    let a = mallocgc(8, Some(t), true) as usize;
    let b = mallocgc(8, Some(t), true) as usize;
    assert_eq!(a % 8, 0);
    assert_eq!(find_object(&HEAP.lock(), b).unwrap().0, b);
    let x = mallocgc(16, None, true) as usize;
    let y = mallocgc(16, None, true) as usize;
    assert_eq!(find_object(&HEAP.lock(), x).unwrap().0, x);
    assert_eq!(find_object(&HEAP.lock(), y).unwrap().0, y);
}

/// gc's MemStats accounting: a block is one 16-byte malloc; an object placed
/// into an existing block counts as one malloc and one free, and no bytes.
#[test]
fn tiny_allocations_are_counted_as_gc_counts_them() {
    let _g = heap_test_lock();
    let before = fresh_tiny_block();
    for _ in 0..1000 {
        tiny(8);
    }
    let mut after: MemStats = unsafe_zeroed();
    read_mem_stats(&mut after);
    // Other test threads may allocate meanwhile, but they free nothing
    // (every collecting test holds the lock we hold).
    assert!(after.mallocs >= before.mallocs + 1000);
    assert!(after.total_alloc >= before.total_alloc + 500 * 16);
    assert_eq!(after.frees, before.frees + 500);
    assert!(
        after.by_size[TINY_SIZE_CLASS].mallocs >= before.by_size[TINY_SIZE_CLASS].mallocs + 500
    );
    // `read_mem_stats` dropped the block: the next object opens a new one.
    let mut again: MemStats = unsafe_zeroed();
    tiny(8);
    read_mem_stats(&mut again);
    assert_eq!(again.frees, after.frees);
    assert!(again.total_alloc >= after.total_alloc + 16);
}
