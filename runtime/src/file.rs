//! File descriptors and sleeping for the stdlib's `os` and `time`: open,
//! read, close, unlink, mkdir and nanosleep, with Go's conventions (results are a
//! count or descriptor, or `-errno`; `EINTR` is retried).
//!
//! Paths arrive as Go strings and are copied into a NUL-terminated stack
//! buffer. See `sys.rs` for the other OS wrappers and `lib.rs` for the list
//! of entry points.

use crate::sys::errno;

/// Runs `f` with `path` as a NUL-terminated C string; `-ENAMETOOLONG` for
/// paths of `PATH_MAX` bytes or more and `-EINVAL` for paths containing NUL
/// (gc reports "invalid argument" for those).
fn with_cpath(path: &[u8], f: impl FnOnce(*const libc::c_char) -> i64) -> i64 {
    let mut buf = [0u8; libc::PATH_MAX as usize];
    if path.len() >= buf.len() {
        return -i64::from(libc::ENAMETOOLONG);
    }
    if path.contains(&0) {
        return -i64::from(libc::EINVAL);
    }
    buf[..path.len()].copy_from_slice(path);
    f(buf.as_ptr().cast())
}

/// `open(2)` with `O_CLOEXEC` added; the descriptor or `-errno`.
pub fn open(path: &[u8], flags: i64, perm: i64) -> i64 {
    with_cpath(path, |p| loop {
        // SAFETY: `p` is NUL-terminated and lives for the call.
        let fd = unsafe { libc::open(p, flags as i32 | libc::O_CLOEXEC, perm as libc::c_uint) };
        if fd >= 0 {
            return i64::from(fd);
        }
        let e = errno();
        if e != libc::EINTR {
            return -i64::from(e);
        }
    })
}

/// `unlink(2)`, or `rmdir(2)` when the path is a directory (like gc's
/// `os.Remove`); 0 or `-errno`.
pub fn remove(path: &[u8]) -> i64 {
    with_cpath(path, |p| {
        // SAFETY: `p` is NUL-terminated and lives for the call.
        if unsafe { libc::unlink(p) } == 0 {
            return 0;
        }
        let e = errno();
        // SAFETY: as above.
        if unsafe { libc::rmdir(p) } == 0 {
            return 0;
        }
        let e2 = errno();
        // gc reports the unlink error unless rmdir's is more telling.
        if e2 != libc::ENOTDIR {
            -i64::from(e2)
        } else {
            -i64::from(e)
        }
    })
}

/// `mkdir(2)`; 0 or `-errno`.
pub fn mkdir(path: &[u8], perm: i64) -> i64 {
    with_cpath(path, |p| {
        // SAFETY: `p` is NUL-terminated and lives for the call.
        if unsafe { libc::mkdir(p, perm as libc::mode_t) } == 0 {
            0
        } else {
            -i64::from(errno())
        }
    })
}

/// `read(2)` into `b`, retrying `EINTR`; bytes read (0 at end of file) or
/// `-errno`.
pub fn read(fd: i64, b: &mut [u8]) -> i64 {
    loop {
        // SAFETY: `b` is a valid writable buffer of `b.len()` bytes.
        let n = unsafe { libc::read(fd as i32, b.as_mut_ptr().cast(), b.len()) };
        if n >= 0 {
            return n as i64;
        }
        let e = errno();
        if e != libc::EINTR {
            return -i64::from(e);
        }
    }
}

/// `close(2)`; 0 or `-errno`.
pub fn close(fd: i64) -> i64 {
    // SAFETY: closing a descriptor has no memory-safety preconditions.
    if unsafe { libc::close(fd as i32) } == 0 {
        0
    } else {
        -i64::from(errno())
    }
}

/// Sleeps for at least `ns` nanoseconds (returns at once for `ns <= 0`).
pub fn nanosleep(ns: i64) {
    if ns <= 0 {
        return;
    }
    let mut req = libc::timespec {
        tv_sec: ns / 1_000_000_000,
        tv_nsec: ns % 1_000_000_000,
    };
    let mut rem = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: both timespecs are valid; on EINTR we continue with the rest.
    while unsafe { libc::nanosleep(&req, &mut rem) } != 0 && errno() == libc::EINTR {
        req = rem;
    }
}
