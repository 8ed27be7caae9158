//! `defer`, `panic` and `recover`: the defer chain, the panic loop that runs
//! deferred calls, and recovery (gc's `runtime/panic.go`).
//!
//! # Model
//!
//! Each goroutine has its own defer chain and panic stack, held in its
//! `sched::G` record (`GState`); the collector scans every record.
//!
//! * A function containing `defer` owns a `DeferFrame` in its stack frame.
//!   At entry it calls `rgo_setjmp(frame)`, which saves the callee-saved
//!   registers, the stack pointer and the return address in the frame and
//!   returns `(0, frame)`. The compiler branches on the first result: 0 runs
//!   the body; 1 means a panic was recovered and control came back through
//!   `rgo_longjmp`, and the function runs its remaining deferred calls and
//!   returns its current results (see `codegen/defer.rs`).
//! * Each executed `defer` statement pushes a `DeferRec { link, frame, fn }`
//!   on the chain (`rt_deferproc`): `fn` is a closure taking no arguments
//!   and returning nothing (the compiler wraps any other call into such a
//!   closure, like gc's `wrapGoDefer`). Records of a
//!   defer outside loops live in the deferring frame; others are allocated
//!   on the heap (`DEFER_REC_TYPE` marks their three pointer words).
//! * A normal return calls `rt_deferreturn(frame)`, which pops and calls the
//!   records at the head of the chain that belong to `frame` (LIFO).
//! * `gopanic(v)` pushes a `Panic` (which lives in its own Rust frame on the
//!   Go stack) and pops and calls records from the head of the chain, each
//!   through the `rgo_calldefer` trampoline, until one recovers it or the
//!   chain is empty; then it prints the panic stack like gc's
//!   `printpanics` and exits with status 2.
//! * `recover()` compiles to `rt_gorecover(fp, wrapper)` with the caller's
//!   frame pointer. It recovers the newest panic only when called directly
//!   by the deferred function that panic is running: following saved frame
//!   pointers from the caller up to the trampoline's frame, exactly one
//!   frame may belong to a function that is not a wrapper (gc's rule of
//!   "exactly one non-wrapper frame between gopanic and gorecover"), so
//!   `defer recover()` and a helper called by a deferred function do not
//!   recover, while `defer i.M()` through an itab wrapper does. Wrapper
//!   frames are recognised by their return address, in the table of
//!   wrapper code ranges `rgo_main` registers (`rt_setwrappers`).
//! * After a deferred call returns with its panic recovered, `recovery`
//!   pops every panic started deeper than the deferring frame (gc compares
//!   the panics' start SP with the frame's SP) and long-jumps to the frame.
//!
//! # Invariants
//!
//! - (D1) Records on the chain belong to live frames, innermost first: a
//!   frame's records are always above those of its callers.
//! - (D2) A record is popped before its call starts, so a panic inside a
//!   deferred call never runs the same call again.
//! - (D3) Generated code reached through `rgo_longjmp` uses only the
//!   registers restored from the jump buffer and the frame pointer it gets
//!   back in `rdx`; it never reads SSA values from before the `rgo_setjmp`.
//! - (D4) No Rust frame skipped by `rgo_longjmp` owns anything with a
//!   destructor (no Rust unwinding, no leaked locks).
//!
//! The overview is in `lib.rs`; message formatting is in `panic.rs`.

use crate::print::write_err;
use crate::signal::{STACK_HI, STACK_LO};
use crate::types::{kind, Eface, GoString, TypeDesc, FLAG_NAMED};
use core::ptr;
use core::sync::atomic::Ordering;

/// Words of a jump buffer: rbx, rbp, r12, r13, r14, r15, the stack pointer
/// after return, and the return address.
pub const JMPBUF_WORDS: usize = 8;

/// The record a function containing `defer` keeps in its frame. The
/// compiler allocates `DEFER_FRAME_BYTES` plus its own words after it
/// (`codegen/defer.rs`); the runtime only touches `jmp`.
#[repr(C)]
pub struct DeferFrame {
    /// Saved by `rgo_setjmp`, restored by `rgo_longjmp`.
    pub jmp: [usize; JMPBUF_WORDS],
}

