//! Marking: roots (registers, stack, static data, registered ranges) scanned
//! conservatively, then the heap scanned precisely from pointer bitmaps with
//! an explicit mark stack.
//!
//! Invariant: during marking, an object's mark bit is set exactly once, at
//! the moment it is pushed on the mark stack (noscan objects are marked and
//! never pushed), so every reachable scan object is scanned exactly once
//! and the mark stack never holds more entries than there are objects.
//! Everything here runs under the heap lock. Overview: `gc/mod.rs`.

use super::MAX_ROOTS;
use crate::alloc::span::{Span, UNIFORM_MIXED};
use crate::alloc::{Heap, SpinLock, NUM_SPAN_CLASSES};
use core::ptr;

/// Ranges registered with `gc::register_root`: `(lo, len)`, len 0 = empty.
pub(super) static ROOTS: SpinLock<[(usize, usize); MAX_ROOTS]> = SpinLock::new([(0, 0); MAX_ROOTS]);

/// The address of a local: a (slightly conservative) stack pointer.
#[inline(never)]
pub(super) fn current_sp() -> usize {
    let x = 0usize;
    core::hint::black_box(&x) as *const usize as usize
}

/// Copies the callee-saved registers into `out` so pointers that live only
/// in registers are seen by the root scan. (Caller-saved registers hold no
/// live values across the call that led here: their callers spilled them.)
#[inline(never)]
pub(super) fn spill_registers(out: &mut [usize; 6]) {
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

/// Writable load segments of the main executable (at most 8), found once
/// with `dl_iterate_phdr`.
fn data_segments() -> [(usize, usize); 8] {
    static SEGS: SpinLock<Option<[(usize, usize); 8]>> = SpinLock::new(None);
    let mut g = SEGS.lock();
    if let Some(s) = *g {
        return s;
    }
    struct Acc {
        out: [(usize, usize); 8],
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
                    acc.out[acc.n] = (lo, lo + ph.p_memsz as usize);
                    acc.n += 1;
                }
            }
        }
        1
    }
    let mut acc = Acc {
        out: [(0, 0); 8],
        n: 0,
        first: true,
    };
    // SAFETY: the callback only touches `acc` and the phdr info it is given.
    unsafe { libc::dl_iterate_phdr(Some(cb), &mut acc as *mut Acc as *mut libc::c_void) };
    *g = Some(acc.out);
    acc.out
}

