//! Memory access for the stdlib's `internal/reflectlite`: taking interfaces
//! apart, loading values of any type, building interfaces, and copying or
//! swapping typed memory.
//!
//! Go code holds addresses as `uintptr` here, so each function trusts its
//! caller (`stdlib/internal/reflectlite`) to pass addresses derived from
//! live values and descriptors emitted by the compiler; that package keeps
//! the originating interface alive while it works. See `types.rs` for the
//! descriptor layout and `lib.rs` for the list of entry points.

use crate::alloc;
use crate::types::{Eface, TypeDesc, FLAG_DIRECT_IFACE};

/// Loads the `size`-byte (1, 2, 4 or 8) unsigned integer at `addr`.
///
/// # Safety
/// `addr` must point at `size` readable, suitably aligned bytes.
pub unsafe fn load(addr: usize, size: usize) -> u64 {
    // SAFETY: the caller guarantees a readable, aligned value of that size.
    unsafe {
        match size {
            1 => u64::from(*(addr as *const u8)),
            2 => u64::from(*(addr as *const u16)),
            4 => u64::from(*(addr as *const u32)),
            8 => *(addr as *const u64),
            _ => 0,
        }
    }
}

/// Builds an interface holding the value of type `typ` stored at `addr`: the
/// word itself for pointer-shaped types, else a pointer to a fresh heap copy.
///
/// # Safety
/// `typ` must be a valid descriptor and `addr` must point at a value of it.
pub unsafe fn make_eface(typ: *const TypeDesc, addr: *const u8) -> Eface {
    // SAFETY: valid descriptor per the contract.
    let t = unsafe { &*typ };
    let data = if t.flags & FLAG_DIRECT_IFACE != 0 {
        // SAFETY: a pointer-shaped value is one aligned word at `addr`.
        unsafe { *(addr as *const *mut u8) }
    } else if t.size == 0 {
        alloc::zerobase()
    } else {
        let p = alloc::mallocgc(t.size, Some(t), false);
        // SAFETY: `p` is a fresh object of `t.size` bytes; `addr` holds as many.
        // No write barrier: `p` is new.
        unsafe { core::ptr::copy_nonoverlapping(addr, p, t.size) };
        p
    };
    Eface { typ, data }
}

/// Copies a value of type `typ` from `src` to `dst` (which may overlap).
///
/// # Safety
/// Both must point at values of the valid descriptor `typ`.
pub unsafe fn typedmemmove(typ: *const TypeDesc, dst: *mut u8, src: *const u8) {
    // SAFETY: valid descriptor and value pointers per the contract; the
    // write barrier shades what `dst` held before it is overwritten.
    unsafe {
        crate::gc::wb_range(dst, (*typ).size);
        core::ptr::copy(src, dst, (*typ).size);
    }
}

/// Exchanges the `n` bytes at `p` and `q`.
///
/// # Safety
/// Both ranges must be valid for reads and writes; they must be equal or
/// disjoint.
pub unsafe fn memswap(p: *mut u8, q: *mut u8, n: usize) {
    if p != q {
        // SAFETY: disjoint valid ranges per the contract.
        unsafe { core::ptr::swap_nonoverlapping(p, q, n) };
    }
}
