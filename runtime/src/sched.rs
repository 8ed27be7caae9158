//! The goroutine scheduler: cooperative, M:1 (every goroutine runs on the
//! one Go thread, gc's `GOMAXPROCS=1` without preemption).
//!
//! # Model
//!
//! * A goroutine is a `G` record (Rust-allocated, never freed: dead records
//!   wait on a free list with their stacks, like gc's `gFree`). The main
//!   goroutine (id 1) runs on the Go thread's own 512 MiB stack (`entry.rs`);
//!   every other goroutine gets an mmap'd stack of `STACK_SIZE` bytes
//!   (reserved, committed by the kernel on touch) above a `GUARD_SIZE`
//!   inaccessible guard, so running off its end is gc's stack-overflow error
//!   (`signal.rs`, which runs on the thread's alternate signal stack).
//! * A switch (`rgo_swapctx`) pushes the callee-saved registers on the old
//!   goroutine's stack, saves its stack pointer in its `G`, loads the new
//!   one's and pops. A fresh goroutine's stack is prepared so that the pops
//!   "return" into `rgo_gostart`, which calls `goroutine_main`: it calls the
//!   goroutine's `func()` closure (`rt_newproc`'s argument, built by the
//!   compiler like a deferred call's wrapper) and then `goexit0`.
//! * `signal::{STACK_LO, STACK_HI, GUARD_LO}` always describe the running
//!   goroutine's stack (set by every switch): the fault handler, `recover`'s
//!   frame walk and the collector's stack scan all read them. The defer
//!   chain and panic stack (`defer::GState`) and the `Goexit` catch record
//!   are per goroutine: the first lives in `G`, the second is saved into
//!   and restored from `G` by every switch.
//! * Yield points: blocking channel operations and `select` (`chan.rs`),
//!   `runtime.Gosched`, `time.Sleep` (a timer heap; when nothing is
//!   runnable the thread `nanosleep`s until the earliest timer), the
//!   runtime semaphores behind `sync` (`semacquire`), and goroutine exit.
//!   Goroutines become runnable in FIFO order (`ready`).
//! * When nothing is runnable and no timer is pending, every goroutine is
//!   blocked: gc's `fatal error: all goroutines are asleep - deadlock!`,
//!   each goroutine's `goroutine N [reason]:` header, exit status 2. The
//!   program ends when `main.main` returns, whatever other goroutines do.
//!
//! # Invariants
//!
//! - (S1) Exactly one `G` is `Running`: `SCHED.cur`. A `Runnable` G is in
//!   the run queue exactly once; a `Waiting` G is referenced by whatever
//!   will wake it (a channel's sudog, a semaphore waiter, a timer).
//! - (S2) A non-running, non-dead goroutine's stack from its saved stack
//!   pointer to its top holds everything it keeps (its registers were
//!   pushed there): the collector scans exactly that range of each such
//!   goroutine, the running one's from the current stack pointer, and every
//!   `G` record itself (`scan_roots`), so Go pointers kept in a `G` (the
//!   closure to run, the defer chain) are seen.
//! - (S3) A dead goroutine's stack is never reused before the switch away
//!   from it completed: only a running goroutine creates goroutines.
//!
//! Overview: `lib.rs`; channels and `select`: `chan.rs`.

use crate::defer::GState;
use crate::signal::{GUARD_LO, STACK_HI, STACK_LO};
use core::cell::UnsafeCell;
use core::ptr;
use core::sync::atomic::Ordering;
use std::collections::{BinaryHeap, VecDeque};

/// Usable bytes of a goroutine stack (reserved; the kernel commits pages
/// as they are touched).
pub const STACK_SIZE: usize = 64 << 20;
/// The inaccessible region below each goroutine stack.
pub const GUARD_SIZE: usize = 64 << 10;

/// A goroutine's state.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// In the run queue.
    Runnable,
    /// On the thread (`SCHED.cur`).
    Running,
    /// Parked; `G::wait` says why.
    Waiting,
    /// Finished; on the free list.
    Dead,
}

/// A goroutine (gc's `g`).
pub struct G {
    /// gc's `goid`: 1 for main, then in creation order.
    pub id: u64,
    /// Saved stack pointer while not running (callee-saved registers and
    /// the resume address are on the stack above it).
    sp: usize,
    /// Lowest usable stack address.
    lo: usize,
    /// One past the highest stack address.
    hi: usize,
    /// Start of the guard region below `lo`.
    guard: usize,
    /// Current state.
    pub status: Status,
    /// Why it is waiting (gc's `waitReason` strings).
    pub wait: &'static str,
    /// The defer chain and panic stack (`defer.rs`).
    pub defer: GState,
    /// The innermost `Goexit` catch record (`goexit.rs`), while not running.
    goexit_top: usize,
    /// The `func()` closure to run (until the goroutine starts).
    entry: *const u8,
    /// Set by whoever wakes a goroutine from a channel wait: the sudog
    /// that completed (`chan.rs`).
    pub param: *mut u8,
    /// A `select` this goroutine is blocked in already completed one case.
    pub select_done: bool,
}