/// Size of the runtime's part of a `DeferFrame` (the compiler's
/// `codegen/defer.rs` knows it).
pub const DEFER_FRAME_BYTES: usize = 8 * JMPBUF_WORDS;

/// One pending deferred call (32 bytes; `codegen/defer.rs` allocates it in
/// the frame for defers outside loops).
#[repr(C)]
pub struct DeferRec {
    /// The next (older) record.
    pub link: *mut DeferRec,
    /// The frame that deferred the call.
    pub frame: *mut DeferFrame,
    /// A `func()` closure object (word 0 is its code pointer).
    pub fn_: *const u8,
    /// Unused (keeps the record 32 bytes).
    pub _pad: usize,
}

/// An active panic (gc's `_panic`).
pub struct Panic {
    /// The value passed to `panic`.
    pub arg: Eface,
    /// The next older panic.
    pub link: *mut Panic,
    /// `recover` returned this panic's value.
    pub recovered: bool,
    /// An equal value was panicked again by a newer panic (printing skips it).
    pub repanicked: bool,
    /// The text of `arg`'s `Error`/`String` method, once computed for printing.
    pub text: Option<GoString>,
    /// An address in `gopanic`'s frame: the panic started deeper than any
    /// frame whose address is above it.
    start_sp: usize,
    /// The frame pointer of the trampoline running the current deferred call.
    tramp_fp: usize,
}

/// The signal that turned into the current run-time panic (gc's `gp.sig`).
#[derive(Clone, Copy)]
pub struct SigInfo {
    /// Signal number.
    pub sig: i32,
    /// `si_code`.
    pub code: i32,
    /// Faulting address.
    pub addr: usize,
    /// Faulting instruction.
    pub pc: usize,
}

/// A goroutine's defer chain, panic stack and pending signal; every `G`
/// holds one (`sched.rs`), and the collector scans the `G` records.
pub struct GState {
    defers: *mut DeferRec,
    panics: *mut Panic,
    sig: Option<SigInfo>,
}

impl GState {
    /// No deferred calls, no panics.
    pub const fn new() -> GState {
        GState {
            defers: ptr::null_mut(),
            panics: ptr::null_mut(),
            sig: None,
        }
    }
}

impl Default for GState {
    fn default() -> Self {
        Self::new()
    }
}

/// The running goroutine's state.
fn g() -> *mut GState {
    crate::sched::defer_state()
}

/// Calls the `func()` closure `f` (a goroutine's body) through the
/// deferred-call trampoline.
///
/// # Safety
/// `f` must be a closure object taking no arguments and returning nothing.
pub unsafe fn call_closure(f: *const u8) {
    let mut fp = 0usize;
    // SAFETY: per the contract.
    unsafe { rgo_calldefer(f, &mut fp) };
}

/// A descriptor for heap `DeferRec`s: three pointer words then a flag.
struct SyncDesc(TypeDesc);
// SAFETY: the descriptor is immutable static data.
unsafe impl Sync for SyncDesc {}

static DEFER_REC_GCDATA: [u8; 1] = [0b0111];
static DEFER_REC_TYPE: SyncDesc = SyncDesc(TypeDesc {
    size: 32,
    ptrdata: 24,
    hash: 0,
    kind: kind::STRUCT,
    align: 8,
    flags: FLAG_NAMED,
    _pad: 0,
    gcdata: DEFER_REC_GCDATA.as_ptr(),
    name: GoString::from_static("runtime._defer"),
    elem: ptr::null(),
    key: ptr::null(),
    len: 0,
    equal: None,
    methods: ptr::null(),
    nmethods: 0,
});

