//! Channels and `select` (gc's `runtime/chan.go` and `select.go`), on the
//! cooperative scheduler of `sched.rs`.
//!
//! # Layout (the compiler's `HCHAN_*` in `compiler/src/types/layout.rs`)
//!
//! A channel value is a pointer to an `Hchan` in the Go heap (nil is null):
//!
//! ```text
//! 0 qcount    elements in the buffer (len)      8 dataqsiz  buffer size (cap)
//! 16 buf      the ring buffer (heap, elem-typed) 24 elemsize
//! 32 closed   0 or 1                             40 elemtype *TypeDesc
//! 48 sendx    56 recvx                           64 recvq {first, last}
//! 80 sendq {first, last}                         (96 bytes)
//! ```
//!
//! `len(ch)` and `cap(ch)` read words 0 and 1 (0 for a nil channel).
//!
//! # Waiting
//!
//! A goroutine that blocks puts a `Sudog` (on its own stack, so the
//! collector sees its pointers) on the channel's `recvq` or `sendq`, FIFO,
//! and parks. Whoever completes the operation copies the element directly
//! between the two goroutines' memory (`elem` points into the waiter's
//! frame), sets `success` and the waiter's `param`, and readies it. `close`
//! wakes everyone with `success = false`: receivers get the zero value,
//! senders panic with `send on closed channel`.
//!
//! `select` (`selectgo`) polls its cases in a uniformly random order (gc's
//! `pollorder`, nil channels dropped); if none is ready and there is no
//! `default`, it enqueues one sudog per case and parks. The first case to
//! complete sets `G::select_done`, so later wakers skip that goroutine's
//! other sudogs (gc's `selectDone`); on waking the goroutine unlinks them.
//!
//! Invariants: (C1) a sudog is linked in at most one queue, and only while
//! its goroutine is parked on it; (C2) `qcount <= dataqsiz`, and a channel
//! never has waiting receivers while its buffer is non-empty, nor waiting
//! senders while it has room.

use crate::sched::{self, G};
use crate::types::{GoString, TypeDesc};
use core::cell::Cell;
use core::ptr;

/// The channel header (see the module doc for offsets).
#[repr(C)]
pub struct Hchan {
    /// Elements in the buffer.
    pub qcount: usize,
    /// Buffer capacity.
    pub dataqsiz: usize,
    /// The ring buffer (`dataqsiz` elements).
    pub buf: *mut u8,
    /// Element size in bytes.
    pub elemsize: usize,
    /// Set by `close`.
    pub closed: usize,
    /// The element type.
    pub elemtype: *const TypeDesc,
    /// Next slot to send into.
    pub sendx: usize,
    /// Next slot to receive from.
    pub recvx: usize,
    /// Blocked receivers.
    pub recvq: WaitQ,
    /// Blocked senders.
    pub sendq: WaitQ,
}

/// A FIFO of sudogs.
#[repr(C)]
pub struct WaitQ {
    first: *mut Sudog,
    last: *mut Sudog,
}

/// A goroutine waiting on a channel (gc's `sudog`).
pub struct Sudog {
    g: *mut G,
    /// The value to send, or where to receive into (null: discard).
    elem: *mut u8,
    next: *mut Sudog,
    prev: *mut Sudog,
    c: *mut Hchan,
    is_select: bool,
    queued: bool,
    success: bool,
    case_index: usize,
}

impl Sudog {
    fn new(c: *mut Hchan, elem: *mut u8) -> Sudog {
        Sudog {
            g: sched::cur(),
            elem,
            next: ptr::null_mut(),
            prev: ptr::null_mut(),
            c,
            is_select: false,
            queued: false,
            success: false,
            case_index: 0,
        }
    }
}

impl WaitQ {
    /// # Safety
    /// `sg` must be a live, unqueued sudog.
    unsafe fn enqueue(&mut self, sg: *mut Sudog) {
        // SAFETY: per the contract; queued sudogs are live (C1).
        unsafe {
            (*sg).next = ptr::null_mut();
            (*sg).prev = self.last;
            (*sg).queued = true;
            if self.last.is_null() {
                self.first = sg;
            } else {
                (*self.last).next = sg;
            }
            self.last = sg;
        }
    }