struct Sched {
    cur: *mut G,
    allg: Vec<*mut G>,
    free: Vec<*mut G>,
    runq: VecDeque<*mut G>,
    /// `(Reverse(when), Reverse(seq), g)`: the earliest timer on top.
    timers: BinaryHeap<(core::cmp::Reverse<i64>, core::cmp::Reverse<u64>, usize)>,
    timer_seq: u64,
    next_id: u64,
    live: usize,
}

struct SchedCell(UnsafeCell<Sched>);
// SAFETY: only the Go thread touches the scheduler (module doc).
unsafe impl Sync for SchedCell {}

static SCHED: SchedCell = SchedCell(UnsafeCell::new(Sched {
    cur: ptr::null_mut(),
    allg: Vec::new(),
    free: Vec::new(),
    runq: VecDeque::new(),
    timers: BinaryHeap::new(),
    timer_seq: 0,
    next_id: 2,
    live: 1,
}));

fn sched() -> *mut Sched {
    SCHED.0.get()
}

fn new_g(id: u64) -> *mut G {
    Box::into_raw(Box::new(G {
        id,
        sp: 0,
        lo: 0,
        hi: 0,
        guard: 0,
        status: Status::Running,
        wait: "",
        defer: GState::new(),
        goexit_top: 0,
        entry: ptr::null(),
        param: ptr::null_mut(),
        select_done: false,
    }))
}

/// The running goroutine (creating the main goroutine's record on first use).
pub fn cur() -> *mut G {
    // SAFETY: single Go thread (module doc).
    unsafe {
        let s = sched();
        if (*s).cur.is_null() {
            let g = new_g(1);
            (*g).lo = STACK_LO.load(Ordering::Relaxed);
            (*g).hi = STACK_HI.load(Ordering::Relaxed);
            (*g).guard = GUARD_LO.load(Ordering::Relaxed);
            (*s).allg.push(g);
            (*s).cur = g;
        }
        (*s).cur
    }
}

/// The running goroutine's id (1 before any goroutine exists).
pub fn cur_id() -> u64 {
    // SAFETY: single Go thread.
    unsafe {
        let c = (*sched()).cur;
        if c.is_null() {
            1
        } else {
            (*c).id
        }
    }
}

/// The running goroutine's defer state.
pub fn defer_state() -> *mut GState {
    // SAFETY: `cur` is a live record.
    unsafe { &mut (*cur()).defer }
}

/// `runtime.NumGoroutine()`.
pub fn num_goroutine() -> usize {
    // SAFETY: single Go thread.
    unsafe { (*sched()).live }
}

core::arch::global_asm!(
    // rgo_swapctx(save: *mut usize, new_sp: usize): saves the callee-saved
    // registers on the current stack and the stack pointer in *save, then
    // resumes the context saved at new_sp.
    ".globl rgo_swapctx",
    ".type rgo_swapctx,@function",
    "rgo_swapctx:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size rgo_swapctx, . - rgo_swapctx",
    // The first "return" of a new goroutine lands here.
    ".globl rgo_gostart",
    ".type rgo_gostart,@function",
    "rgo_gostart:",
    "xor ebp, ebp",
    "and rsp, -16",
    "call {main}",
    "ud2",
    ".size rgo_gostart, . - rgo_gostart",
    main = sym goroutine_main,
);

extern "C" {
    fn rgo_swapctx(save: *mut usize, new_sp: usize);
    fn rgo_gostart();
    /// The innermost `Goexit` catch record (`goexit.rs`).
    static mut rgo_goexit_top: usize;
}

/// Runs the current goroutine's closure, then ends the goroutine.
extern "C" fn goroutine_main() -> ! {
    // SAFETY: `cur` is this goroutine; its entry is a `func()` closure.
    unsafe {
        let g = cur();
        let f = (*g).entry;
        (*g).entry = ptr::null();
        crate::defer::call_closure(f);
    }
    goexit0()
}

/// Ends the running goroutine (its function returned, or `Goexit` ran its
/// deferred calls) and switches to the next one.
pub fn goexit0() -> ! {
    // SAFETY: single Go thread; the record stays valid on the free list.
    unsafe {
        let s = sched();
        let g = (*s).cur;
        (*g).status = Status::Dead;
        (*g).defer = GState::new();
        (*g).param = ptr::null_mut();
        (*s).live -= 1;
        (*s).free.push(g);
        schedule();
    }
    // A dead goroutine is never resumed (it is not in the run queue).
    crate::panic::fatal("dead goroutine resumed")
}