/// Visits every in-use span not owned by a thread cache: the central lists
/// of every span class, then the large objects. `f` may unlink or free the
/// span it is given.
pub(super) fn for_each_span(h: &mut Heap, mut f: impl FnMut(&mut Heap, *mut Span)) {
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

/// One grey work item: the object at `base` of `size` bytes and type
/// `typ` (or the address of its `types` entry, tagged `TYPE_SLOT`), of which the bytes from offset `off` on remain to be scanned
/// (objects larger than `OBLET` are scanned in `OBLET`-sized pieces, gc's
/// oblets, so one mark step stays short).
pub(super) type Work = (usize, usize, usize, usize);

/// Bytes of a large object scanned per work item.
const OBLET: usize = 128 << 10;

/// Tag of a work item's type word holding the address of the object's
/// entry in its span's per-slot `types` array rather than the type itself
/// (type descriptors and array entries are 8-byte aligned, so bit 0 is
/// free).
const TYPE_SLOT: usize = 1;

/// The mark stack: grey objects, in memory mapped from the OS (never from
/// the Go heap or Rust's allocator), and the cycle's mark counters.
pub struct Marker {
    buf: *mut Work,
    cap: usize,
    len: usize,
    /// Bytes of the objects marked so far by `mark` (black allocation is
    /// counted separately by the cycle).
    pub(super) marked: usize,
    /// Bytes of object memory scanned so far (mark work done).
    pub(super) scanned: usize,
    /// Check mode (`verify::checkmark`): `mark` marks nothing; the first
    /// unmarked object it is asked to mark is recorded in `missed`, and
    /// what pointed to it in `holder` (the object being scanned, or the
    /// root word being read, tagged with bit 0).
    pub(super) check: bool,
    pub(super) missed: usize,
    pub(super) holder: usize,
    /// The object being scanned or the root word being read.
    finder: usize,
}

// SAFETY: the mark stack is only used by the Go thread under the heap lock.
unsafe impl Send for Marker {}

impl Marker {
    /// An empty mark stack.
    pub const fn new() -> Marker {
        Marker {
            buf: ptr::null_mut(),
            cap: 0,
            len: 0,
            marked: 0,
            scanned: 0,
            check: false,
            missed: 0,
            holder: 0,
            finder: 0,
        }
    }

    pub(super) fn push(&mut self, item: Work) {
        if self.len == self.cap {
            let ncap = (self.cap * 2).max(4096);
            let bytes = ncap * core::mem::size_of::<Work>();
            let nb = crate::alloc::os::map_rw(bytes, false) as *mut Work;
            if nb.is_null() {
                crate::panic::fatal("out of memory growing the mark stack");
            }
            if !self.buf.is_null() {
                // SAFETY: both buffers hold at least `len` entries.
                unsafe { ptr::copy_nonoverlapping(self.buf, nb, self.len) };
                let old = self.cap * core::mem::size_of::<Work>();
                crate::alloc::os::unmap(self.buf as *mut u8, old);
            }
            self.buf = nb;
            self.cap = ncap;
        }
        // SAFETY: `len < cap`.
        unsafe { *self.buf.add(self.len) = item };
        self.len += 1;
    }

    /// Returns the mark stack's memory to the OS (it must be empty).
    pub(super) fn release(&mut self) {
        if !self.buf.is_null() {
            let bytes = self.cap * core::mem::size_of::<Work>();
            crate::alloc::os::unmap(self.buf as *mut u8, bytes);
            self.buf = ptr::null_mut();
            self.cap = 0;
            self.len = 0;
        }
    }

    /// Marks (shades grey) the object containing `addr`, if any, queueing
    /// it for scanning.
    ///
    /// The object's type is not read from the span's `types` array here
    /// (a cache miss per object: the array is apart from both the span
    /// record and the object). A span whose slots all have one type says
    /// so in `uniform`; otherwise the work item carries the address of the
    /// slot's `types` entry, tagged with bit 0 (`TYPE_SLOT`), which
    /// `drain_budget` prefetches with the object and `scan_object` reads.
    #[inline]
    pub(super) fn mark(&mut self, h: &Heap, addr: usize) {
        let s = h.pages.span_of(addr);
        if s.is_null() {
            return;
        }
        // SAFETY: `span_of` returns a live in-use span under the heap lock.
        let sp = unsafe { &mut *s };
        let (idx, base) = if sp.class() == 0 {
            (0, sp.start)
        } else {
            let idx = sp.slot_of(addr);
            if idx >= sp.nelems || !sp.is_allocated(idx) {
                return;
            }
            (idx, sp.start + idx * sp.elemsize)
        };
        let (w, b) = (idx / 64, 1u64 << (idx % 64));
        if sp.bits[w].mark & b != 0 {
            return;
        }
        if self.check {
            if self.missed == 0 {
                self.missed = base;
                self.holder = self.finder;
            }
            return;
        }
        sp.bits[w].mark |= b;
        self.marked += sp.elemsize;
        if sp.noscan() {
            return;
        }
        let typ = if sp.class() == 0 {
            // A large object's type is the `types` field itself.
            sp.types as usize
        } else if sp.uniform > UNIFORM_MIXED {
            // Every slot has this type: no need to read `types`.
            sp.uniform
        } else {
            // SAFETY: scan spans have one type entry per slot.
            unsafe { sp.types.add(idx) as usize | TYPE_SLOT }
        };
        self.push((base, sp.elemsize, typ, 0));
    }

    /// Treats every aligned word of `[lo, hi)` as a possible pointer.
    pub(super) fn scan_conservative(&mut self, h: &Heap, lo: usize, hi: usize) {
        let mut p = (lo + 7) & !7;
        while p + 8 <= hi {
            // SAFETY: `[lo, hi)` is a readable root range (stack or data) or
            // heap memory the caller just wrote.
            let v = unsafe { ptr::read_volatile(p as *const usize) };
            self.finder = p | 1;
            self.mark(h, v);
            p += 8;
        }
    }

    /// Scans the executable's writable segments; returns their total size.
    pub(super) fn scan_globals(&mut self, h: &Heap) -> usize {
        let mut total = 0;
        for (lo, hi) in data_segments() {
            if hi > lo {
                self.scan_conservative(h, lo, hi);
                total += hi - lo;
            }
        }
        total
    }

    /// Scans the ranges registered with `gc::register_root`.
    pub(super) fn scan_registered(&mut self, h: &Heap) {
        let roots = *ROOTS.lock();
        for (lo, len) in roots {
            if len != 0 {
                self.scan_conservative(h, lo, lo + len);
            }
        }
    }

    /// Scans queued objects precisely until the mark stack is empty.
    pub(super) fn drain(&mut self, h: &Heap) {
        self.drain_budget(h, usize::MAX);
    }

    /// Scans queued objects until about `budget` bytes of objects have been
    /// scanned or the mark stack is empty; returns whether it is empty.
    ///
    /// Marking is bound by cache misses on the objects being scanned, so
    /// popped objects wait in a small FIFO ring after a prefetch is issued
    /// for them: up to `RING` misses are in flight at once. Items still in
    /// the ring when the budget runs out go back on the stack.
    pub(super) fn drain_budget(&mut self, h: &Heap, budget: usize) -> bool {
        const RING: usize = 16;
        let mut ring = [(0usize, 0usize, 0usize, 0usize); RING];
        let (mut head, mut n) = (0usize, 0usize);
        let stop = self.scanned.saturating_add(budget);
        loop {
            while n < RING && self.len > 0 {
                self.len -= 1;
                // SAFETY: `len` indexes a pushed entry.
                let item = unsafe { *self.buf.add(self.len) };
                prefetch(item.0 + item.3);
                if item.2 & TYPE_SLOT != 0 {
                    prefetch(item.2 & !TYPE_SLOT);
                }
                ring[(head + n) % RING] = item;
                n += 1;
            }
            if n == 0 {
                return true;
            }
            if self.scanned >= stop {
                while n > 0 {
                    n -= 1;
                    self.push(ring[(head + n) % RING]);
                }
                return false;
            }
            let item = ring[head];
            head = (head + 1) % RING;
            n -= 1;
            self.scan_object(h, item);
        }
    }

    /// Marks what the pointer words of one object (or oblet) point to.
    #[inline]
    fn scan_object(&mut self, h: &Heap, (base, size, mut typ, start): Work) {
        if typ & TYPE_SLOT != 0 {
            // SAFETY: a tagged type word is the address of the object's
            // entry in its span's `types` array (see `mark`); the object is
            // marked, so its slot is not reused while the cycle runs.
            typ = unsafe { *((typ & !TYPE_SLOT) as *const usize) };
            if typ == 0 {
                return;
            }
        }
        // SAFETY: scan objects record the allocation's type descriptor.
        let t = unsafe { &*(typ as *const crate::types::TypeDesc) };
        if t.size == 0 || t.ptrdata == 0 || t.gcdata.is_null() {
            return;
        }
        self.finder = base;
        if start == 0 && size < 2 * t.size && t.ptrdata <= 64 * 8 {
            // The common case: a single value (not an array) of a type of
            // at most 64 pointer words. Its pointer words as one mask.
            let words = t.ptrdata / 8;
            let mut mask = 0u64;
            for i in 0..words.div_ceil(8) {
                // SAFETY: `gcdata` covers `ptrdata / 8` bits.
                mask |= (unsafe { *t.gcdata.add(i) } as u64) << (i * 8);
            }
            if words < 64 {
                mask &= (1u64 << words) - 1;
            }
            self.scanned += size;
            while mask != 0 {
                let i = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                // SAFETY: the word lies inside the allocated object.
                let v = unsafe { *((base + i * 8) as *const usize) };
                if v != 0 {
                    self.mark(h, v);
                }
            }
            return;
        }
        let mut end = size;
        if size - start > OBLET {
            end = start + OBLET;
            self.push((base, size, typ, end));
        }
        self.scanned += end - start;
        let words = t.ptrdata / 8;
        // The element of the (array-of-`t`) object that holds `start`.
        let mut off = if start == 0 {
            0
        } else {
            start / t.size * t.size
        };
        let mut i = (start - off) / 8;
        while off < end && off + t.ptrdata <= size {
            while i < words && off + i * 8 < end {
                // SAFETY: `gcdata` covers `ptrdata / 8` bits.
                let byte = unsafe { *t.gcdata.add(i / 8) };
                if byte == 0 && i % 8 == 0 {
                    i += 8;
                    continue;
                }
                if byte >> (i % 8) & 1 != 0 {
                    // SAFETY: the word lies inside the allocated object.
                    let v = unsafe { *((base + off + i * 8) as *const usize) };
                    if v != 0 {
                        self.mark(h, v);
                    }
                }
                i += 1;
            }
            off += t.size;
            i = 0;
        }
    }
}

/// Hints the CPU to fetch the cache line at `addr` (no effect on semantics).
#[inline(always)]
fn prefetch(addr: usize) {
    // SAFETY: a prefetch never faults, whatever the address.
    unsafe {
        core::arch::asm!("prefetcht0 [{0}]", in(reg) addr, options(nostack, preserves_flags, readonly));
    }
}
