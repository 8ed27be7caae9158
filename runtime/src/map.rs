//! Go maps: a hash table keyed by any comparable type, driven by the map's
//! type descriptor (gc's `runtime/map.go` role).
//!
//! # Layout (shared with the compiler: `compiler/src/types/layout.rs`
//! `HMAP_*`/`HITER_*`; change both)
//!
//! A map value is a pointer to an [`Hmap`] header (nil is a null pointer).
//! The header may live on the stack when escape analysis proves the map
//! does not escape (the compiler then passes its memory to `rt_makemap`);
//! its tables are always heap objects. `len(m)` is the header's first word,
//! read inline by compiled code.
//!
//! A table of capacity `cap` (a power of two, or 0 before the first insert)
//! is three heap objects:
//! * `keys`: `[cap]K`, allocated with the key's descriptor (precise GC);
//! * `vals`: `[cap]V`, allocated with the value's descriptor;
//! * `meta`: `[cap]u64` entry hashes followed by `[2*cap]u64` index slots,
//!   noscan.
//!
//! Entries are appended in order to `keys`/`vals`; `meta[e]` holds the
//! entry's hash (always odd) while it is live and 0 once deleted. The index
//! is an open-addressing (linear probing) table: a slot is 0 when empty,
//! else `(hash & !0xffff_ffff) | (e + 1)`. Deleted entries keep their index
//! slot (a tombstone) until the next rebuild.
//!
//! # Invariants
//!
//! * (M1) `count <= used <= cap` and `used < 2 * cap` index slots are taken,
//!   so a probe always reaches an empty slot.
//! * (M2) A rebuild (growth, compaction, `clear`) allocates fresh arrays and
//!   never writes the old ones again, and bumps `gen`. An iterator that sees
//!   a different `gen` therefore walks an immutable snapshot and looks each
//!   key up in the current table (gc's approach to growth during iteration):
//!   deleted entries are not produced, values are current, and no live
//!   entry is produced twice. `clear` also bumps `clears`, which ends every
//!   running iteration.
//! * (M3) Hashing and equality follow the key's descriptor: regular-memory
//!   types hash their bytes; floats hash `+0 == -0` alike and NaN randomly
//!   (NaN != NaN, so NaN keys are never found); strings hash their bytes;
//!   interfaces hash the dynamic type's value and panic with
//!   `hash of unhashable type T` when it is not comparable; arrays and
//!   structs (through `StructTypeDesc` field tables) hash element-wise.
//!
//! Every map has its own random seed and every iteration starts at a
//! random entry, so iteration order differs between runs as in gc.

use crate::alloc;
use crate::hash::hash_bytes;
use crate::panic;
use crate::types::{
    kind, Eface, FieldDesc, GoString, Iface, StructTypeDesc, TypeDesc, FLAG_COMPARABLE,
    FLAG_DIRECT_IFACE, FLAG_HAS_FIELDS, FLAG_REGULAR_MEMORY,
};
use core::ptr;
use core::sync::atomic::{AtomicU64, Ordering};

/// A map header (72 bytes; see the module doc).
#[repr(C)]
pub struct Hmap {
    /// Live entries: `len(m)`. Offset 0, read inline by compiled code.
    pub count: usize,
    /// Entry slots used (live and deleted).
    pub used: usize,
    /// Entry capacity of the table (power of two), or 0.
    pub cap: usize,
    /// This map's hash seed.
    pub seed: u64,
    /// Bumped by every rebuild and `clear` (M2).
    pub gen: u64,
    /// Bumped by every `clear`.
    pub clears: u64,
    /// `[cap]K`, or null before the first insert.
    pub keys: *mut u8,
    /// `[cap]V`.
    pub vals: *mut u8,
    /// `[cap]u64` hashes then `[2*cap]u64` index slots.
    pub meta: *mut u64,
}

/// Size of [`Hmap`] in bytes.
pub const HMAP_BYTES: usize = 72;

