//! A stop-the-world mark-sweep garbage collector (opt-in: set `GOGC`).
//!
//! # Design
//!
//! * Roots are found conservatively: every aligned word of the Go thread's
//!   stack (from the current stack pointer, after spilling the callee-saved
//!   registers into the frame, up to `signal::STACK_HI`) and of the main
//!   executable's writable segments (`.data`, `.bss`, found with
//!   `dl_iterate_phdr`) that points into an allocated heap object keeps that
//!   object alive. Interior pointers count (the page map resolves them).
//! * The heap is scanned precisely: each object in a scan span carries its
//!   allocation type, and its `gcdata` bitmap says which words hold
//!   pointers. An object is treated as an array of its type (that is how
//!   `makeslice`/`growslice` allocate), so the bitmap repeats every
//!   `typ.size` bytes. Noscan objects are never scanned.
//! * Marking uses an explicit mark stack in memory mapped from the OS, so
//!   deep structures cannot overflow the machine stack.
//! * Sweeping frees every allocated but unmarked slot, returns empty spans to
//!   the page heap and files the rest as partial or full.
//! * Pacing is GOGC-style: the next collection starts when the heap has grown
//!   by `GOGC` percent over the live heap after the last one, and never below
//!   4 MiB.
//!
//! # Limits (why it is opt-in)
//!
//! The collector assumes one Go thread (only the calling thread's cache is
//! flushed and only the Go stack is scanned), that `typ` passed to the
//! allocator describes the object, and that Go pointers are never hidden
//! outside the Go stack, globals and the heap. It is enabled only when the
//! `GOGC` environment variable is set to a number; otherwise, as with
//! `GOGC=off`, the heap only grows. Overview of the heap: `alloc/mod.rs`.

use crate::alloc::span::{Span, SpanList};
use crate::alloc::{self, find_object, Heap, HEAP, NUM_SPAN_CLASSES};
use crate::signal::STACK_HI;
use core::ptr;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);
static GOGC: AtomicUsize = AtomicUsize::new(100);
/// Bytes allocated since the last collection (approximate, relaxed).
static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
/// Live bytes after the last collection.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// Heap size that triggers the next collection.
static TRIGGER: AtomicUsize = AtomicUsize::new(MIN_HEAP);
static IN_GC: AtomicBool = AtomicBool::new(false);

const MIN_HEAP: usize = 4 << 20;

/// Whether collection is enabled.
#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Reads `GOGC` at startup: a number enables the collector with that
/// percentage; unset or `off` leaves it disabled.
pub fn init() {
    let Some(v) = crate::sys::lookup_env(b"GOGC") else {
        return;
    };
    // SAFETY: environment strings live for the whole process.
    let v = unsafe { v.as_bytes() };
    let mut n: usize = 0;
    if v.is_empty() || !v.iter().all(|c| c.is_ascii_digit()) {
        return;
    }
    for &c in v {
        n = n.saturating_mul(10).saturating_add((c - b'0') as usize);
    }
    GOGC.store(n, Ordering::Relaxed);
    ENABLED.store(true, Ordering::Relaxed);
}

/// Called by the allocator before each allocation of `size` bytes.
#[inline]
pub fn maybe_collect(size: usize) {
    let a = ALLOCATED.fetch_add(size, Ordering::Relaxed) + size;
    if a + LIVE.load(Ordering::Relaxed) >= TRIGGER.load(Ordering::Relaxed) {
        collect(false);
    }
}