/// Maps a goroutine stack with its guard; `(guard, lo, hi)`.
fn alloc_stack() -> (usize, usize, usize) {
    let total = STACK_SIZE + GUARD_SIZE;
    let base = crate::alloc::os::map_rw(total, true);
    if base.is_null() {
        crate::panic::fatal("out of memory allocating a goroutine stack");
    }
    // SAFETY: the guard is the low end of the mapping we just created.
    unsafe { libc::mprotect(base.cast(), GUARD_SIZE, libc::PROT_NONE) };
    let lo = base as usize + GUARD_SIZE;
    (base as usize, lo, lo + STACK_SIZE)
}

/// `go f()`: a new runnable goroutine that calls the `func()` closure `f`.
pub fn newproc(f: *const u8) {
    if f.is_null() {
        crate::panic::fatal("go of nil func value");
    }
    cur();
    // SAFETY: single Go thread; the record and stack are ours (S3).
    unsafe {
        let s = sched();
        let g = match (*s).free.pop() {
            Some(g) => g,
            None => {
                let g = new_g(0);
                let (guard, lo, hi) = alloc_stack();
                (*g).guard = guard;
                (*g).lo = lo;
                (*g).hi = hi;
                (*s).allg.push(g);
                g
            }
        };
        (*g).id = (*s).next_id;
        (*s).next_id += 1;
        (*g).entry = f;
        (*g).select_done = false;
        (*g).goexit_top = 0;
        (*g).wait = "";
        // The initial frame: six zero registers for rgo_swapctx to pop, then
        // its return address, rgo_gostart.
        let sp = (*g).hi - 8 * 8;
        let words = sp as *mut usize;
        for i in 0..6 {
            *words.add(i) = 0;
        }
        *words.add(6) = rgo_gostart as *const () as usize;
        *words.add(7) = 0;
        (*g).sp = sp;
        (*s).live += 1;
        ready(g);
    }
}

/// Makes a parked goroutine runnable (at the back of the run queue).
///
/// # Safety
/// `g` must be a live record that is not runnable or running already (S1).
pub unsafe fn ready(g: *mut G) {
    // SAFETY: per the contract; single Go thread.
    unsafe {
        (*g).status = Status::Runnable;
        (*sched()).runq.push_back(g);
    }
}

/// Parks the running goroutine with `reason` until someone `ready`s it.
pub fn park(reason: &'static str) {
    let g = cur();
    // SAFETY: `g` is the running goroutine.
    unsafe {
        (*g).status = Status::Waiting;
        (*g).wait = reason;
    }
    schedule();
}

/// `runtime.Gosched()`: lets every other runnable goroutine run first.
pub fn gosched() {
    let g = cur();
    // SAFETY: the running goroutine goes to the back of the queue; the
    // switch below makes it `Running` again when its turn comes.
    unsafe { ready(g) };
    schedule();
}

/// `time.Sleep(ns)`: parks the goroutine until `ns` nanoseconds from now.
pub fn sleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let g = cur();
    let when = crate::sys::nanotime().saturating_add(ns);
    // SAFETY: single Go thread.
    unsafe {
        let s = sched();
        (*s).timer_seq += 1;
        let seq = (*s).timer_seq;
        (*s).timers.push((
            core::cmp::Reverse(when),
            core::cmp::Reverse(seq),
            g as usize,
        ));
    }
    park("sleep");
}

/// Moves goroutines whose timers expired to the run queue.
///
/// # Safety
/// Single Go thread.
unsafe fn run_timers(s: *mut Sched, now: i64) {
    // SAFETY: per the function's contract.
    unsafe {
        while let Some(&(core::cmp::Reverse(when), _, g)) = (*s).timers.peek() {
            if when > now {
                break;
            }
            (*s).timers.pop();
            ready(g as *mut G);
        }
    }
}

/// Switches to the next runnable goroutine (which may be the current one,
/// if it made itself runnable); returns when the current goroutine runs
/// again. With nothing runnable it sleeps until the earliest timer, or
/// reports the deadlock.
pub fn schedule() {
    // SAFETY: single Go thread; records in the queue are live (S1).
    unsafe {
        let s = sched();
        loop {
            if !(*s).timers.is_empty() {
                run_timers(s, crate::sys::nanotime());
            }
            if let Some(next) = (*s).runq.pop_front() {
                switch_to(s, next);
                return;
            }
            match (*s).timers.peek() {
                Some(&(core::cmp::Reverse(when), _, _)) => {
                    crate::file::nanosleep(when - crate::sys::nanotime());
                }
                None => deadlock(s),
            }
        }
    }
}