/// A map iterator, in the frame of the function running the `range` loop
/// (96 bytes). `key` and `val` point at the current entry; `key` is null
/// once the iteration is over.
#[repr(C)]
pub struct Hiter {
    /// The current key, or null when done. Offset 0.
    pub key: *mut u8,
    /// The current value. Offset 8.
    pub val: *mut u8,
    t: *const TypeDesc,
    m: *mut Hmap,
    keys: *mut u8,
    vals: *mut u8,
    meta: *mut u64,
    cap: usize,
    gen: u64,
    clears: u64,
    start: usize,
    i: usize,
}

/// Size of [`Hiter`] in bytes.
pub const HITER_BYTES: usize = 96;

/// The smallest table.
const MIN_CAP: usize = 8;

/// The header's pointer words (keys, vals, meta: words 6, 7, 8).
static HMAP_GCDATA: [u8; 2] = [0b1100_0000, 0b0000_0001];

/// A descriptor in a `static` (raw pointers are not `Sync` by themselves).
struct StaticDesc(TypeDesc);

// SAFETY: the descriptor is immutable and points only at static data.
unsafe impl Sync for StaticDesc {}

/// The descriptor heap-allocated headers are allocated with.
static HMAP_TYPE: StaticDesc = StaticDesc(TypeDesc {
    size: HMAP_BYTES,
    ptrdata: HMAP_BYTES,
    hash: 0,
    kind: kind::STRUCT,
    align: 8,
    flags: 0,
    _pad: 0,
    gcdata: HMAP_GCDATA.as_ptr(),
    name: GoString::from_static("runtime.hmap"),
    elem: ptr::null(),
    key: ptr::null(),
    len: 0,
    equal: None,
    methods: ptr::null(),
    nmethods: 0,
});

static RAND: AtomicU64 = AtomicU64::new(0);

