//! `GODEBUG=allocsites=1`: heap allocations and bytes per allocation site,
//! printed on standard error at exit beside escape analysis's reason for
//! each site.
//!
//! The compiler gives every allocation site whose code calls an allocating
//! runtime function (and every map insertion, whose table growth allocates)
//! an index into a table it emits (`compiler/src/codegen/sites.rs` documents
//! the layout; `SiteTab` and `SiteEntry` mirror it) and registers with
//! `rt_setallocsites` from `rgo_main`. Around each allocating runtime call
//! the compiled code stores the site's index into the table's `cur` word and
//! stores 0 after it, so every allocation made during that call is the
//! site's. Index 0 is `(runtime)`: allocations made with no site current
//! (defer records, panic values, runtime internals). The scheduler is M:1
//! and an allocating call never switches goroutines, so one `cur` word
//! serves every goroutine.
//!
//! When the knob is off, the allocator pays one predictable branch
//! (`alloc::mallocgc`) and compiled code two stores per allocating call.
//! When on, `record` adds the allocation's rounded size (the size class, or
//! whole pages for a large object: what `MemStats.TotalAlloc` and gc's `B/op`
//! count; for a tiny object, its share of a 16-byte tiny block,
//! `alloc::tiny_share`) to the current site's counters, which live in the table's zeroed,
//! writable `counts` array. `report` runs when the program exits by any path
//! (`main` returning, `os.Exit`, a fatal panic) and prints one row per site
//! that allocated, most bytes first. At `allocsites=1` the sites inside the
//! standard library are summed into one row per package, `(std) PKG`; at
//! `allocsites=2` every site has its own row.

use crate::print::{fmt_uint, write_err};
use core::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

/// The table header; `n` entries follow it (see the compiler's `sites.rs`).
#[repr(C)]
struct SiteTab {
    n: usize,
    /// The index of the current site (0 when none), written by compiled code.
    cur: *const u64,
    /// `[allocations, bytes]` per site.
    counts: *mut [u64; 2],
    /// The standard-library package of each group (group `g` is `groups[g-1]`).
    groups: *const GoStr,
    ngroups: usize,
}

/// One site: its position (`./main.go:12:9`), reason and group (0 for user
/// code, else its standard-library package).
#[repr(C)]
struct SiteEntry {
    pos: *const u8,
    reason: *const u8,
    pos_len: u32,
    reason_len: u32,
    group: u32,
    _pad: u32,
}

/// A string in the table.
#[repr(C)]
struct GoStr {
    ptr: *const u8,
    len: usize,
}

static TABLE: AtomicPtr<SiteTab> = AtomicPtr::new(core::ptr::null_mut());
/// The knob's value: 0 off, 1 grouped, 2 every site.
static LEVEL: AtomicU8 = AtomicU8::new(0);

/// Sets the knob (from `GODEBUG` parsing).
pub fn enable(level: u64) {
    LEVEL.store(level.min(2) as u8, Ordering::Relaxed);
}

/// Whether `GODEBUG=allocsites` is on.
#[inline]
pub fn active() -> bool {
    LEVEL.load(Ordering::Relaxed) != 0
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
    // SAFETY: the compiler's table has `n >= 1` counter pairs and a `cur`
    // word that compiled code only sets to indices below `n`.
    unsafe {
        let i = (*(*t).cur as usize).min((*t).n - 1);
        let c = &mut *(*t).counts.add(i);
        c[0] += 1;
        c[1] += bytes as u64;
    }
}

/// Forgets the current site: a panic out of an allocating call skips the
/// store that would have reset it (`panic.rs`).
pub fn clear_current() {
    let t = TABLE.load(Ordering::Relaxed);
    if !t.is_null() {
        // SAFETY: `cur` is the compiler's writable word.
        unsafe { *((*t).cur as *mut u64) = 0 };
    }
}

/// Entry `i`'s position, reason and group.
fn entry(t: *const SiteTab, i: usize) -> (&'static [u8], &'static [u8], usize) {
    // SAFETY: `i < n`; entries follow the header; their strings are
    // read-only data of the given lengths.
    unsafe {
        let e = &*(t.add(1) as *const SiteEntry).add(i);
        (
            core::slice::from_raw_parts(e.pos, e.pos_len as usize),
            core::slice::from_raw_parts(e.reason, e.reason_len as usize),
            e.group as usize,
        )
    }
}