    /// # Safety
    /// `sg` must be queued in this queue.
    unsafe fn unlink(&mut self, sg: *mut Sudog) {
        // SAFETY: per the contract.
        unsafe {
            let (p, n) = ((*sg).prev, (*sg).next);
            if p.is_null() {
                self.first = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                self.last = p;
            } else {
                (*n).prev = p;
            }
            (*sg).next = ptr::null_mut();
            (*sg).prev = ptr::null_mut();
            (*sg).queued = false;
        }
    }

    /// The oldest waiter that can still complete, unlinked; a select's
    /// sudog claims its goroutine's select.
    fn dequeue(&mut self) -> Option<*mut Sudog> {
        // SAFETY: queued sudogs are live (C1).
        unsafe {
            loop {
                let sg = self.first;
                if sg.is_null() {
                    return None;
                }
                self.unlink(sg);
                if (*sg).is_select {
                    if (*(*sg).g).select_done {
                        continue;
                    }
                    (*(*sg).g).select_done = true;
                }
                return Some(sg);
            }
        }
    }
}

/// The `Hchan` descriptor: `buf` (word 2) is the only heap pointer.
static HCHAN_GCDATA: [u8; 1] = [0b0000_0100];
static HCHAN_TYPE: crate::panic::SyncDesc = crate::panic::SyncDesc(TypeDesc {
    size: 96,
    ptrdata: 24,
    hash: 0,
    kind: crate::types::kind::STRUCT,
    align: 8,
    flags: crate::types::FLAG_NAMED,
    _pad: 0,
    gcdata: HCHAN_GCDATA.as_ptr(),
    name: GoString::from_static("runtime.hchan"),
    elem: ptr::null(),
    key: ptr::null(),
    len: 0,
    equal: None,
    methods: ptr::null(),
    nmethods: 0,
});

/// `make(chan T, size)`; `t` is the channel type's descriptor (its `elem`
/// is `T`).
///
/// # Safety
/// `t` must be a channel type descriptor.
pub unsafe fn makechan(t: *const TypeDesc, size: i64) -> *mut Hchan {
    // SAFETY: per the contract.
    let elem = unsafe { (*t).elem };
    // SAFETY: `elem` is a valid descriptor.
    let elemsize = unsafe { (*elem).size };
    let total = (elemsize as u128) * (size.max(0) as u128);
    if size < 0 || total > (1u128 << 40) {
        crate::panic::panic_plain(b"makechan: size out of range");
    }
    let c = crate::alloc::mallocgc(96, Some(&HCHAN_TYPE.0), true) as *mut Hchan;
    // SAFETY: `c` is a fresh zeroed 96-byte object.
    unsafe {
        (*c).dataqsiz = size as usize;
        (*c).elemsize = elemsize;
        (*c).elemtype = elem;
        if total > 0 {
            // SAFETY: elem is valid; the buffer is typed for the collector.
            let buf = crate::alloc::mallocgc(total as usize, Some(&*elem), true);
            (*c).buf = buf;
        }
    }
    c
}

/// # Safety
/// `c` non-null; `i < dataqsiz`.
unsafe fn slot(c: *mut Hchan, i: usize) -> *mut u8 {
    // SAFETY: per the contract.
    unsafe { (*c).buf.add(i * (*c).elemsize) }
}

/// # Safety
/// `dst` (if non-null) and `src` hold `n` bytes.
unsafe fn copy(dst: *mut u8, src: *const u8, n: usize) {
    if !dst.is_null() && n > 0 {
        // The old value of `dst` may be the last path to an object the
        // marking cycle has not reached (the write barrier, `gc/mod.rs`).
        crate::gc::wb_range(dst, n);
        // SAFETY: per the contract.
        unsafe { ptr::copy(src, dst, n) };
    }
}

/// # Safety
/// `dst` (if non-null) holds `n` bytes.
unsafe fn zero(dst: *mut u8, n: usize) {
    if !dst.is_null() && n > 0 {
        crate::gc::wb_range(dst, n);
        // SAFETY: per the contract.
        unsafe { ptr::write_bytes(dst, 0, n) };
    }
}

