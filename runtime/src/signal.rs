//! Synchronous fault handling: turns SIGSEGV/SIGBUS/SIGFPE into Go's panics
//! and fatal errors.
//!
//! The handler runs on an alternate signal stack (`sigaltstack`, installed
//! per thread by `install_thread`), so it works even when the fault is a
//! stack overflow. It decides, like gc's `sighandler`:
//!
//! * a fault inside the Go stack's guard region (or just below the stack) is
//!   a stack overflow: gc's `goroutine stack exceeds` text, `fatal error:
//!   stack overflow`, exit 2 (not recoverable);
//! * a SIGSEGV/SIGBUS at an address below 4 KiB is a nil dereference and
//!   SIGFPE an integer division fault: both become ordinary panics that
//!   deferred calls see and `recover` can stop. Like gc's `sigpanic`, the
//!   handler does not panic on the signal stack: it records the fault in
//!   `PENDING`, rewrites the interrupted context so that the thread resumes
//!   in `sigpanic` on the Go stack (below the red zone, 16-byte aligned,
//!   with the faulting pc pushed as its return address) and returns;
//! * anything else is gc's `unexpected fault address` fatal error.
//!
//! The handler only calls async-signal-safe functions (`write`, `_exit`).
//! Stack bounds come from `entry.rs`. Overview: `lib.rs`.

use crate::panic;
use crate::print::{fmt_hex, fmt_uint, write_err};
use core::sync::atomic::{AtomicUsize, Ordering};

/// `si_code` of SIGFPE for integer division by zero (Linux `FPE_INTDIV`).
const FPE_INTDIV: i32 = 1;

/// Lowest usable address of the Go stack.
pub static STACK_LO: AtomicUsize = AtomicUsize::new(0);
/// One past the highest address of the Go stack (its top; scanning starts here).
pub static STACK_HI: AtomicUsize = AtomicUsize::new(0);
/// Start of the inaccessible guard region below `STACK_LO`.
pub static GUARD_LO: AtomicUsize = AtomicUsize::new(0);

/// gc's reported maximum stack size (`maxstacksize` on 64-bit).
pub const MAX_STACK_TEXT: u64 = 1_000_000_000;

const ALTSTACK_SIZE: usize = 64 << 10;

/// Installs the process-wide handlers (once, from `main`).
pub fn install_handlers() {
    for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE] {
        // SAFETY: `sa` is fully initialised before use and `on_fault` has the
        // three-argument SA_SIGINFO signature.
        unsafe {
            let mut sa: libc::sigaction = core::mem::zeroed();
            sa.sa_sigaction = on_fault as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, core::ptr::null_mut());
        }
    }
}

/// Gives the calling thread an alternate signal stack (per-thread state).
pub fn install_thread() {
    let p = crate::alloc::os::map_rw(ALTSTACK_SIZE, false);
    if p.is_null() {
        return;
    }
    let st = libc::stack_t {
        ss_sp: p.cast(),
        ss_flags: 0,
        ss_size: ALTSTACK_SIZE,
    };
    // SAFETY: `st` describes a mapping we own for the rest of the thread's life.
    unsafe { libc::sigaltstack(&st, core::ptr::null_mut()) };
}

fn hex(v: usize) {
    let mut b = [0u8; 18];
    write_err(fmt_hex(&mut b, v as u64));
}

fn is_stack_overflow(addr: usize, sp: usize) -> bool {
    let (guard, lo, hi) = (
        GUARD_LO.load(Ordering::Relaxed),
        STACK_LO.load(Ordering::Relaxed),
        STACK_HI.load(Ordering::Relaxed),
    );
    if hi == 0 {
        return false;
    }
    // In the guard region, or the stack pointer itself ran off the bottom.
    (addr >= guard && addr < lo + 4096) || (sp < lo + 4096 && sp >= guard.saturating_sub(1 << 20))
}