/// A fast random number (wyrand over a process-wide state).
pub fn rand() -> u64 {
    let mut s = RAND.load(Ordering::Relaxed);
    if s == 0 {
        s = crate::sys::random_u64() | 1;
    }
    s = s.wrapping_add(0xa076_1d64_78bd_642f);
    RAND.store(s, Ordering::Relaxed);
    let r = (s as u128).wrapping_mul((s ^ 0xe703_7ed1_a0b4_28db) as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

// ---------------------------------------------------------------------------
// Hashing and equality by type descriptor
// ---------------------------------------------------------------------------

/// The fields of a struct descriptor that carries them.
///
/// # Safety
/// `t` must be a valid struct descriptor.
unsafe fn fields(t: &TypeDesc) -> Option<&[FieldDesc]> {
    if t.flags & FLAG_HAS_FIELDS == 0 {
        return None;
    }
    // SAFETY: FLAG_HAS_FIELDS promises a `StructTypeDesc`.
    let s = unsafe { &*(t as *const TypeDesc as *const StructTypeDesc) };
    if s.fields.is_null() || s.nfields == 0 {
        return Some(&[]);
    }
    // SAFETY: the compiler emits `nfields` consecutive records.
    Some(unsafe { core::slice::from_raw_parts(s.fields, s.nfields) })
}

fn is_blank(f: &FieldDesc) -> bool {
    // SAFETY: field names are static string data.
    let name = unsafe { f.name.as_bytes() };
    name == b"_"
}

/// Panics with gc's `hash of unhashable type T`.
fn unhashable(t: &TypeDesc) -> ! {
    let mut msg = [0u8; 256];
    let prefix = b"hash of unhashable type ";
    let name = t.name_bytes();
    let n = prefix.len() + name.len().min(msg.len() - prefix.len());
    msg[..prefix.len()].copy_from_slice(prefix);
    msg[prefix.len()..n].copy_from_slice(&name[..n - prefix.len()]);
    panic::panic_runtime_error(&msg[..n])
}

/// The bytes of a value of `size` bytes at `p`.
///
/// # Safety
/// `p` must address `size` readable bytes.
unsafe fn mem<'a>(p: *const u8, size: usize) -> &'a [u8] {
    if size == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { core::slice::from_raw_parts(p, size) }
    }
}

fn f64hash(f: f64, h: u64) -> u64 {
    if f == 0.0 {
        hash_bytes(&0u64.to_le_bytes(), h)
    } else if f.is_nan() {
        hash_bytes(&rand().to_le_bytes(), h)
    } else {
        hash_bytes(&f.to_bits().to_le_bytes(), h)
    }
}

fn f32hash(f: f32, h: u64) -> u64 {
    if f == 0.0 {
        hash_bytes(&0u32.to_le_bytes(), h)
    } else if f.is_nan() {
        hash_bytes(&rand().to_le_bytes(), h)
    } else {
        hash_bytes(&f.to_bits().to_le_bytes(), h)
    }
}

/// Hashes an interface's dynamic value (`typ` null means a nil interface).
///
/// # Safety
/// `typ` must be null or valid, and `data` its interface data word.
unsafe fn iface_value_hash(typ: *const TypeDesc, data: *mut u8, h: u64) -> u64 {
    if typ.is_null() {
        return h;
    }
    // SAFETY: non-null descriptors are valid.
    let t = unsafe { &*typ };
    if t.flags & FLAG_COMPARABLE == 0 {
        unhashable(t);
    }
    let h = h ^ (t.hash as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        // SAFETY: the value is the data word itself.
        unsafe { typehash(t, &data as *const *mut u8 as *const u8, h) }
    } else {
        // SAFETY: the data word points at the boxed value.
        unsafe { typehash(t, data, h) }
    }
}

/// Hashes the value of type `t` at `p` with seed `h` (gc's `typehash`).
///
/// # Safety
/// `t` must be valid and `p` must address a value of type `t`.
pub unsafe fn typehash(t: &TypeDesc, p: *const u8, h: u64) -> u64 {
    if t.flags & FLAG_REGULAR_MEMORY != 0 {
        // SAFETY: `p` addresses `size` bytes.
        return hash_bytes(unsafe { mem(p, t.size) }, h);
    }
    // SAFETY (all arms): `p` addresses a value of the descriptor's kind.
    unsafe {
        match t.kind {
            kind::FLOAT32 => f32hash(*(p as *const f32), h),
            kind::FLOAT64 => f64hash(*(p as *const f64), h),
            kind::COMPLEX64 => f32hash(*(p as *const f32).add(1), f32hash(*(p as *const f32), h)),
            kind::COMPLEX128 => f64hash(*(p as *const f64).add(1), f64hash(*(p as *const f64), h)),
            kind::STRING => hash_bytes((*(p as *const GoString)).as_bytes(), h),
            kind::INTERFACE => {
                if t.nmethods == 0 {
                    let e = &*(p as *const Eface);
                    iface_value_hash(e.typ, e.data, h)
                } else {
                    let i = &*(p as *const Iface);
                    let typ = if i.itab.is_null() {
                        ptr::null()
                    } else {
                        (*i.itab).typ
                    };
                    iface_value_hash(typ, i.data, h)
                }
            }
            kind::ARRAY => {
                let e = &*t.elem;
                let mut h = h;
                for i in 0..t.len {
                    h = typehash(e, p.add(i * e.size), h);
                }
                h
            }
            kind::STRUCT => match fields(t) {
                Some(fs) => {
                    let mut h = h;
                    for f in fs {
                        if !is_blank(f) {
                            h = typehash(&*f.typ, p.add(f.offset), h);
                        }
                    }
                    h
                }
                None if t.flags & FLAG_COMPARABLE != 0 => hash_bytes(mem(p, t.size), h),
                None => unhashable(t),
            },
            _ if t.flags & FLAG_COMPARABLE != 0 => hash_bytes(mem(p, t.size), h),
            _ => unhashable(t),
        }
    }
}

/// Panics with gc's `comparing uncomparable type T`.
fn uncomparable(t: &TypeDesc) -> ! {
    let mut msg = [0u8; 256];
    let prefix = b"comparing uncomparable type ";
    let name = t.name_bytes();
    let n = prefix.len() + name.len().min(msg.len() - prefix.len());
    msg[..prefix.len()].copy_from_slice(prefix);
    msg[prefix.len()..n].copy_from_slice(&name[..n - prefix.len()]);
    panic::panic_runtime_error(&msg[..n])
}

/// Compares two interface values' dynamic parts (same `typ` already known).
///
/// # Safety
/// `typ` must be null or valid; `x`, `y` its data words.
unsafe fn iface_value_equal(typ: *const TypeDesc, x: *mut u8, y: *mut u8) -> bool {
    if typ.is_null() {
        return true;
    }
    // SAFETY: non-null descriptors are valid.
    let t = unsafe { &*typ };
    if t.flags & FLAG_DIRECT_IFACE != 0 {
        return x == y;
    }
    if t.flags & FLAG_COMPARABLE == 0 {
        uncomparable(t);
    }
    // SAFETY: both words point at boxed values of type `t`.
    unsafe { typeequal(t, x, y) }
}

/// Reports whether the values of type `t` at `a` and `b` are equal (`==`).
///
/// # Safety
/// `t` must be valid and `a`, `b` must address values of type `t`.
pub unsafe fn typeequal(t: &TypeDesc, a: *const u8, b: *const u8) -> bool {
    // SAFETY (all arms): `a` and `b` address values of the descriptor's kind.
    unsafe {
        if t.flags & FLAG_REGULAR_MEMORY != 0 {
            return mem(a, t.size) == mem(b, t.size);
        }
        match t.kind {
            kind::FLOAT32 => *(a as *const f32) == *(b as *const f32),
            kind::FLOAT64 => *(a as *const f64) == *(b as *const f64),
            kind::COMPLEX64 => {
                *(a as *const f32) == *(b as *const f32)
                    && *(a as *const f32).add(1) == *(b as *const f32).add(1)
            }
            kind::COMPLEX128 => {
                *(a as *const f64) == *(b as *const f64)
                    && *(a as *const f64).add(1) == *(b as *const f64).add(1)
            }
            kind::STRING => {
                (*(a as *const GoString)).as_bytes() == (*(b as *const GoString)).as_bytes()
            }
            kind::INTERFACE => {
                if t.nmethods == 0 {
                    let (x, y) = (&*(a as *const Eface), &*(b as *const Eface));
                    x.typ == y.typ && iface_value_equal(x.typ, x.data, y.data)
                } else {
                    let (x, y) = (&*(a as *const Iface), &*(b as *const Iface));
                    if x.itab.is_null() || y.itab.is_null() {
                        return x.itab == y.itab;
                    }
                    let (tx, ty) = ((*x.itab).typ, (*y.itab).typ);
                    tx == ty && iface_value_equal(tx, x.data, y.data)
                }
            }
            _ => match t.equal {
                Some(eq) => eq(a, b),
                None if t.flags & FLAG_COMPARABLE != 0 => mem(a, t.size) == mem(b, t.size),
                None => uncomparable(t),
            },
        }
    }
}

/// gc's `mapKeyError`: on nil or empty maps, where nothing is hashed, a key
/// whose dynamic type (inside an interface, possibly nested in arrays and
/// structs) cannot be hashed still panics, with gc's
/// `hash of unhashable type: T` (an `unhashableTypeError`, printed without
/// the `runtime error: ` prefix of the hashing path).
///
/// # Safety
/// `t` must be valid and `p` must address a value of type `t`.
unsafe fn key_check(t: &TypeDesc, p: *const u8) {
    if t.flags & FLAG_REGULAR_MEMORY != 0 {
        return;
    }
    // SAFETY (all arms): `p` addresses a value of the descriptor's kind.
    unsafe {
        match t.kind {
            kind::INTERFACE => {
                let (typ, data) = if t.nmethods == 0 {
                    let e = &*(p as *const Eface);
                    (e.typ, e.data)
                } else {
                    let i = &*(p as *const Iface);
                    if i.itab.is_null() {
                        (ptr::null(), i.data)
                    } else {
                        ((*i.itab).typ, i.data)
                    }
                };
                if typ.is_null() {
                    return;
                }
                let dt = &*typ;
                if dt.flags & FLAG_COMPARABLE == 0 {
                    let mut msg = [0u8; 256];
                    let prefix = b"hash of unhashable type: ";
                    let name = dt.name_bytes();
                    let n = prefix.len() + name.len().min(msg.len() - prefix.len());
                    msg[..prefix.len()].copy_from_slice(prefix);
                    msg[prefix.len()..n].copy_from_slice(&name[..n - prefix.len()]);
                    panic::panic_plain(&msg[..n]);
                }
                if dt.flags & FLAG_DIRECT_IFACE != 0 {
                    key_check(dt, &data as *const *mut u8 as *const u8);
                } else {
                    key_check(dt, data);
                }
            }
            kind::ARRAY => {
                let e = &*t.elem;
                for i in 0..t.len {
                    key_check(e, p.add(i * e.size));
                }
            }
            kind::STRUCT => {
                if let Some(fs) = fields(t) {
                    for f in fs {
                        if !is_blank(f) {
                            key_check(&*f.typ, p.add(f.offset));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

/// The key and value descriptors of a map type.
///
/// # Safety
/// `t` must be a valid map descriptor.
unsafe fn kv<'a>(t: *const TypeDesc) -> (&'a TypeDesc, &'a TypeDesc) {
    // SAFETY: map descriptors carry non-null `key` and `elem`.
    unsafe { (&*(*t).key, &*(*t).elem) }
}

/// The hash of `key` in `m` (always odd, so never 0).
///
/// # Safety
/// `kt` valid, `key` addresses a key.
unsafe fn key_hash(m: &Hmap, kt: &TypeDesc, key: *const u8) -> u64 {
    // SAFETY: forwarded.
    unsafe { typehash(kt, key, m.seed) | 1 }
}

/// Finds the live entry for `key` (with hash `h`).
///
/// # Safety
/// `m` must be a valid map of a type whose key is `kt`.
unsafe fn find(m: &Hmap, kt: &TypeDesc, key: *const u8, h: u64) -> Option<usize> {
    if m.count == 0 {
        return None;
    }
    let mask = 2 * m.cap - 1;
    let mut i = (h >> 1) as usize & mask;
    loop {
        // SAFETY: the index has `2 * cap` slots after `cap` hashes.
        let s = unsafe { *m.meta.add(m.cap + i) };
        if s == 0 {
            return None;
        }
        if s >> 32 == h >> 32 {
            let e = (s & 0xffff_ffff) as usize - 1;
            // SAFETY: index slots name entries below `used`.
            unsafe {
                if *m.meta.add(e) == h && typeequal(kt, key, m.keys.add(e * kt.size)) {
                    return Some(e);
                }
            }
        }
        i = (i + 1) & mask;
    }
}

/// Records entry `e` with hash `h` in the index.
///
/// # Safety
/// `meta` must be a table of capacity `cap` with a free index slot.
unsafe fn index_insert(meta: *mut u64, cap: usize, e: usize, h: u64) {
    let mask = 2 * cap - 1;
    let mut i = (h >> 1) as usize & mask;
    // SAFETY: (M1) guarantees an empty slot.
    unsafe {
        while *meta.add(cap + i) != 0 {
            i = (i + 1) & mask;
        }
        *meta.add(cap + i) = (h & !0xffff_ffff) | (e as u64 + 1);
    }
}

/// The write barrier (`gc/mod.rs`) before `m.keys`, `m.vals` and `m.meta`
/// are overwritten: shades the arrays they point to.
fn wb_arrays(m: &Hmap) {
    crate::gc::wb_range(&m.keys as *const *mut u8 as *const u8, 24);
}

/// Allocates the three arrays of a table of capacity `cap`.
fn alloc_table(kt: &TypeDesc, vt: &TypeDesc, cap: usize) -> (*mut u8, *mut u8, *mut u64) {
    let kty = (kt.ptrdata != 0).then_some(kt);
    let vty = (vt.ptrdata != 0).then_some(vt);
    let keys = alloc::mallocgc(kt.size * cap, kty, true);
    let vals = alloc::mallocgc(vt.size * cap, vty, true);
    let meta = alloc::mallocgc(3 * 8 * cap, None, true) as *mut u64;
    (keys, vals, meta)
}

/// Rebuilds `m` into fresh arrays of capacity `cap`, keeping live entries
/// in order (M2).
///
/// # Safety
/// `m` must be a valid map whose types are `kt`, `vt`; `cap >= m.count`.
unsafe fn rebuild(m: &mut Hmap, kt: &TypeDesc, vt: &TypeDesc, cap: usize) {
    let (keys, vals, meta) = alloc_table(kt, vt, cap);
    let mut j = 0;
    for e in 0..m.used {
        // SAFETY: `e < used <= cap` of the old table; `j < count <= cap`.
        unsafe {
            let h = *m.meta.add(e);
            if h == 0 {
                continue;
            }
            ptr::copy_nonoverlapping(m.keys.add(e * kt.size), keys.add(j * kt.size), kt.size);
            ptr::copy_nonoverlapping(m.vals.add(e * vt.size), vals.add(j * vt.size), vt.size);
            *meta.add(j) = h;
            index_insert(meta, cap, j, h);
        }
        j += 1;
    }
    // The new arrays are new (black while marking): only the pointers to
    // the old ones are overwritten.
    wb_arrays(m);
    m.keys = keys;
    m.vals = vals;
    m.meta = meta;
    m.cap = cap;
    m.used = j;
    m.count = j;
    m.gen += 1;
}

/// Makes room for one more entry.
///
/// # Safety
/// As `rebuild`.
unsafe fn make_room(m: &mut Hmap, kt: &TypeDesc, vt: &TypeDesc) {
    if m.keys.is_null() {
        let cap = m.cap.max(MIN_CAP);
        let (keys, vals, meta) = alloc_table(kt, vt, cap);
        m.keys = keys;
        m.vals = vals;
        m.meta = meta;
        m.cap = cap;
        m.used = 0;
        m.gen += 1;
    } else if m.used == m.cap {
        // Grow when at least half the entries are live, else compact.
        let cap = if m.count >= m.cap / 2 {
            m.cap * 2
        } else {
            m.cap
        };
        // SAFETY: forwarded.
        unsafe { rebuild(m, kt, vt, cap) };
    }
}

/// The capacity for a size hint: a power of two holding `hint` entries.
fn cap_for_hint(hint: usize) -> usize {
    if hint <= MIN_CAP {
        0
    } else {
        hint.next_power_of_two()
    }
}

/// `make(map[K]V, hint)` and map literals: initialises the header at `h`
/// (stack memory the compiler provides) or allocates one when `h` is null.
///
/// # Safety
/// `t` must be a map descriptor; `h` null or `HMAP_BYTES` writable bytes.
pub unsafe fn makemap(t: *const TypeDesc, hint: i64, h: *mut Hmap) -> *mut Hmap {
    let _ = t;
    // A negative hint at run time means no hint, as in gc.
    let hint = hint.max(0);
    let h = if h.is_null() {
        alloc::mallocgc(HMAP_BYTES, Some(&HMAP_TYPE.0), true) as *mut Hmap
    } else {
        h
    };
    // SAFETY: `h` addresses a header's worth of writable memory.
    unsafe {
        h.write(Hmap {
            count: 0,
            used: 0,
            cap: cap_for_hint(hint as usize),
            seed: rand(),
            gen: 0,
            clears: 0,
            keys: ptr::null_mut(),
            vals: ptr::null_mut(),
            meta: ptr::null_mut(),
        });
    }
    h
}

/// `m[key]`: the value's address, or null when the key is missing.
///
/// # Safety
/// `t` map descriptor, `m` null or a map of type `t`, `key` a key of it.
pub unsafe fn mapaccess(t: *const TypeDesc, m: *mut Hmap, key: *const u8) -> *mut u8 {
    // SAFETY: caller contract.
    unsafe {
        let (kt, vt) = kv(t);
        if m.is_null() || (*m).count == 0 {
            key_check(kt, key);
            return ptr::null_mut();
        }
        let m = &*m;
        let h = key_hash(m, kt, key);
        match find(m, kt, key, h) {
            Some(e) => m.vals.add(e * vt.size),
            None => ptr::null_mut(),
        }
    }
}

/// `m[key] = …`: the address of the (new or existing) value to store to.
///
/// # Safety
/// As `mapaccess`.
pub unsafe fn mapassign(t: *const TypeDesc, m: *mut Hmap, key: *const u8) -> *mut u8 {
    if m.is_null() {
        panic::panic_plain(b"assignment to entry in nil map");
    }
    // SAFETY: caller contract.
    unsafe {
        let (kt, vt) = kv(t);
        let m = &mut *m;
        let h = key_hash(m, kt, key);
        if let Some(e) = find(m, kt, key, h) {
            // gc updates the key too (+0 replaced by -0, a fresh string).
            crate::gc::wb_range(m.keys.add(e * kt.size), kt.size);
            ptr::copy(key, m.keys.add(e * kt.size), kt.size);
            return m.vals.add(e * vt.size);
        }
        make_room(m, kt, vt);
        let e = m.used;
        m.used += 1;
        m.count += 1;
        // The slot may hold a deleted entry's key.
        crate::gc::wb_range(m.keys.add(e * kt.size), kt.size);
        ptr::copy_nonoverlapping(key, m.keys.add(e * kt.size), kt.size);
        *m.meta.add(e) = h;
        index_insert(m.meta, m.cap, e, h);
        m.vals.add(e * vt.size)
    }
}

/// `delete(m, key)`.
///
/// # Safety
/// As `mapaccess`.
pub unsafe fn mapdelete(t: *const TypeDesc, m: *mut Hmap, key: *const u8) {
    // SAFETY: caller contract.
    unsafe {
        let (kt, vt) = kv(t);
        if m.is_null() || (*m).count == 0 {
            key_check(kt, key);
            return;
        }
        let m = &mut *m;
        let h = key_hash(m, kt, key);
        if let Some(e) = find(m, kt, key, h) {
            *m.meta.add(e) = 0;
            crate::gc::wb_range(m.keys.add(e * kt.size), kt.size);
            crate::gc::wb_range(m.vals.add(e * vt.size), vt.size);
            ptr::write_bytes(m.keys.add(e * kt.size), 0, kt.size);
            ptr::write_bytes(m.vals.add(e * vt.size), 0, vt.size);
            m.count -= 1;
        }
    }
}

/// `clear(m)`: drops every entry, keeps the capacity, ends iterations.
///
/// # Safety
/// `m` null or a valid map.
pub unsafe fn mapclear(m: *mut Hmap) {
    if m.is_null() {
        return;
    }
    // SAFETY: caller contract.
    let m = unsafe { &mut *m };
    m.count = 0;
    m.used = 0;
    wb_arrays(m);
    m.keys = ptr::null_mut();
    m.vals = ptr::null_mut();
    m.meta = ptr::null_mut();
    m.gen += 1;
    m.clears += 1;
    m.seed = rand();
}

/// Starts iterating `m` into the iterator memory at `it` (the first entry
/// is not produced yet: call `mapiternext`).
///
/// # Safety
/// `t` map descriptor, `m` null or a map of type `t`, `it` `HITER_BYTES`
/// writable bytes.
pub unsafe fn mapiterinit(t: *const TypeDesc, m: *mut Hmap, it: *mut Hiter) {
    let (keys, vals, meta, cap, gen, clears) = if m.is_null() {
        (ptr::null_mut(), ptr::null_mut(), ptr::null_mut(), 0, 0, 0)
    } else {
        // SAFETY: caller contract.
        let h = unsafe { &*m };
        let cap = if h.keys.is_null() { 0 } else { h.cap };
        (h.keys, h.vals, h.meta, cap, h.gen, h.clears)
    };
    let start = if cap == 0 {
        0
    } else {
        rand() as usize & (cap - 1)
    };
    // SAFETY: `it` addresses an iterator's worth of memory.
    unsafe {
        it.write(Hiter {
            key: ptr::null_mut(),
            val: ptr::null_mut(),
            t,
            m,
            keys,
            vals,
            meta,
            cap,
            gen,
            clears,
            start,
            i: 0,
        });
    }
}

/// Advances the iterator; returns false (and sets `key` to null) at the end.
///
/// # Safety
/// `it` must have been set up by `mapiterinit`.
pub unsafe fn mapiternext(it: *mut Hiter) -> bool {
    // SAFETY: caller contract; the snapshot arrays stay alive through the
    // iterator's pointers (M2).
    unsafe {
        let it = &mut *it;
        let (kt, vt) = kv(it.t);
        while it.i < it.cap {
            let m = &*it.m;
            if m.clears != it.clears {
                break;
            }
            let pos = (it.start + it.i) & (it.cap - 1);
            it.i += 1;
            if *it.meta.add(pos) == 0 {
                continue;
            }
            let k = it.keys.add(pos * kt.size);
            if m.gen == it.gen {
                it.key = k;
                it.val = it.vals.add(pos * vt.size);
                return true;
            }
            if !typeequal(kt, k, k) {
                // A NaN key cannot be looked up (or deleted, except by
                // `clear`): produce the snapshot's entry.
                it.key = k;
                it.val = it.vals.add(pos * vt.size);
                return true;
            }
            let h = key_hash(m, kt, k);
            if let Some(e) = find(m, kt, k, h) {
                it.key = m.keys.add(e * kt.size);
                it.val = m.vals.add(e * vt.size);
                return true;
            }
        }
        it.key = ptr::null_mut();
        it.val = ptr::null_mut();
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn layouts() {
        assert_eq!(size_of::<Hmap>(), HMAP_BYTES);
        assert_eq!(offset_of!(Hmap, count), 0);
        assert_eq!(offset_of!(Hmap, keys), 48);
        assert_eq!(offset_of!(Hmap, meta), 64);
        assert_eq!(size_of::<Hiter>(), HITER_BYTES);
        assert_eq!(offset_of!(Hiter, key), 0);
        assert_eq!(offset_of!(Hiter, val), 8);
    }

    fn int_desc() -> TypeDesc {
        TypeDesc {
            size: 8,
            ptrdata: 0,
            hash: 1,
            kind: kind::INT,
            align: 8,
            flags: FLAG_COMPARABLE | FLAG_REGULAR_MEMORY,
            _pad: 0,
            gcdata: ptr::null(),
            name: GoString::from_static("int"),
            elem: ptr::null(),
            key: ptr::null(),
            len: 0,
            equal: None,
            methods: ptr::null(),
            nmethods: 0,
        }
    }

    #[test]
    fn floats_hash_zero_alike() {
        let mut t = int_desc();
        t.kind = kind::FLOAT64;
        t.flags = FLAG_COMPARABLE;
        let (a, b) = (0.0f64, -0.0f64);
        // SAFETY: both point at float64 values.
        unsafe {
            assert_eq!(
                typehash(&t, &a as *const f64 as *const u8, 7),
                typehash(&t, &b as *const f64 as *const u8, 7)
            );
            assert!(typeequal(
                &t,
                &a as *const f64 as *const u8,
                &b as *const f64 as *const u8
            ));
            let n = f64::NAN;
            let np = &n as *const f64 as *const u8;
            assert!(!typeequal(&t, np, np));
        }
    }
}