/// Hands the element to (or from) `sg`'s goroutine and wakes it.
///
/// # Safety
/// `sg` was just dequeued.
unsafe fn wake(sg: *mut Sudog, success: bool) {
    // SAFETY: per the contract.
    unsafe {
        (*sg).success = success;
        (*(*sg).g).param = sg as *mut u8;
        sched::ready((*sg).g);
    }
}

/// Sends `*elem` to `c`: completes now if a receiver waits or the buffer
/// has room; otherwise blocks when `block`, else returns false.
///
/// # Safety
/// `c` is null or a channel; `elem` holds a value of its element type.
pub unsafe fn chansend(c: *mut Hchan, elem: *const u8, block: bool) -> bool {
    if c.is_null() {
        if !block {
            return false;
        }
        sched::park("chan send (nil chan)");
        crate::panic::fatal("unreachable");
    }
    // SAFETY: per the contract.
    unsafe {
        if (*c).closed != 0 {
            crate::panic::panic_plain(b"send on closed channel");
        }
        if let Some(sg) = (*c).recvq.dequeue() {
            copy((*sg).elem, elem, (*c).elemsize);
            wake(sg, true);
            return true;
        }
        if (*c).qcount < (*c).dataqsiz {
            copy(slot(c, (*c).sendx), elem, (*c).elemsize);
            (*c).sendx = ((*c).sendx + 1) % (*c).dataqsiz;
            (*c).qcount += 1;
            return true;
        }
        if !block {
            return false;
        }
        let mut sg = Sudog::new(c, elem as *mut u8);
        (*c).sendq.enqueue(&mut sg);
        sched::park("chan send");
        if !sg.success {
            crate::panic::panic_plain(b"send on closed channel");
        }
        true
    }
}

/// Receives from `c` into `elem` (null: discard). Returns `(selected,
/// received)`: `received` is false for the zero value of a closed channel.
///
/// # Safety
/// `c` is null or a channel; `elem` is null or room for an element.
pub unsafe fn chanrecv(c: *mut Hchan, elem: *mut u8, block: bool) -> (bool, bool) {
    if c.is_null() {
        if !block {
            return (false, false);
        }
        sched::park("chan receive (nil chan)");
        crate::panic::fatal("unreachable");
    }
    // SAFETY: per the contract.
    unsafe {
        if let Some(r) = try_recv(c, elem) {
            return (true, r);
        }
        if !block {
            return (false, false);
        }
        let mut sg = Sudog::new(c, elem);
        (*c).recvq.enqueue(&mut sg);
        sched::park("chan receive");
        (true, sg.success)
    }
}

/// A receive that does not block: `Some(received)` if it completed.
///
/// # Safety
/// As `chanrecv`, `c` non-null.
unsafe fn try_recv(c: *mut Hchan, elem: *mut u8) -> Option<bool> {
    // SAFETY: per the contract.
    unsafe {
        let n = (*c).elemsize;
        if let Some(sg) = (*c).sendq.dequeue() {
            if (*c).dataqsiz == 0 {
                copy(elem, (*sg).elem, n);
            } else {
                // The buffer is full: take its head, put the sender's value
                // at its tail (the same slot).
                let s = slot(c, (*c).recvx);
                copy(elem, s, n);
                copy(s, (*sg).elem, n);
                (*c).recvx = ((*c).recvx + 1) % (*c).dataqsiz;
                (*c).sendx = (*c).recvx;
            }
            wake(sg, true);
            return Some(true);
        }
        if (*c).qcount > 0 {
            let s = slot(c, (*c).recvx);
            copy(elem, s, n);
            zero(s, n);
            (*c).recvx = ((*c).recvx + 1) % (*c).dataqsiz;
            (*c).qcount -= 1;
            return Some(true);
        }
        if (*c).closed != 0 {
            zero(elem, n);
            return Some(false);
        }
        None
    }
}

/// A send that does not block: whether it completed (panics if closed).
///
/// # Safety
/// As `chansend`, `c` non-null.
unsafe fn try_send(c: *mut Hchan, elem: *const u8) -> bool {
    // SAFETY: per the contract.
    unsafe {
        if (*c).closed != 0 {
            crate::panic::panic_plain(b"send on closed channel");
        }
        if let Some(sg) = (*c).recvq.dequeue() {
            copy((*sg).elem, elem, (*c).elemsize);
            wake(sg, true);
            return true;
        }
        if (*c).qcount < (*c).dataqsiz {
            copy(slot(c, (*c).sendx), elem, (*c).elemsize);
            (*c).sendx = ((*c).sendx + 1) % (*c).dataqsiz;
            (*c).qcount += 1;
            return true;
        }
        false
    }
}

