//! Slice allocation and growth: `make([]T, len, cap)` and `append`'s slow
//! path, ported from gc's `runtime/slice.go`.
//!
//! Capacities must match gc exactly because programs print `cap()`:
//! `next_slice_cap` is gc's `nextslicecap` (double below 256 elements, then
//! grow by `(cap + 3*256) / 4` until large enough), and the byte size is then
//! rounded up to the allocator's size class with `roundupsize`, the extra
//! room becoming extra capacity. See `lib.rs` for the overview.

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
