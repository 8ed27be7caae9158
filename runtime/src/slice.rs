//! Slice allocation and growth: `make([]T, len, cap)` and `append`'s slow
//! path, ported from gc's `runtime/slice.go`.
//!
//! Capacities must match gc exactly because programs print `cap()`:
//! `next_slice_cap` is gc's `nextslicecap` (double below 256 elements, then
//! grow by `(cap + 3*256) / 4` until large enough), and the byte size is then
//! rounded up to the allocator's size class with `roundupsize`, the extra
//! room becoming extra capacity. See `lib.rs` for the overview.
//!
//! Stack backing stores (gc 1.25+): an `append` whose result does not escape
//! may grow into a 32-byte buffer in the caller's frame (`growslice_buf`),
//! and a slice whose backing store escapes only at one known point is copied
//! to the heap there (`moveslice`, gc's `moveSlice*`). The compiler only
//! passes a buffer it has proved dies with no reference left into it.

use crate::alloc::{mallocgc, roundupsize, zerobase, MAX_ALLOC};
use crate::panic;
use crate::types::{GoSlice, TypeDesc};
use core::ptr;

/// gc's `nextslicecap`: the capacity to grow to, before size-class rounding.
pub fn next_slice_cap(new_len: isize, old_cap: isize) -> isize {
    let mut newcap = old_cap;
    let doublecap = newcap.wrapping_add(newcap);
    if new_len > doublecap {
        return new_len;
    }
    const THRESHOLD: isize = 256;
    if old_cap < THRESHOLD {
        return doublecap;
    }
    loop {
        newcap = newcap.wrapping_add((newcap.wrapping_add(3 * THRESHOLD)) >> 2);
        if newcap as usize >= new_len as usize {
            break;
        }
    }
    if newcap <= 0 {
        return new_len;
    }
    newcap
}

/// Computes `(newcap, capmem, overflow)` for growing a slice of `elem_size`
/// byte elements to `new_len`, exactly as gc's `growslice` does.
pub fn grow_cap(
    elem_size: usize,
    noscan: bool,
    new_len: isize,
    old_cap: isize,
) -> (isize, usize, bool) {
    let newcap = next_slice_cap(new_len, old_cap);
    let (capmem, overflow, newcap) = if elem_size == 1 {
        let capmem = roundupsize(newcap as usize, noscan);
        (capmem, newcap as usize > MAX_ALLOC, capmem as isize)
    } else if elem_size.is_power_of_two() {
        let shift = elem_size.trailing_zeros();
        let capmem = roundupsize((newcap as usize) << shift, noscan);
        let overflow = newcap as usize > (MAX_ALLOC >> shift);
        let newcap = (capmem >> shift) as isize;
        (((newcap as usize) << shift), overflow, newcap)
    } else {
        let (mem, overflow) = mul_uintptr(elem_size, newcap as usize);
        let capmem = roundupsize(mem, noscan);
        let newcap = (capmem / elem_size) as isize;
        (newcap as usize * elem_size, overflow, newcap)
    };
    (newcap, capmem, overflow)
}

/// gc's `math.MulUintptr`: the product and whether it overflowed.
pub fn mul_uintptr(a: usize, b: usize) -> (usize, bool) {
    if (a | b) < 1 << 32 || a == 0 {
        return (a * b, false);
    }
    (a.wrapping_mul(b), b > usize::MAX / a)
}

/// `make([]T, len, cap)`: allocates a zeroed backing array.
pub fn makeslice(elem: &TypeDesc, len: isize, cap: isize) -> *mut u8 {
    let (mem, overflow) = mul_uintptr(elem.size, cap as usize);
    if overflow || mem > MAX_ALLOC || len < 0 || len > cap {
        // Report the length if it is the problem, else the capacity (gc does
        // the same so that `make([]T, bignumber)` says "len out of range").
        let (mem, overflow) = mul_uintptr(elem.size, len as usize);
        if overflow || mem > MAX_ALLOC || len < 0 {
            panic::panic_makeslicelen();
        }
        panic::panic_makeslicecap();
    }
    mallocgc(mem, Some(elem), true)
}

/// `append`'s slow path (gc's `growslice`): allocates room for at least
/// `new_len` elements, copies the `new_len - num` old ones, and returns the
/// new slice with length `new_len`. Memory past the old elements is zeroed
/// (for noscan elements only the part past `new_len`, which `append` does not
/// overwrite).
///
/// # Safety
/// `old_ptr` must address `new_len - num` initialised elements of `elem`.
pub unsafe fn growslice(
    old_ptr: *mut u8,
    new_len: isize,
    old_cap: isize,
    num: isize,
    elem: &TypeDesc,
) -> GoSlice {
    let old_len = new_len - num;
    if new_len < 0 {
        panic::panic_runtime_error(b"growslice: len out of range");
    }
    if elem.size == 0 {
        return GoSlice {
            ptr: zerobase(),
            len: new_len,
            cap: new_len,
        };
    }
    let noscan = !elem.has_pointers();
    let (newcap, capmem, overflow) = grow_cap(elem.size, noscan, new_len, old_cap);
    if overflow || capmem > MAX_ALLOC {
        panic::panic_runtime_error(b"growslice: len out of range");
    }
    let lenmem = old_len as usize * elem.size;
    let newlenmem = new_len as usize * elem.size;
    let p = if noscan {
        let p = mallocgc(capmem, None, false);
        // SAFETY: `p` has `capmem >= newlenmem` bytes.
        unsafe { ptr::write_bytes(p.add(newlenmem), 0, capmem - newlenmem) };
        p
    } else {
        mallocgc(capmem, Some(elem), true)
    };
    if lenmem > 0 {
        // SAFETY: the caller guarantees `old_ptr` has `lenmem` bytes; `p` is a
        // fresh allocation of at least that size, so they do not overlap.
        // No write barrier: `p` is new (allocated black while marking).
        unsafe { ptr::copy_nonoverlapping(old_ptr, p, lenmem) };
    }
    GoSlice {
        ptr: p,
        len: new_len,
        cap: newcap,
    }
}