/// Makes `next` the running goroutine.
///
/// # Safety
/// Single Go thread; `next` is a live, runnable record.
unsafe fn switch_to(s: *mut Sched, next: *mut G) {
    // SAFETY: per the function's contract.
    unsafe {
        let from = (*s).cur;
        (*next).status = Status::Running;
        if from == next {
            return;
        }
        (*from).goexit_top = rgo_goexit_top;
        rgo_goexit_top = (*next).goexit_top;
        GUARD_LO.store((*next).guard, Ordering::Relaxed);
        STACK_LO.store((*next).lo, Ordering::Relaxed);
        STACK_HI.store((*next).hi, Ordering::Relaxed);
        (*s).cur = next;
        rgo_swapctx(&mut (*from).sp, (*next).sp);
    }
}

/// gc's `checkdead`: every goroutine is blocked and no timer can wake one.
///
/// # Safety
/// Single Go thread.
unsafe fn deadlock(s: *mut Sched) -> ! {
    use crate::print::write_err;
    write_err(b"fatal error: all goroutines are asleep - deadlock!\n");
    // SAFETY: per the function's contract.
    unsafe {
        for &g in (*s).allg.iter() {
            if (*g).status == Status::Dead {
                continue;
            }
            let mut b = [0u8; 20];
            write_err(b"\ngoroutine ");
            write_err(crate::print::fmt_uint(&mut b, (*g).id));
            write_err(b" [");
            write_err((*g).wait.as_bytes());
            write_err(b"]:\n");
            if (*g).id == 1 {
                write_err(b"main.main()\n\t?:0 +0x0\n");
            }
        }
    }
    crate::sys::exit(2)
}

/// Calls `f(lo, hi)` for every range the collector must scan besides the
/// running stack (S2): each `G` record, and each other live goroutine's
/// stack from its saved stack pointer to its top.
pub fn scan_roots(mut f: impl FnMut(usize, usize)) {
    // SAFETY: single Go thread (the collector runs on it); records are live.
    unsafe {
        let s = sched();
        let cur = (*s).cur;
        for &g in (*s).allg.iter() {
            let r = g as usize;
            f(r, r + core::mem::size_of::<G>());
            if g != cur && (*g).status != Status::Dead && (*g).sp != 0 {
                f((*g).sp, (*g).hi);
            }
        }
    }
}

/// Bytes of stack in use by goroutines other than the running one (gctrace).
pub fn other_stacks_bytes() -> usize {
    let mut n = 0;
    // SAFETY: single Go thread.
    unsafe {
        let s = sched();
        for &g in (*s).allg.iter() {
            if g != (*s).cur && (*g).status != Status::Dead && (*g).sp != 0 {
                n += (*g).hi - (*g).sp;
            }
        }
    }
    n
}

// ----- Semaphores (sync) ----------------------------------------------------

/// gc's wait reasons for the `sync` semaphores, indexed by `semacquire`'s
/// `reason` argument.
const SEMA_REASONS: [&str; 5] = [
    "sync.Mutex.Lock",
    "sync.RWMutex.Lock",
    "sync.RWMutex.RLock",
    "sync.WaitGroup.Wait",
    "sync.Cond.Wait",
];

struct SemaWaiters(UnsafeCell<VecDeque<(usize, *mut G)>>);
// SAFETY: single Go thread.
unsafe impl Sync for SemaWaiters {}
static SEMA: SemaWaiters = SemaWaiters(UnsafeCell::new(VecDeque::new()));

/// gc's `semacquire`: waits until `*addr > 0`, then decrements it.
///
/// # Safety
/// `addr` must be a valid `uint32`.
pub unsafe fn semacquire(addr: *mut u32, reason: usize) {
    // SAFETY: per the contract; single Go thread.
    unsafe {
        if *addr > 0 {
            *addr -= 1;
            return;
        }
        let g = cur();
        (*SEMA.0.get()).push_back((addr as usize, g));
        park(SEMA_REASONS.get(reason).copied().unwrap_or("semacquire"));
    }
}

/// gc's `semrelease`: increments `*addr` and wakes the oldest waiter on it,
/// which takes the count back (FIFO handoff).
///
/// # Safety
/// `addr` must be a valid `uint32`.
pub unsafe fn semrelease(addr: *mut u32) {
    // SAFETY: per the contract; single Go thread.
    unsafe {
        let q = &mut *SEMA.0.get();
        if let Some(i) = q.iter().position(|&(a, _)| a == addr as usize) {
            if let Some((_, g)) = q.remove(i) {
                ready(g);
                return;
            }
        }
        *addr += 1;
    }
}
