//! File descriptors and sleeping for the stdlib's `os` and `time`: open,
//! read, close, unlink, mkdir, stat, directory entries, the working
//! directory and nanosleep, with Go's conventions (results are a count or
//! descriptor, or `-errno`; `EINTR` is retried). These are the system calls
//! gc's `os` makes through package `syscall`; everything above them (error
//! values, `FileInfo`, `ReadDir`'s parsing of directory entries, `MkdirAll`,
//! `RemoveAll`) is Go code in `stdlib/os`.
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

/// The fields of `struct stat` that `os` uses, in the layout of the Go
/// struct `os.rawStat` (`stdlib/os/stat.go`; change both): 48 bytes.
#[repr(C)]
pub struct RawStat {
    /// `st_dev`: the device, for `os.SameFile`.
    pub dev: u64,
    /// `st_ino`: the inode, for `os.SameFile`.
    pub ino: u64,
    /// `st_mode`: file type (`S_IFMT`) and permission bits.
    pub mode: u32,
    /// Padding to the Go struct's next field offset (24).
    pub _pad: u32,
    /// `st_size` in bytes.
    pub size: i64,
    /// `st_mtime`: seconds of the modification time.
    pub mtime_sec: i64,
    /// `st_mtime_nsec`: nanoseconds of the modification time.
    pub mtime_nsec: i64,
}

/// `fstatat(2)` of `path` relative to `dirfd` (`AT_FDCWD` = -100) with
/// `flags` (`AT_SYMLINK_NOFOLLOW` for `Lstat`, `AT_EMPTY_PATH` with an empty
/// path for `File.Stat`), stored in `out`; 0 or `-errno`.
pub fn fstatat(dirfd: i64, path: &[u8], flags: i64, out: &mut RawStat) -> i64 {
    with_cpath(path, |p| loop {
        // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
        let mut st: libc::stat = unsafe { core::mem::zeroed() };
        // SAFETY: `p` is NUL-terminated and `st` is writable.
        if unsafe { libc::fstatat(dirfd as i32, p, &mut st, flags as i32) } == 0 {
            *out = RawStat {
                dev: st.st_dev,
                ino: st.st_ino,
                mode: st.st_mode,
                _pad: 0,
                size: st.st_size,
                mtime_sec: st.st_mtime,
                mtime_nsec: st.st_mtime_nsec,
            };
            return 0;
        }
        let e = errno();
        if e != libc::EINTR {
            return -i64::from(e);
        }
    })
}

/// `getdents64(2)`: fills `b` with `linux_dirent64` records of the open
/// directory `fd`; bytes filled (0 at the end) or `-errno`.
pub fn getdents(fd: i64, b: &mut [u8]) -> i64 {
    loop {
        // SAFETY: `b` is a valid writable buffer of `b.len()` bytes.
        let n = unsafe { libc::syscall(libc::SYS_getdents64, fd as i32, b.as_mut_ptr(), b.len()) };
        if n >= 0 {
            return n;
        }
        let e = errno();
        if e != libc::EINTR {
            return -i64::from(e);
        }
    }
}

/// `getcwd(3)` into `b`; the length of the path (without its NUL) or
/// `-errno` (`-ERANGE` when `b` is too small).
pub fn getcwd(b: &mut [u8]) -> i64 {
    // SAFETY: `b` is a valid writable buffer of `b.len()` bytes.
    let p = unsafe { libc::getcwd(b.as_mut_ptr().cast(), b.len()) };
    if p.is_null() {
        return -i64::from(errno());
    }
    // SAFETY: on success `b` holds a NUL-terminated path.
    unsafe { libc::strlen(b.as_ptr().cast()) as i64 }
}