fn stack_overflow(sp: usize) -> ! {
    let mut b = [0u8; 20];
    write_err(b"runtime: goroutine stack exceeds ");
    write_err(fmt_uint(&mut b, MAX_STACK_TEXT));
    write_err(b"-byte limit\nruntime: sp=");
    hex(sp);
    write_err(b" stack=[");
    hex(STACK_LO.load(Ordering::Relaxed));
    write_err(b", ");
    hex(STACK_HI.load(Ordering::Relaxed));
    write_err(b"]\nfatal error: stack overflow\n\nruntime stack:\n");
    panic::die()
}

/// The fault `sigpanic` turns into a panic: signal, code, address, pc.
static PENDING: [AtomicUsize; 4] = [
    AtomicUsize::new(0),
    AtomicUsize::new(0),
    AtomicUsize::new(0),
    AtomicUsize::new(0),
];

/// Entered (on the Go stack) instead of the faulting instruction.
extern "C" fn sigpanic() -> ! {
    let [sig, code, addr, pc] = [0, 1, 2, 3].map(|i| PENDING[i].load(Ordering::Relaxed));
    let (sig, code) = (sig as i32, code as i32);
    if sig == libc::SIGFPE {
        if code == FPE_INTDIV {
            panic::panic_runtime_error(b"integer divide by zero");
        }
        panic::panic_runtime_error(b"integer overflow");
    }
    crate::defer::set_sig(crate::defer::SigInfo {
        sig,
        code,
        addr,
        pc,
    });
    panic::panic_runtime_error(b"invalid memory address or nil pointer dereference")
}

/// Makes the interrupted thread continue in `sigpanic` as if the faulting
/// instruction had called it.
///
/// # Safety
/// `uc` must be the handler's `ucontext_t`.
unsafe fn redirect_to_sigpanic(uc: *mut libc::ucontext_t, vals: [usize; 4]) {
    for (slot, v) in PENDING.iter().zip(vals) {
        slot.store(v, Ordering::Relaxed);
    }
    // SAFETY: the context belongs to the interrupted thread, whose stack
    // has room below the red zone (it is not an overflow).
    unsafe {
        let gregs = &mut (*uc).uc_mcontext.gregs;
        let sp = gregs[libc::REG_RSP as usize] as usize;
        let pc = gregs[libc::REG_RIP as usize] as usize;
        let fp = gregs[libc::REG_RBP as usize] as usize;
        crate::symtab::note_panic_frame(fp, pc + 1);
        let new_sp = ((sp - 128) & !15) - 8;
        *(new_sp as *mut usize) = pc;
        gregs[libc::REG_RSP as usize] = new_sp as i64;
        gregs[libc::REG_RIP as usize] = sigpanic as *const () as usize as i64;
    }
}

extern "C" fn on_fault(sig: i32, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an
    // SA_SIGINFO handler.
    let (addr, code, pc, sp) = unsafe {
        let uc = ctx as *const libc::ucontext_t;
        let gregs = &(*uc).uc_mcontext.gregs;
        (
            (*info).si_addr() as usize,
            (*info).si_code,
            gregs[libc::REG_RIP as usize] as usize,
            gregs[libc::REG_RSP as usize] as usize,
        )
    };
    let uc = ctx as *mut libc::ucontext_t;
    if sig == libc::SIGFPE {
        // SAFETY: `uc` is this handler's context.
        unsafe { redirect_to_sigpanic(uc, [sig as usize, code as usize, addr, pc]) };
        return;
    }
    if is_stack_overflow(addr, sp) {
        stack_overflow(sp);
    }
    if addr < 0x1000 {
        // SAFETY: `uc` is this handler's context.
        unsafe { redirect_to_sigpanic(uc, [sig as usize, code as usize, addr, pc]) };
        return;
    }
    let name: &[u8] = if sig == libc::SIGBUS {
        b"SIGBUS: bus error"
    } else {
        b"SIGSEGV: segmentation violation"
    };
    write_err(b"unexpected fault address ");
    hex(addr);
    write_err(b"\nfatal error: fault\n[signal ");
    write_err(name);
    write_err(b" code=");
    hex(code as usize);
    write_err(b" addr=");
    hex(addr);
    write_err(b" pc=");
    hex(pc);
    write_err(b"]\n");
    panic::die()
}