/// `close(c)`: wakes every waiter (receivers get the zero value, senders
/// panic).
///
/// # Safety
/// `c` is null or a channel.
pub unsafe fn closechan(c: *mut Hchan) {
    if c.is_null() {
        crate::panic::panic_plain(b"close of nil channel");
    }
    // SAFETY: per the contract.
    unsafe {
        if (*c).closed != 0 {
            crate::panic::panic_plain(b"close of closed channel");
        }
        (*c).closed = 1;
        while let Some(sg) = (*c).recvq.dequeue() {
            zero((*sg).elem, (*c).elemsize);
            wake(sg, false);
        }
        while let Some(sg) = (*c).sendq.dequeue() {
            wake(sg, false);
        }
    }
}

/// One `select` case (gc's `scase`): 16 bytes.
#[repr(C)]
pub struct Scase {
    /// The channel (null: the case never proceeds).
    pub c: *mut Hchan,
    /// The value to send, or where to receive into (null: discard).
    pub elem: *mut u8,
}

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

/// gc's `cheaprandn`: uniform in `[0, n)`.
fn randn(n: usize) -> usize {
    RNG.with(|r| {
        let mut x = r.get();
        if x == 0 {
            x = crate::sys::random_u64() | 1;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        r.set(x);
        (((x >> 32) * n as u64) >> 32) as usize
    })
}

/// `select`: `cases` holds `nsends` send cases then `nrecvs` receive
/// cases. Returns the chosen case's index and, for a receive, whether a
/// value was received; `(-1, false)` when `!block` (a `default`) and no
/// case is ready.
///
/// # Safety
/// `cases` holds `nsends + nrecvs` valid cases.
pub unsafe fn selectgo(
    cases: *mut Scase,
    nsends: usize,
    nrecvs: usize,
    block: bool,
) -> (i64, bool) {
    let n = nsends + nrecvs;
    // SAFETY: per the contract.
    let cs = unsafe { core::slice::from_raw_parts_mut(cases, n) };
    let mut order: Vec<usize> = (0..n).filter(|&i| !cs[i].c.is_null()).collect();
    for i in 1..order.len() {
        let j = randn(i + 1);
        order.swap(i, j);
    }
    // SAFETY: the cases' channels are valid (contract).
    unsafe {
        for &i in &order {
            let c = cs[i].c;
            if i < nsends {
                if try_send(c, cs[i].elem) {
                    return (i as i64, false);
                }
            } else if let Some(r) = try_recv(c, cs[i].elem) {
                return (i as i64, r);
            }
        }
        if !block {
            return (-1, false);
        }
        if order.is_empty() {
            sched::park("select (no cases)");
            crate::panic::fatal("unreachable");
        }
        let g = sched::cur();
        (*g).select_done = false;
        (*g).param = ptr::null_mut();
        let mut sgs: Vec<Sudog> = order
            .iter()
            .map(|&i| {
                let mut sg = Sudog::new(cs[i].c, cs[i].elem);
                sg.is_select = true;
                sg.case_index = i;
                sg
            })
            .collect();
        for sg in sgs.iter_mut() {
            let c = sg.c;
            if sg.case_index < nsends {
                (*c).sendq.enqueue(sg);
            } else {
                (*c).recvq.enqueue(sg);
            }
        }
        sched::park("select");
        let fired = (*g).param as *mut Sudog;
        (*g).param = ptr::null_mut();
        (*g).select_done = false;
        for sg in sgs.iter_mut() {
            if sg.queued {
                let c = sg.c;
                if sg.case_index < nsends {
                    (*c).sendq.unlink(sg);
                } else {
                    (*c).recvq.unlink(sg);
                }
            }
        }
        let (i, ok) = ((*fired).case_index, (*fired).success);
        if i < nsends && !ok {
            crate::panic::panic_plain(b"send on closed channel");
        }
        (i as i64, ok)
    }
}
