//! Memory from the operating system: reserving address space, committing it,
//! and mapping metadata.
//!
//! The heap reserves large, aligned ranges of address space with
//! `PROT_NONE` (which costs no memory and no commit charge), then commits
//! pieces with `mprotect` as the page heap grows. Fresh anonymous pages are
//! zero-filled by the kernel; the allocator relies on that to skip zeroing new
//! spans. The allocator overview is in `alloc/mod.rs`.

use core::ptr;

/// Reserves `size` bytes of address space aligned to `align` (a power of
/// two), inaccessible until committed. Returns null on failure.
pub fn reserve(size: usize, align: usize) -> *mut u8 {
    let total = size + align;
    // SAFETY: an anonymous PROT_NONE mapping has no preconditions.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            total,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return ptr::null_mut();
    }
    let start = p as usize;
    let aligned = (start + align - 1) & !(align - 1);
    // Trim the unaligned head and the unused tail so the reservation is exact.
    // SAFETY: both ranges lie inside the mapping we just created.
    unsafe {
        if aligned > start {
            libc::munmap(p, aligned - start);
        }
        let end = aligned + size;
        if start + total > end {
            libc::munmap(end as *mut libc::c_void, start + total - end);
        }
    }
    aligned as *mut u8
}

/// Makes `size` bytes at `p` (inside a reservation) readable and writable.
/// Returns false if the kernel refused (out of memory).
pub fn commit(p: *mut u8, size: usize) -> bool {
    // SAFETY: the caller passes a page-aligned range inside its reservation.
    unsafe { libc::mprotect(p.cast(), size, libc::PROT_READ | libc::PROT_WRITE) == 0 }
}

/// Maps `size` bytes of fresh zeroed read-write memory for runtime metadata.
/// Returns null on failure.
pub fn map_rw(size: usize, noreserve: bool) -> *mut u8 {
    let mut flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS;
    if noreserve {
        flags |= libc::MAP_NORESERVE;
    }
    // SAFETY: an anonymous mapping has no preconditions.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            flags,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        ptr::null_mut()
    } else {
        p.cast()
    }
}

/// Unmaps memory obtained from `map_rw`.
pub fn unmap(p: *mut u8, size: usize) {
    // SAFETY: the caller passes a mapping it owns and no longer uses.
    unsafe { libc::munmap(p.cast(), size) };
}
