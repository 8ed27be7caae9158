//! Synchronous fault handling: turns SIGSEGV/SIGBUS/SIGFPE into Go's panics
//! and fatal errors.
//!
//! The handler runs on an alternate signal stack (`sigaltstack`, installed
//! per thread by `install_thread`), so it works even when the fault is a
//! stack overflow. It decides, like gc's `sigpanic`:
//!
//! * a fault inside the Go stack's guard region (or just below the stack) is
//!   a stack overflow: gc's `goroutine stack exceeds` text, `fatal error:
//!   stack overflow`, exit 2;
//! * a SIGSEGV/SIGBUS at an address below 4 KiB is a nil dereference: the
//!   `invalid memory address or nil pointer dereference` panic;
//! * SIGFPE with `FPE_INTDIV` is `integer divide by zero`;
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
    if sig == libc::SIGFPE {
        if code == FPE_INTDIV {
            panic::panic_runtime_error(b"integer divide by zero");
        }
        panic::panic_runtime_error(b"integer overflow");
    }
    if is_stack_overflow(addr, sp) {
        stack_overflow(sp);
    }
    if addr < 0x1000 {
        panic::panic_nilderef(addr, pc);
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
