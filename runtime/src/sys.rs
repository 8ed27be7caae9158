//! Thin wrappers over the operating system: writes, exit, arguments,
//! environment, clocks and random bytes.
//!
//! These are plain libc calls with Go's semantics layered on top (writes are
//! retried on partial writes and `EINTR`; errors come back as `-errno`).
//! `argc`/`argv` are stored once by the C `main` in `entry.rs` before any Go
//! code runs and are read-only afterwards. See `lib.rs` for the overview.

use crate::types::GoString;
use core::sync::atomic::{AtomicI64, AtomicPtr, Ordering};

static ARGC: AtomicI64 = AtomicI64::new(0);
static ARGV: AtomicPtr<*const libc::c_char> = AtomicPtr::new(core::ptr::null_mut());

/// Records the process arguments; called once from `main`.
pub fn set_args(argc: i64, argv: *const *const libc::c_char) {
    ARGC.store(argc, Ordering::Relaxed);
    ARGV.store(argv as *mut _, Ordering::Relaxed);
}

/// Number of process arguments (including the program name).
pub fn argc() -> i64 {
    ARGC.load(Ordering::Relaxed)
}

/// The `i`th argument as a Go string pointing into `argv` (no copy); empty when
/// `i` is out of range.
pub fn argv(i: i64) -> GoString {
    let argv = ARGV.load(Ordering::Relaxed);
    if argv.is_null() || i < 0 || i >= argc() {
        return GoString::EMPTY;
    }
    // SAFETY: `argv` has `argc` valid NUL-terminated entries for the whole run.
    unsafe {
        let p = *argv.add(i as usize);
        GoString {
            ptr: p as *const u8,
            len: libc::strlen(p) as isize,
        }
    }
}

/// Writes all of `b` to `fd`, retrying partial writes and `EINTR`. Returns the
/// number of bytes written, or `-errno` if nothing could be written.
pub fn write_all(fd: i32, b: &[u8]) -> i64 {
    let mut done = 0usize;
    while done < b.len() {
        // SAFETY: the pointer/length pair denotes the unwritten tail of `b`.
        let n = unsafe { libc::write(fd, b.as_ptr().add(done).cast(), b.len() - done) };
        if n < 0 {
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            return if done > 0 { done as i64 } else { -(e as i64) };
        }
        if n == 0 {
            break;
        }
        done += n as usize;
    }
    done as i64
}

/// The calling thread's `errno`.
pub fn errno() -> i32 {
    // SAFETY: `__errno_location` always returns the thread's errno slot.
    unsafe { *libc::__errno_location() }
}

/// Terminates the process immediately with `code`, running no handlers
/// (Go's `os.Exit` does not run deferred calls or flush anything).
pub fn exit(code: i32) -> ! {
    crate::allocsites::report();
    // SAFETY: `_exit` has no preconditions.
    unsafe { libc::_exit(code) }
}

/// Entry `i` (`NAME=value`) of the environment the process started with,
/// or `None` past the end; the result points into the environment block.
pub fn env_entry(i: i64) -> Option<GoString> {
    extern "C" {
        static environ: *const *const libc::c_char;
    }
    if i < 0 {
        return None;
    }
    // SAFETY: `environ` is the C runtime's NULL-terminated array of
    // NUL-terminated strings; the walk stops at the terminator.
    unsafe {
        let mut p = environ;
        if p.is_null() {
            return None;
        }
        for _ in 0..i {
            if (*p).is_null() {
                return None;
            }
            p = p.add(1);
        }
        if (*p).is_null() {
            return None;
        }
        Some(GoString {
            ptr: *p as *const u8,
            len: libc::strlen(*p) as isize,
        })
    }
}

/// Looks up an environment variable; the result points into the environment
/// block (no copy).
pub fn lookup_env(name: &[u8]) -> Option<GoString> {
    extern "C" {
        static environ: *const *const libc::c_char;
    }
    // SAFETY: `environ` is the C runtime's NULL-terminated array of
    // NUL-terminated `NAME=value` strings; Go code never modifies it here.
    unsafe {
        let mut p = environ;
        if p.is_null() {
            return None;
        }
        while !(*p).is_null() {
            let entry = *p as *const u8;
            let len = libc::strlen(*p);
            let bytes = core::slice::from_raw_parts(entry, len);
            if len > name.len() && bytes[name.len()] == b'=' && &bytes[..name.len()] == name {
                return Some(GoString {
                    ptr: entry.add(name.len() + 1),
                    len: (len - name.len() - 1) as isize,
                });
            }
            p = p.add(1);
        }
    }
    None
}

fn clock(id: libc::clockid_t) -> libc::timespec {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-parameter.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts
}

/// Monotonic time in nanoseconds.
pub fn nanotime() -> i64 {
    let ts = clock(libc::CLOCK_MONOTONIC);
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Wall-clock time as seconds and nanoseconds since the Unix epoch.
pub fn walltime() -> (i64, i32) {
    let ts = clock(libc::CLOCK_REALTIME);
    (ts.tv_sec, ts.tv_nsec as i32)
}

/// Returns 8 random bytes from the kernel, falling back to the clock.
pub fn random_u64() -> u64 {
    let mut v = 0u64;
    // SAFETY: writes at most 8 bytes into `v`.
    let n = unsafe { libc::getrandom((&mut v as *mut u64).cast(), 8, libc::GRND_NONBLOCK) };
    if n != 8 {
        v = nanotime() as u64 ^ (walltime().1 as u64).rotate_left(32);
    }
    v
}
