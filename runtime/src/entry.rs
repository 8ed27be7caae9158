//! Program entry: the C `main` that every rgo executable starts in.
//!
//! `main` records `argc`/`argv`, seeds the hash key, initialises the heap and
//! the collector, installs the fault handlers, and then runs the
//! compiler-emitted `rgo_main` (package initialisers, then `main.main`) on a
//! dedicated thread with a 512 MiB stack. The big stack stands in for gc's
//! growable goroutine stacks (whose limit is 1e9 bytes, i.e. 512 MiB in
//! practice): deep recursion that
//! works under gc works here, and running off the end hits a 1 MiB guard
//! region that the fault handler reports as gc's stack-overflow error. The
//! stack's bounds are published in `signal::{STACK_LO, STACK_HI}` for the
//! handler and for the collector's conservative stack scan. If the thread
//! cannot be created, `rgo_main` runs on the process's main thread instead.
//!
//! Returning from `rgo_main` returns 0 from `main`; nothing is buffered, so
//! nothing needs flushing. `os.Exit` goes through `rt_exit` instead. The
//! overview is in `lib.rs`.

use crate::signal::{GUARD_LO, STACK_HI, STACK_LO};
use core::sync::atomic::Ordering;

extern "C" {
    /// Emitted by the compiler: runs package initialisers and `main.main`.
    fn rgo_main();
}

/// Size of the Go stack, excluding the guard. gc doubles a goroutine stack
/// until the next size would exceed 1e9 bytes, so its largest usable stack
/// is 512 MiB; this matches it.
const GO_STACK_SIZE: usize = 512 << 20;
/// Inaccessible region below the stack that catches overflows.
const GUARD_SIZE: usize = 1 << 20;

extern "C" fn go_thread(_: *mut libc::c_void) -> *mut libc::c_void {
    crate::signal::install_thread();
    // SAFETY: `rgo_main` is the compiler-emitted Go entry point.
    unsafe { rgo_main() };
    core::ptr::null_mut()
}

/// Records the current thread's stack bounds (used when `rgo_main` runs on
/// the main thread).
fn record_current_stack() {
    // SAFETY: `attr` is initialised by pthread_getattr_np before reading and
    // destroyed afterwards.
    unsafe {
        let mut attr: libc::pthread_attr_t = core::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
            let mut addr: *mut libc::c_void = core::ptr::null_mut();
            let mut size: usize = 0;
            if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                let lo = addr as usize;
                GUARD_LO.store(lo.saturating_sub(GUARD_SIZE), Ordering::Relaxed);
                STACK_LO.store(lo, Ordering::Relaxed);
                STACK_HI.store(lo + size, Ordering::Relaxed);
            }
            libc::pthread_attr_destroy(&mut attr);
        }
    }
}

/// Runs `rgo_main` on a fresh thread with a big stack; false if that failed.
fn run_on_big_stack() -> bool {
    let total = GO_STACK_SIZE + GUARD_SIZE;
    let base = crate::alloc::os::map_rw(total, true);
    if base.is_null() {
        return false;
    }
    // SAFETY: the guard is the low end of the mapping we just created.
    if unsafe { libc::mprotect(base.cast(), GUARD_SIZE, libc::PROT_NONE) } != 0 {
        crate::alloc::os::unmap(base, total);
        return false;
    }
    let lo = base as usize + GUARD_SIZE;
    GUARD_LO.store(base as usize, Ordering::Relaxed);
    STACK_LO.store(lo, Ordering::Relaxed);
    STACK_HI.store(lo + GO_STACK_SIZE, Ordering::Relaxed);
    // SAFETY: the attribute object is initialised, points the thread at our
    // mapping (which stays mapped for the process lifetime) and is destroyed
    // after use; the thread is joined before `main` returns.
    unsafe {
        let mut attr: libc::pthread_attr_t = core::mem::zeroed();
        libc::pthread_attr_init(&mut attr);
        if libc::pthread_attr_setstack(&mut attr, lo as *mut libc::c_void, GO_STACK_SIZE) != 0 {
            libc::pthread_attr_destroy(&mut attr);
            return false;
        }
        let mut tid: libc::pthread_t = core::mem::zeroed();
        let rc = libc::pthread_create(&mut tid, &attr, go_thread, core::ptr::null_mut());
        libc::pthread_attr_destroy(&mut attr);
        if rc != 0 {
            return false;
        }
        libc::pthread_join(tid, core::ptr::null_mut());
    }
    true
}

/// The process entry point called by the C runtime.
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const libc::c_char) -> i32 {
    crate::sys::set_args(argc as i64, argv);
    crate::hash::init();
    crate::alloc::init();
    crate::gc::init();
    crate::signal::install_handlers();
    if !run_on_big_stack() {
        record_current_stack();
        crate::signal::install_thread();
        // SAFETY: `rgo_main` is the compiler-emitted Go entry point.
        unsafe { rgo_main() };
    }
    crate::allocsites::report();
    0
}