/// gc's `growsliceBuf`: like `growslice`, but when the new length fits in
/// the caller's stack buffer `buf` of `buf_len` elements, the slice moves
/// (or stays) there and its capacity steps up one size class at a time, so
/// that a later `moveslice` to the heap wastes no room.
///
/// # Safety
/// As `growslice`; `buf` must address `buf_len` elements in the caller's
/// frame, distinct from the old backing store unless it is that store.
pub unsafe fn growslice_buf(
    old_ptr: *mut u8,
    new_len: isize,
    old_cap: isize,
    num: isize,
    elem: &TypeDesc,
    buf: *mut u8,
    buf_len: isize,
) -> GoSlice {
    if new_len > buf_len {
        // SAFETY: forwarded caller contract.
        return unsafe { growslice(old_ptr, new_len, old_cap, num, elem) };
    }
    let old_len = new_len - num;
    if old_ptr != buf && old_len != 0 {
        // SAFETY: `old_ptr` holds `old_len` elements; the buffer has room for
        // `buf_len >= new_len > old_len`; they may overlap only if equal.
        unsafe { ptr::copy(old_ptr, buf, old_len as usize * elem.size) };
    }
    let new_cap = (roundupsize(new_len as usize * elem.size, !elem.has_pointers()) / elem.size)
        .min(buf_len as usize) as isize;
    if new_len < new_cap {
        // SAFETY: `[new_len, new_cap)` lies inside the buffer.
        unsafe {
            ptr::write_bytes(
                buf.add(new_len as usize * elem.size),
                0,
                (new_cap - new_len) as usize * elem.size,
            )
        };
    }
    GoSlice {
        ptr: buf,
        len: new_len,
        cap: new_cap,
    }
}

/// gc's `moveSlice` family: copies a slice whose backing store is in the
/// caller's frame to a fresh heap object. With `keep_cap` the capacity and
/// the elements up to it are kept (`moveSlice`/`moveSliceNoScan`); without,
/// the new capacity is the length rounded up to its size class and the tail
/// is zeroed (`moveSliceNoCap`/`moveSliceNoCapNoScan`).
///
/// # Safety
/// `old` must address `cap` (with `keep_cap`) or `len` elements of `elem`.
pub unsafe fn moveslice(
    elem: &TypeDesc,
    old: *mut u8,
    len: isize,
    cap: isize,
    keep_cap: bool,
) -> GoSlice {
    let n = if keep_cap { cap } else { len };
    if n == 0 {
        let p = if old.is_null() { old } else { zerobase() };
        return GoSlice {
            ptr: p,
            len: 0,
            cap: 0,
        };
    }
    let noscan = !elem.has_pointers();
    let copymem = n as usize * elem.size;
    let capmem = if keep_cap {
        copymem
    } else {
        roundupsize(copymem, noscan)
    };
    let p = if noscan {
        let p = mallocgc(capmem, None, false);
        // SAFETY: `p` has `capmem >= copymem` bytes.
        unsafe { ptr::write_bytes(p.add(copymem), 0, capmem - copymem) };
        p
    } else {
        mallocgc(capmem, Some(elem), true)
    };
    // SAFETY: `old` has `copymem` bytes (caller contract); `p` is fresh.
    unsafe { ptr::copy_nonoverlapping(old, p, copymem) };
    GoSlice {
        ptr: p,
        len,
        cap: (capmem / elem.size) as isize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replays gc's append loop (one element at a time) and returns the
    /// distinct capacities seen.
    fn caps(elem_size: usize, noscan: bool, n: isize) -> Vec<isize> {
        let (mut len, mut cap) = (0isize, 0isize);
        let mut out = Vec::new();
        for _ in 0..n {
            if len + 1 > cap {
                cap = grow_cap(elem_size, noscan, len + 1, cap).0;
                out.push(cap);
            }
            len += 1;
        }
        out
    }

    // Expected sequences printed by gc go1.27.3 for global slices appended
    // one element at a time (see runtime/README for the Go program).
    #[test]
    fn int_caps_match_gc() {
        assert_eq!(
            caps(8, true, 3000),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408]
        );
    }

    #[test]
    fn byte_caps_match_gc() {
        assert_eq!(
            caps(1, true, 5000),
            [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376]
        );
    }

    #[test]
    fn string_caps_match_gc() {
        assert_eq!(
            caps(16, false, 3000),
            [1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560, 3584]
        );
    }

    #[test]
    fn struct24_caps_match_gc() {
        assert_eq!(
            caps(24, true, 3000),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072]
        );
    }

    #[test]
    fn pointer_caps_match_gc() {
        assert_eq!(
            caps(8, false, 3000),
            [1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071]
        );
    }

    #[test]
    fn multi_append_matches_gc() {
        // append(nil, 1, 2, 3, 4, 5) -> cap 6; then 20 more -> len 25 cap 26.
        assert_eq!(grow_cap(8, true, 5, 0).0, 6);
        assert_eq!(grow_cap(8, true, 25, 6).0, 26);
        // append([]byte(nil), 37-byte string...) -> cap 48.
        assert_eq!(grow_cap(1, true, 37, 0).0, 48);
    }
}