core::arch::global_asm!(
    // rgo_setjmp(buf) -> (0, buf); a later rgo_longjmp(buf) returns (1, buf).
    ".globl rgo_setjmp",
    ".type rgo_setjmp,@function",
    "rgo_setjmp:",
    "mov [rdi], rbx",
    "mov [rdi + 8], rbp",
    "mov [rdi + 16], r12",
    "mov [rdi + 24], r13",
    "mov [rdi + 32], r14",
    "mov [rdi + 40], r15",
    "lea rdx, [rsp + 8]",
    "mov [rdi + 48], rdx",
    "mov rdx, [rsp]",
    "mov [rdi + 56], rdx",
    "xor eax, eax",
    "mov rdx, rdi",
    "ret",
    ".size rgo_setjmp, . - rgo_setjmp",
    // rgo_longjmp(buf): resumes after the rgo_setjmp call with (1, buf).
    ".globl rgo_longjmp",
    ".type rgo_longjmp,@function",
    "rgo_longjmp:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi + 8]",
    "mov r12, [rdi + 16]",
    "mov r13, [rdi + 24]",
    "mov r14, [rdi + 32]",
    "mov r15, [rdi + 40]",
    "mov rsp, [rdi + 48]",
    "mov rdx, rdi",
    "mov eax, 1",
    "jmp qword ptr [rdi + 56]",
    ".size rgo_longjmp, . - rgo_longjmp",
    // rgo_calldefer(closure, *fp): stores its own frame pointer in *fp and
    // calls the closure's code with the closure as context.
    ".globl rgo_calldefer",
    ".type rgo_calldefer,@function",
    "rgo_calldefer:",
    "push rbp",
    "mov rbp, rsp",
    "mov [rsi], rbp",
    "call qword ptr [rdi]",
    "pop rbp",
    "ret",
    ".size rgo_calldefer, . - rgo_calldefer",
);

extern "C" {
    fn rgo_longjmp(buf: *mut DeferFrame) -> !;
    fn rgo_calldefer(closure: *const u8, fp: *mut usize);
}

/// `defer`: pushes a record for `closure` deferred by `frame`. `rec` is the
/// record's memory in the frame, or null to allocate it on the heap.
///
/// # Safety
/// `frame` must be the caller's `DeferFrame`; `rec`, when non-null, 32
/// writable bytes that live as long as the frame.
pub unsafe fn deferproc(frame: *mut DeferFrame, closure: *const u8, rec: *mut DeferRec) {
    let d = if rec.is_null() {
        crate::alloc::mallocgc(32, Some(&DEFER_REC_TYPE.0), true) as *mut DeferRec
    } else {
        rec
    };
    // SAFETY: `d` is 32 writable bytes; `g()` is the single Go thread's state.
    unsafe {
        let gs = g();
        (*d).link = (*gs).defers;
        (*d).frame = frame;
        (*d).fn_ = closure;
        (*d)._pad = 0;
        // No write barrier: `d` is new (allocated black) or in the frame,
        // and `gs` is a goroutine record (a root).
        (*gs).defers = d;
    }
}

/// A `defer` in a range-over-func loop body (gc's `deferprocat`): pushes a
/// heap record for `closure` as the newest record of `frame`, a frame of a
/// caller. Records of the frames between (the iterator's) stay above it, so
/// the chain keeps its order (D1): it goes before the first record of
/// `frame` or of an older frame.
///
/// # Safety
/// `frame` must be the `DeferFrame` of a live frame on this goroutine's
/// stack, older than the caller.
pub unsafe fn deferprocat(frame: *mut DeferFrame, closure: *const u8) {
    let d = crate::alloc::mallocgc(32, Some(&DEFER_REC_TYPE.0), true) as *mut DeferRec;
    // SAFETY: `d` is 32 writable bytes; records on the chain are valid (D1).
    unsafe {
        (*d).frame = frame;
        (*d).fn_ = closure;
        (*d)._pad = 0;
        let gs = g();
        let mut at: *mut *mut DeferRec = &mut (*gs).defers;
        while !(*at).is_null() && ((**at).frame as usize) < frame as usize {
            at = &mut (**at).link;
        }
        (*d).link = *at;
        // `*at` may be the `link` of a heap record: shade the record it
        // held before overwriting it (the deletion barrier, `gc/mod.rs`),
        // as `d` is allocated black and never scanned. A record in a frame
        // or the goroutine's `defers` is a root and needs none (`wb_range`
        // checks).
        crate::gc::wb_range(at as *const u8, 8);
        *at = d;
    }
}