/// Runs a full collection (`runtime.GC()` when `forced`). Does nothing when
/// called off the Go thread's stack (e.g. from unit tests) or re-entrantly.
pub fn collect(forced: bool) {
    let hi = STACK_HI.load(Ordering::Relaxed);
    let sp = current_sp();
    if hi == 0 || sp >= hi || sp < crate::signal::STACK_LO.load(Ordering::Relaxed) {
        return;
    }
    if IN_GC.swap(true, Ordering::Acquire) {
        return;
    }
    let start = crate::sys::nanotime();
    alloc::release_cache();
    let mut regs = [0usize; 6];
    spill_registers(&mut regs);
    let sp = current_sp();
    {
        let mut guard = HEAP.lock();
        let h = &mut *guard;
        clear_marks(h);
        let mut m = Marker::new();
        m.scan_conservative(h, sp, hi);
        m.scan_conservative(h, regs.as_ptr() as usize, regs.as_ptr() as usize + 48);
        for (lo, hi) in data_segments().iter().flatten() {
            m.scan_conservative(h, *lo, *hi);
        }
        m.drain(h);
        m.release();
        let live = sweep(h);
        let goal = live.saturating_add(live / 100 * GOGC.load(Ordering::Relaxed));
        let trigger = goal.max(MIN_HEAP);
        LIVE.store(live, Ordering::Relaxed);
        ALLOCATED.store(0, Ordering::Relaxed);
        TRIGGER.store(trigger, Ordering::Relaxed);
        let pause = (crate::sys::nanotime() - start) as u64;
        let st = &mut h.stats;
        let (sec, nsec) = crate::sys::walltime();
        let now = sec as u64 * 1_000_000_000 + nsec as u64;
        st.pause_ns[st.num_gc as usize % 256] = pause;
        st.pause_end[st.num_gc as usize % 256] = now;
        st.pause_total_ns += pause;
        st.last_gc = now;
        st.next_gc = trigger as u64;
        st.num_gc += 1;
        if forced {
            st.num_forced_gc += 1;
        }
    }
    IN_GC.store(false, Ordering::Release);
}

#[inline(never)]
fn current_sp() -> usize {
    let x = 0usize;
    // The address of a local is a (slightly conservative) stack pointer.
    core::hint::black_box(&x) as *const usize as usize
}

/// Copies the callee-saved registers into `out` so pointers that live only
/// in registers are seen by the stack scan.
#[inline(never)]
fn spill_registers(out: &mut [usize; 6]) {
    // SAFETY: stores six registers into the six-word array; no other effects.
    unsafe {
        core::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) out.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
}

/// Writable load segments of the main executable (at most 8).
fn data_segments() -> [Option<(usize, usize)>; 8] {
    struct Acc {
        out: [Option<(usize, usize)>; 8],
        n: usize,
        first: bool,
    }
    unsafe extern "C" fn cb(
        info: *mut libc::dl_phdr_info,
        _size: usize,
        data: *mut libc::c_void,
    ) -> i32 {
        // SAFETY: `data` is our `Acc` and `info` is valid for this callback.
        unsafe {
            let acc = &mut *(data as *mut Acc);
            if !acc.first {
                return 1;
            }
            acc.first = false;
            let info = &*info;
            for i in 0..info.dlpi_phnum as usize {
                let ph = &*info.dlpi_phdr.add(i);
                if ph.p_type == libc::PT_LOAD && ph.p_flags & libc::PF_W != 0 && acc.n < 8 {
                    let lo = info.dlpi_addr as usize + ph.p_vaddr as usize;
                    acc.out[acc.n] = Some((lo, lo + ph.p_memsz as usize));
                    acc.n += 1;
                }
            }
        }
        1
    }
    let mut acc = Acc {
        out: [None; 8],
        n: 0,
        first: true,
    };
    // SAFETY: the callback only touches `acc` and the phdr info it is given.
    unsafe { libc::dl_iterate_phdr(Some(cb), &mut acc as *mut Acc as *mut libc::c_void) };
    acc.out
}

/// Visits every in-use span not owned by a thread cache.
fn for_each_span(h: &mut Heap, mut f: impl FnMut(&mut Heap, *mut Span)) {
    for spc in 0..NUM_SPAN_CLASSES {
        for full in [false, true] {
            let mut s = if full {
                h.central[spc].full.first
            } else {
                h.central[spc].partial.first
            };
            while !s.is_null() {
                // SAFETY: list members are valid; read `next` before `f` may
                // relink or free `s`.
                let next = unsafe { (*s).next };
                f(h, s);
                s = next;
            }
        }
    }
    let mut s = h.large.first;
    while !s.is_null() {
        // SAFETY: as above.
        let next = unsafe { (*s).next };
        f(h, s);
        s = next;
    }
}

fn clear_marks(h: &mut Heap) {
    for_each_span(h, |_, s| {
        // SAFETY: `s` is a valid in-use span under the heap lock.
        unsafe { (*s).mark_bits = [0; crate::alloc::span::BITMAP_WORDS] };
    });
}