/// The package path of group `g` (1-based).
fn group_name(t: *const SiteTab, g: usize) -> &'static [u8] {
    // SAFETY: `1 <= g <= ngroups`; the strings are read-only data.
    unsafe {
        let s = &*(*t).groups.add(g - 1);
        core::slice::from_raw_parts(s.ptr, s.len)
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

/// One printed row: `[bytes, allocations, what]`, where `what` is an entry
/// index, or `n + g` for group `g`'s sum; groups also count their sites.
type Row = [u64; 3];

/// Prints the table (once) if the knob is on.
pub fn report() {
    let level = LEVEL.swap(0, Ordering::Relaxed);
    if level == 0 {
        return;
    }
    let t = TABLE.load(Ordering::Relaxed);
    if t.is_null() {
        return;
    }
    // SAFETY: the registered table is valid for the program's life.
    let (n, counts, ngroups) = unsafe { ((*t).n, (*t).counts, (*t).ngroups) };
    // SAFETY: `counts` has `n` pairs.
    let count = |i: usize| unsafe { *counts.add(i) };
    // Rows for the sites and the groups, and each group's number of sites,
    // in memory of our own (the Go heap must not change under the report).
    let rows_len = n + ngroups + 1;
    let size = rows_len * core::mem::size_of::<Row>() + (ngroups + 1) * 8;
    let buf = crate::alloc::os::map_rw(size, false);
    if buf.is_null() {
        return;
    }
    // SAFETY: `buf` is a fresh private zeroed mapping of `size` bytes.
    let (rows, nsites) = unsafe {
        (
            core::slice::from_raw_parts_mut(buf as *mut Row, rows_len),
            core::slice::from_raw_parts_mut(
                buf.add(rows_len * core::mem::size_of::<Row>()) as *mut u64,
                ngroups + 1,
            ),
        )
    };
    let mut k = 0;
    let (mut total_n, mut total_b) = (0u64, 0u64);
    for i in 0..n {
        let [c, b] = count(i);
        if c == 0 {
            continue;
        }
        total_n += c;
        total_b += b;
        let g = entry(t, i).2;
        if level >= 2 || g == 0 || g > ngroups {
            rows[k] = [b, c, i as u64];
            k += 1;
        } else {
            let r = &mut rows[n + g];
            r[0] += b;
            r[1] += c;
            nsites[g] += 1;
        }
    }
    for g in 1..=ngroups {
        if nsites[g] > 0 {
            rows[k] = [rows[n + g][0], rows[n + g][1], (n + g) as u64];
            k += 1;
        }
    }
    let rows = &mut rows[..k];
    rows.sort_unstable_by(|a, b| b[0].cmp(&a[0]).then(b[1].cmp(&a[1])).then(a[2].cmp(&b[2])));
    let label = |what: usize| -> (&'static [u8], &'static [u8]) {
        if what < n {
            let (pos, reason, _) = entry(t, what);
            (pos, reason)
        } else {
            (group_name(t, what - n), b"")
        }
    };
    let mut width = "site".len();
    for r in rows.iter() {
        let w = match r[2] as usize {
            what if what < n => label(what).0.len(),
            what => "(std) ".len() + label(what).0.len(),
        };
        width = width.max(w);
    }
    write_err(b"allocsites: heap allocations by site during the run, most bytes first\n");
    write_err(b"     bytes     allocs  site");
    pad(width - 4);
    write_err(b"  why on the heap (as -gcflags=-m says)\n");
    for r in rows.iter() {
        let what = r[2] as usize;
        num(r[0], 10);
        num(r[1], 11);
        write_err(b"  ");
        let (name, reason) = label(what);
        if what < n {
            write_err(name);
            pad(width - name.len());
            write_err(b"  ");
            write_err(reason);
        } else {
            write_err(b"(std) ");
            write_err(name);
            pad(width - 6 - name.len());
            write_err(b"  ");
            let sites = nsites[what - n];
            num(sites, 0);
            write_err(if sites == 1 { b" site" } else { b" sites" });
            write_err(b" in the standard library (GODEBUG=allocsites=2 lists them)");
        }
        write_err(b"\n");
    }
    num(total_b, 10);
    num(total_n, 11);
    write_err(b"  total\n");
    crate::alloc::os::unmap(buf, size);
}