/// Runs (LIFO) the pending deferred calls of `frame`: its normal return, or
/// the rest of them after a recovery.
///
/// # Safety
/// `frame` must be the caller's `DeferFrame`.
pub unsafe fn deferreturn(frame: *mut DeferFrame) {
    loop {
        // SAFETY: records on the chain are valid (D1).
        unsafe {
            let gs = g();
            let d = (*gs).defers;
            if d.is_null() || (*d).frame != frame {
                return;
            }
            (*gs).defers = (*d).link;
            let mut fp = 0usize;
            rgo_calldefer((*d).fn_, &mut fp);
        }
    }
}

/// Reads the word at `addr` if it lies inside the Go stack.
fn stack_word(addr: usize) -> Option<usize> {
    let (lo, hi) = (
        STACK_LO.load(Ordering::Relaxed),
        STACK_HI.load(Ordering::Relaxed),
    );
    if !addr.is_multiple_of(8) || addr < lo || addr + 8 > hi {
        return None;
    }
    // SAFETY: `addr` is an aligned address inside the mapped Go stack.
    Some(unsafe { *(addr as *const usize) })
}

/// The wrapper table: `[n, (code, size) * n]` (`rt_setwrappers`).
static WRAPPERS: core::sync::atomic::AtomicPtr<usize> =
    core::sync::atomic::AtomicPtr::new(ptr::null_mut());

/// Registers the compiler's table of wrapper code ranges.
pub fn set_wrappers(table: *const usize) {
    WRAPPERS.store(table as *mut usize, Ordering::Relaxed);
}

/// Whether return address `pc` lies in a wrapper's code.
fn in_wrapper(pc: usize) -> bool {
    let t = WRAPPERS.load(Ordering::Relaxed);
    if t.is_null() {
        return false;
    }
    // SAFETY: the compiler emits `n` followed by `n` (code, size) pairs.
    unsafe {
        let n = *t;
        (0..n).any(|i| {
            let start = *t.add(1 + 2 * i);
            let size = *t.add(2 + 2 * i);
            pc > start && pc <= start + size
        })
    }
}

/// `recover()` called by the function whose frame pointer is `fp`;
/// `wrapper` says that function is itself a wrapper (`defer recover()`).
pub fn gorecover(fp: usize, wrapper: bool) -> Eface {
    let none = Eface {
        typ: ptr::null(),
        data: ptr::null_mut(),
    };
    // SAFETY: the panic stack holds live `Panic`s of this thread.
    unsafe {
        let p = (*g()).panics;
        if p.is_null() || (*p).recovered {
            return none;
        }
        if !called_directly(fp, wrapper, (*p).tramp_fp) {
            return none;
        }
        (*p).recovered = true;
        (*p).arg
    }
}

/// gc's rule: between the trampoline at `tramp` and the function whose
/// frame pointer is `fp`, that function included, exactly one frame is not
/// a wrapper.
fn called_directly(fp: usize, wrapper: bool, tramp: usize) -> bool {
    let mut non_wrappers = usize::from(!wrapper);
    let mut f = fp;
    for _ in 0..8 {
        let (Some(caller), Some(ret)) = (stack_word(f), stack_word(f + 8)) else {
            return false;
        };
        if caller == tramp {
            return non_wrappers == 1;
        }
        if !in_wrapper(ret) {
            non_wrappers += 1;
            if non_wrappers > 1 {
                return false;
            }
        }
        f = caller;
    }
    false
}

/// Records the signal behind the run-time panic about to start.
pub fn set_sig(s: SigInfo) {
    // SAFETY: single Go thread.
    unsafe { (*g()).sig = Some(s) }
}

