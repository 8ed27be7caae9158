//! Interface tables built at run time (gc's `getitab`).
//!
//! The compiler builds an itab statically whenever it sees a concrete type
//! converted to a non-empty interface. What it cannot see is a dynamic
//! conversion: `x.(I)` on an interface value, or converting one interface
//! type to another. Those come here: `rt_getitab` matches the interface's
//! method list against the concrete type's sorted method table, by name and
//! signature (both lists carry `Method::mtyp`), and caches the result.
//!
//! Invariants:
//! - An itab, once built, lives for the whole run (it is leaked on purpose)
//!   and is unique per (interface, type) pair, so itab pointers may be
//!   compared and cached by generated code.
//! - Both method lists are sorted by name (the compiler sorts them), so the
//!   match is one merge pass.
//!
//! The layouts are described in `types.rs`.

use crate::types::{GoString, Itab, Method, TypeDesc};
use std::collections::HashMap;
use std::sync::Mutex;

/// Built itabs by (interface, concrete type). Failed lookups are cached too
/// (as null), with the name of the missing method for the panic message.
static CACHE: Mutex<Option<ItabCache>> = Mutex::new(None);

/// (interface, type) → (itab or 0, name of the missing method).
type ItabCache = HashMap<(usize, usize), (usize, GoStringAddr)>;

/// A `GoString` stored as plain words so the cache is `Send`.
#[derive(Clone, Copy)]
struct GoStringAddr(usize, isize);

fn methods_of(t: &TypeDesc) -> &[Method] {
    if t.methods.is_null() || t.nmethods == 0 {
        return &[];
    }
    // SAFETY: the compiler emits `nmethods` consecutive records at `methods`.
    unsafe { core::slice::from_raw_parts(t.methods, t.nmethods) }
}

/// Whether two method signatures are the same type: the same descriptor,
/// or (for the runtime's own error types, whose descriptors are not the
/// compiler's) unnamed function types with the same type string.
fn same_sig(a: *const TypeDesc, b: *const TypeDesc) -> bool {
    if a == b {
        return true;
    }
    if a.is_null() || b.is_null() {
        return false;
    }
    // SAFETY: method signatures are valid descriptors.
    let (a, b) = unsafe { (&*a, &*b) };
    a.kind == b.kind && a.name_bytes() == b.name_bytes()
}

/// Builds the itab of `typ` as `inter`, or returns the first missing method.
fn build(inter: &TypeDesc, typ: &TypeDesc) -> Result<*const Itab, GoString> {
    let want = methods_of(inter);
    let have = methods_of(typ);
    let mut fun: Vec<*const u8> = Vec::with_capacity(want.len());
    let mut j = 0;
    for m in want {
        // SAFETY: method names are static string data emitted by the compiler.
        let name = unsafe { m.name.as_bytes() };
        // SAFETY: as above.
        while j < have.len() && unsafe { have[j].name.as_bytes() } < name {
            j += 1;
        }
        // SAFETY: as above.
        let found = j < have.len()
            && unsafe { have[j].name.as_bytes() } == name
            && same_sig(have[j].mtyp, m.mtyp);
        if !found || have[j].ifn.is_null() {
            return Err(GoString {
                ptr: m.name.ptr,
                len: m.name.len,
            });
        }
        fun.push(have[j].ifn);
    }
    // Layout: inter, typ, then one code pointer per method.
    let mut words: Vec<usize> = Vec::with_capacity(2 + fun.len());
    words.push(inter as *const TypeDesc as usize);
    words.push(typ as *const TypeDesc as usize);
    words.extend(fun.iter().map(|p| *p as usize));
    let leaked: &'static mut [usize] = Vec::leak(words);
    Ok(leaked.as_ptr() as *const Itab)
}

/// Looks up (building on first use) the itab of `typ` as `inter`.
///
/// Returns null if `typ` is null or does not implement `inter`; with
/// `canfail == false` that is a panic instead, worded like gc's.
///
/// # Safety
/// `inter` must be a valid interface type descriptor and `typ` null or a
/// valid type descriptor.
#[no_mangle]
pub unsafe extern "C" fn rt_getitab(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    canfail: bool,
) -> *const Itab {
    if typ.is_null() {
        if canfail {
            return core::ptr::null();
        }
        // SAFETY: forwarded caller contract.
        unsafe { crate::abi::rt_panicdottype(typ, inter, inter) }
    }
    let key = (inter as usize, typ as usize);
    let mut guard = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = guard.get_or_insert_with(HashMap::new);
    let (itab, missing) = match cache.get(&key) {
        Some(v) => *v,
        None => {
            // SAFETY: both descriptors are valid per the caller contract.
            let r = build(unsafe { &*inter }, unsafe { &*typ });
            let v = match r {
                Ok(p) => (p as usize, GoStringAddr(0, 0)),
                Err(name) => (0, GoStringAddr(name.ptr as usize, name.len)),
            };
            cache.insert(key, v);
            v
        }
    };
    drop(guard);
    if itab == 0 && !canfail {
        // SAFETY: the name points at static data of `missing.1` bytes.
        unsafe { crate::abi::rt_panicdottypemissing(typ, inter, missing.0 as *const u8, missing.1) }
    }
    itab as *const Itab
}

/// `==` on two interfaces holding the same uncomparable dynamic type:
/// `panic: runtime error: comparing uncomparable type []int`, as gc.
///
/// # Safety
/// `typ` must be a valid type descriptor.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub unsafe extern "C" fn rt_panicuncomparable(typ: *const TypeDesc) -> ! {
    // SAFETY: per the caller contract.
    let name = unsafe { crate::types::type_name(typ) };
    let mut msg = Vec::with_capacity(32 + name.len());
    msg.extend_from_slice(b"comparing uncomparable type ");
    msg.extend_from_slice(name);
    crate::panic::panic_runtime_error(&msg)
}

/// The itab entry the compiler emits for a method whose wrapper it could
/// not find (lowering generates the wrappers of promoted methods, so this
/// is a compiler bug): calling it stops the program with a clear message
/// instead of jumping through a null pointer.
#[no_mangle]
pub extern "C" fn rt_promoted_method_unsupported() -> ! {
    crate::print::write_err(
        b"fatal error: rgo: an interface method without a wrapper was called\n",
    );
    crate::panic::die()
}
