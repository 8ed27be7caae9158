//! `GODEBUG=allocsites=1`: heap allocations and bytes per allocation site,
//! printed on standard error at exit beside escape analysis's reason for
//! each site.
//!
//! The compiler gives every heap allocation site it emits (and every map
//! insertion, whose table growth allocates) an index into a table it emits
//! (`compiler/src/codegen/sites.rs` documents the layout; `SiteTab` mirrors
//! it) and registers with `rt_setallocsites` from `rgo_main`. Around each
//! allocating runtime call the compiled code stores the site's index into
//! the table's `cur` word and stores 0 after it, so every allocation made
//! during that call is the site's; index 0 is "(runtime)": allocations made
//! with no site current (by runtime internals and map growth outside a map
//! insertion).
//!
//! When the knob is off the allocator pays nothing beyond the debug-flags
//! test it already makes (`alloc::mallocgc`), and compiled code pays two
//! stores per allocating call. When on, `record` adds the allocation's
//! rounded size (the size class, or whole pages for a large object: what
//! `MemStats.TotalAlloc` and gc's `B/op` count) to the current site's
//! counters, which live in the table's zeroed, writable `counts` array.
//! `report` sorts the sites by bytes (then allocations, then index) and
//! prints the table; it runs when the program exits by any path.

use crate::print::{fmt_uint, write_err};
use core::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// The table header; `n` entries follow it (see the compiler's `sites.rs`).
#[repr(C)]
struct SiteTab {
    n: usize,
    /// The index of the current site (0 when none), written by compiled code.
    cur: *const u64,
    /// `[allocations, bytes]` per site.
    counts: *mut [u64; 2],
}

/// One site: its position (`./main.go:12:9`) and reason.
#[repr(C)]
struct SiteEntry {
    pos: *const u8,
    reason: *const u8,
    pos_len: u32,
    reason_len: u32,
}

static TABLE: AtomicPtr<SiteTab> = AtomicPtr::new(core::ptr::null_mut());
static ON: AtomicBool = AtomicBool::new(false);

/// Turns the counting on (from `GODEBUG` parsing).
pub fn enable() {
    ON.store(true, Ordering::Relaxed);
}

/// Whether `GODEBUG=allocsites=1` is on.
#[inline]
pub fn active() -> bool {
    ON.load(Ordering::Relaxed)
}

/// Registers the compiler's site table (`rt_setallocsites`).
pub fn set_table(t: *const u8) {
    TABLE.store(t as *mut SiteTab, Ordering::Relaxed);
}

/// Counts one allocation of `bytes` (rounded) bytes for the current site.
pub fn record(bytes: usize) {
    let t = TABLE.load(Ordering::Relaxed);
    if t.is_null() {
        return;
    }
    // SAFETY: the compiler's table has `n` counter pairs and a `cur` word
    // that compiled code only sets to indices below `n`.
    unsafe {
        let i = (*(*t).cur as usize).min((*t).n - 1);
        let c = &mut *(*t).counts.add(i);
        c[0] += 1;
        c[1] += bytes as u64;
    }
}

fn entry(t: *const SiteTab, i: usize) -> (&'static [u8], &'static [u8]) {
    // SAFETY: `i < n`; entries follow the header; their strings are
    // read-only data of the given lengths.
    unsafe {
        let e = &*(t.add(1) as *const SiteEntry).add(i);
        (
            core::slice::from_raw_parts(e.pos, e.pos_len as usize),
            core::slice::from_raw_parts(e.reason, e.reason_len as usize),
        )
    }
}

fn pad(n: usize) {
    const SP: [u8; 64] = [b' '; 64];
    let mut n = n;
    while n > 0 {
        let k = n.min(SP.len());
        write_err(&SP[..k]);
        n -= k;
    }
}

/// Writes `v` right-aligned in `width` columns.
fn num(v: u64, width: usize) {
    let mut b = [0u8; 20];
    let s = fmt_uint(&mut b, v);
    pad(width.saturating_sub(s.len()));
    write_err(s);
}

/// Prints the table (once) if the knob is on.
pub fn report() {
    if !ON.swap(false, Ordering::Relaxed) {
        return;
    }
    let t = TABLE.load(Ordering::Relaxed);
    if t.is_null() {
        return;
    }
    // SAFETY: the registered table is valid for the program's life.
    let (n, counts) = unsafe { ((*t).n, (*t).counts) };
    // SAFETY: `counts` has `n` pairs.
    let count = |i: usize| unsafe { *counts.add(i) };
    // The indices of the sites that allocated, sorted, in memory of our own.
    let words = n.max(1);
    let buf = crate::alloc::os::map_rw(words * 4, false);
    if buf.is_null() {
        return;
    }
    // SAFETY: `buf` is a fresh private mapping of `n` u32s.
    let idx = unsafe { core::slice::from_raw_parts_mut(buf as *mut u32, words) };
    let mut k = 0;
    let (mut total_n, mut total_b) = (0u64, 0u64);
    let mut width = "site".len();
    for i in 0..n {
        let [c, b] = count(i);
        if c > 0 {
            idx[k] = i as u32;
            k += 1;
            total_n += c;
            total_b += b;
            width = width.max(entry(t, i).0.len());
        }
    }
    let idx = &mut idx[..k];
    idx.sort_unstable_by(|&a, &b| {
        let (ca, cb) = (count(a as usize), count(b as usize));
        cb[1].cmp(&ca[1]).then(cb[0].cmp(&ca[0])).then(a.cmp(&b))
    });
    write_err(b"allocsites: heap allocations per site during the run, by bytes\n");
    write_err(b"     bytes     allocs  site");
    pad(width - 4);
    write_err(b"  reason\n");
    for &i in idx.iter() {
        let [c, b] = count(i as usize);
        let (pos, reason) = entry(t, i as usize);
        num(b, 10);
        num(c, 11);
        write_err(b"  ");
        write_err(pos);
        pad(width - pos.len());
        write_err(b"  ");
        write_err(reason);
        write_err(b"\n");
    }
    num(total_b, 10);
    num(total_n, 11);
    write_err(b"  total\n");
    crate::alloc::os::unmap(buf, words * 4);
}