/// The mark stack: (object base, object size, type) triples in mmap'd memory.
struct Marker {
    buf: *mut (usize, usize, usize),
    cap: usize,
    len: usize,
}

impl Marker {
    fn new() -> Marker {
        Marker {
            buf: ptr::null_mut(),
            cap: 0,
            len: 0,
        }
    }

    fn push(&mut self, item: (usize, usize, usize)) {
        if self.len == self.cap {
            let ncap = (self.cap * 2).max(4096);
            let bytes = ncap * core::mem::size_of::<(usize, usize, usize)>();
            let nb = alloc::os::map_rw(bytes, false) as *mut (usize, usize, usize);
            if nb.is_null() {
                crate::panic::fatal("out of memory growing the mark stack");
            }
            if !self.buf.is_null() {
                // SAFETY: both buffers hold at least `len` entries.
                unsafe { ptr::copy_nonoverlapping(self.buf, nb, self.len) };
                self.release();
            }
            self.buf = nb;
            self.cap = ncap;
        }
        // SAFETY: `len < cap`.
        unsafe { *self.buf.add(self.len) = item };
        self.len += 1;
    }

    fn release(&mut self) {
        if !self.buf.is_null() {
            let bytes = self.cap * core::mem::size_of::<(usize, usize, usize)>();
            alloc::os::unmap(self.buf as *mut u8, bytes);
            self.buf = ptr::null_mut();
        }
    }

    /// Marks the object containing `addr`, if any, queueing it for scanning.
    #[inline]
    fn mark(&mut self, h: &Heap, addr: usize) {
        let Some((base, size, typ, s)) = find_object(h, addr) else {
            return;
        };
        // SAFETY: `find_object` returns a live span under the heap lock.
        let sp = unsafe { &mut *s };
        let idx = if sp.class() == 0 { 0 } else { sp.slot_of(base) };
        let (w, b) = (idx / 64, 1u64 << (idx % 64));
        if sp.mark_bits[w] & b != 0 {
            return;
        }
        sp.mark_bits[w] |= b;
        if !typ.is_null() {
            self.push((base, size, typ as usize));
        }
    }

    fn scan_conservative(&mut self, h: &Heap, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: `[lo, hi)` is a readable root range (stack or data).
            let v = unsafe { ptr::read_volatile(p as *const usize) };
            self.mark(h, v);
            p += 8;
        }
    }

    fn drain(&mut self, h: &Heap) {
        while self.len > 0 {
            self.len -= 1;
            // SAFETY: `len` indexes a pushed entry.
            let (base, size, typ) = unsafe { *self.buf.add(self.len) };
            // SAFETY: scan objects record the compiler's type descriptor.
            let t = unsafe { &*(typ as *const crate::types::TypeDesc) };
            if t.size == 0 || t.ptrdata == 0 || t.gcdata.is_null() {
                continue;
            }
            let words = t.ptrdata / 8;
            let mut off = 0;
            while off + t.ptrdata <= size {
                for i in 0..words {
                    // SAFETY: `gcdata` covers `ptrdata / 8` bits.
                    let bit = unsafe { *t.gcdata.add(i / 8) } >> (i % 8) & 1;
                    if bit != 0 {
                        // SAFETY: the word lies inside the allocated object.
                        let v = unsafe { *((base + off + i * 8) as *const usize) };
                        if v != 0 {
                            self.mark(h, v);
                        }
                    }
                }
                off += t.size;
            }
        }
    }
}

/// Frees unmarked objects; returns the live bytes that remain.
fn sweep(h: &mut Heap) -> usize {
    let mut live = 0usize;
    for_each_span(h, |h, s| {
        // SAFETY: `s` is a valid in-use span under the heap lock, linked in a
        // central or large list; we relink or free it consistently.
        unsafe {
            let sp = &mut *s;
            let spc = sp.spanclass as usize;
            let mut freed = 0usize;
            for w in 0..crate::alloc::span::BITMAP_WORDS {
                let dead = sp.alloc_bits[w] & !sp.mark_bits[w];
                freed += dead.count_ones() as usize;
                sp.alloc_bits[w] &= sp.mark_bits[w];
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