/// `runtime.Goexit`'s share of the defer chain: pops and calls (LIFO) the
/// deferred calls of every frame below the stack address `limit` (deeper
/// than the catch frame that Goexit returns to, see `goexit.rs`).
///
/// # Safety
/// `limit` must be the address of a live frame older than every frame
/// whose records are run.
pub unsafe fn run_defers_below(limit: usize) {
    loop {
        // SAFETY: records on the chain are valid (D1).
        unsafe {
            let gs = g();
            let d = (*gs).defers;
            if d.is_null() || (*d).frame as usize >= limit {
                return;
            }
            (*gs).defers = (*d).link;
            let mut fp = 0usize;
            rgo_calldefer((*d).fn_, &mut fp);
        }
    }
}

/// gc's `gopanic`: runs deferred calls until one recovers the panic, or
/// prints the panic stack and exits with status 2.
///
/// # Safety
/// `arg` must be a valid interface value (a non-nil type).
pub unsafe fn gopanic(arg: Eface) -> ! {
    crate::allocsites::clear_current();
    let mut p = Panic {
        arg,
        link: ptr::null_mut(),
        recovered: false,
        repanicked: false,
        text: None,
        start_sp: 0,
        tramp_fp: 0,
    };
    // From here on `p` is only accessed through `pp` (recover writes it).
    let pp: *mut Panic = &mut p;
    // SAFETY: `p` stays alive until this function leaves, by long jump or
    // by exiting; it is unlinked before any frame of it is reused (D4).
    unsafe {
        let gs = g();
        (*pp).start_sp = pp as usize;
        (*pp).link = (*gs).panics;
        (*gs).panics = pp;
        loop {
            let d = (*gs).defers;
            if d.is_null() {
                break;
            }
            (*gs).defers = (*d).link;
            rgo_calldefer((*d).fn_, &mut (*pp).tramp_fp);
            if (*pp).recovered {
                recovery((*d).frame);
            }
        }
        fatalpanic(pp)
    }
}

/// Resumes `frame` after a recovered panic: pops the panics that started
/// in it or deeper and long-jumps to its `rgo_setjmp`.
///
/// # Safety
/// `frame` must be a live frame's `DeferFrame`.
unsafe fn recovery(frame: *mut DeferFrame) -> ! {
    // SAFETY: the panic stack holds live `Panic`s; `frame` is live.
    unsafe {
        let gs = g();
        let mut p = (*gs).panics;
        while !p.is_null() && (*p).start_sp < frame as usize {
            p = (*p).link;
        }
        (*gs).panics = p;
        if p.is_null() {
            (*gs).sig = None;
            crate::symtab::note_panic_frame(0, 0);
        }
        rgo_longjmp(frame)
    }
}

/// Prints the panic stack (gc's `preprintpanics` + `printpanics`), the
/// signal line if the first panic came from a fault, and exits with 2.
///
/// # Safety
/// `p` must head a valid panic stack.
unsafe fn fatalpanic(p: *mut Panic) -> ! {
    // SAFETY: the stack's panics are live.
    unsafe {
        let mut q = p;
        while !q.is_null() {
            let l = (*q).link;
            if !l.is_null() && (*l).arg.typ == (*q).arg.typ && (*l).arg.data == (*q).arg.data {
                (*l).repanicked = true;
            } else {
                (*q).text = crate::panic::method_text((*q).arg);
            }
            q = l;
        }
        print_panics(p);
        if let Some(s) = (*g()).sig {
            crate::panic::print_sig_line(s);
        }
    }
    crate::panic::die()
}

/// gc's `printpanics`: oldest first, each `panic: V` with its suffix.
///
/// # Safety
/// `p` must head a valid panic stack.
unsafe fn print_panics(p: *const Panic) {
    // SAFETY: the stack's panics are live.
    unsafe {
        let l = (*p).link;
        if !l.is_null() {
            print_panics(l);
            if (*l).repanicked {
                return;
            }
            write_err(b"\t");
        }
        write_err(b"panic: ");
        match (*p).text {
            Some(s) => crate::panic::print_indented(s.as_bytes()),
            None => crate::panic::print_panic_value((*p).arg),
        }
        if (*p).recovered && (*p).repanicked {
            write_err(b" [recovered, repanicked]");
        } else if (*p).recovered {
            write_err(b" [recovered]");
        }
        write_err(b"\n");
    }
}
