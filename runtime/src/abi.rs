//! Every `#[no_mangle] extern "C"` entry point the compiler calls, in one
//! place, grouped by area.
//!
//! These are thin shims: they convert raw ABI arguments (System V, strings as
//! two words, larger results through an out-pointer first argument) into
//! Rust types and call the implementing module. The authoritative list with
//! signatures is in `lib.rs`; `compiler/src/codegen/rt.rs` mirrors it. None of
//! these functions unwinds: a Rust panic inside an `extern "C"` function
//! aborts the process.

use crate::types::{Eface, GoSlice, GoString, Itab, TypeDesc};
use crate::{alloc, defer, file, hash, map, panic, print, reflect, slice, strconv, string, sys};

/// Builds a byte slice from a raw (ptr, len) pair, tolerating null/empty.
///
/// # Safety
/// When `len > 0`, `p` must address `len` readable bytes for `'a`.
unsafe fn bytes<'a>(p: *const u8, len: isize) -> &'a [u8] {
    if len <= 0 || p.is_null() {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { core::slice::from_raw_parts(p, len as usize) }
    }
}

// ---------------------------------------------------------------------------
// print / println builtins (stderr, gc's formats)
// ---------------------------------------------------------------------------

/// `print(int)`.
#[no_mangle]
pub extern "C" fn rt_printint(v: i64) {
    print::print_int(v);
}

/// `print(uint)`.
#[no_mangle]
pub extern "C" fn rt_printuint(v: u64) {
    print::print_uint(v);
}

/// `print(bool)`.
#[no_mangle]
pub extern "C" fn rt_printbool(v: bool) {
    print::print_bool(v);
}

/// `print(float64)`.
#[no_mangle]
pub extern "C" fn rt_printfloat(v: f64) {
    print::print_float(v);
}

/// `print(float32)` (shortest float32 digits, as gc).
#[no_mangle]
pub extern "C" fn rt_printfloat32(v: f32) {
    print::print_float32(v);
}

/// `print(complex128)`.
#[no_mangle]
pub extern "C" fn rt_printcomplex(re: f64, im: f64) {
    print::print_complex(re, im, false);
}

/// The two parts of a `complex128` result, returned in `xmm0`/`xmm1`.
#[repr(C)]
pub struct Complex128 {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// `n / m` on `complex128` (gc's `complex128div`: Smith's algorithm, then
/// C99 G.5.1's corrections to infinities and zeros when both parts are NaN;
/// `complex64` division widens to this). Dividing by zero does not panic.
#[no_mangle]
pub extern "C" fn rt_complex128div(a: f64, b: f64, c: f64, d: f64) -> Complex128 {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        // A signed 1 for an infinity, a signed 0 otherwise.
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

/// `print(complex64)`.
#[no_mangle]
pub extern "C" fn rt_printcomplex64(re: f32, im: f32) {
    print::print_complex(re as f64, im as f64, true);
}

/// `print(string)`.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_printstring(p: *const u8, len: isize) {
    // SAFETY: forwarded caller contract.
    print::write_err(unsafe { bytes(p, len) });
}

/// `print(pointer)` as `0x…`.
#[no_mangle]
pub extern "C" fn rt_printpointer(p: *const u8) {
    print::print_hex(p as u64);
}

/// `0x…` hex of an integer (gc's `printhex`).
#[no_mangle]
pub extern "C" fn rt_printhex(v: u64) {
    print::print_hex(v);
}

/// `print(any)` as `(0xtype,0xdata)`.
#[no_mangle]
pub extern "C" fn rt_printeface(typ: *const TypeDesc, data: *mut u8) {
    print::print_pair(typ as u64, data as u64);
}

/// `print(iface)` as `(0xitab,0xdata)`.
#[no_mangle]
pub extern "C" fn rt_printiface(itab: *const Itab, data: *mut u8) {
    print::print_pair(itab as u64, data as u64);
}

/// `print(slice)` as `[len/cap]0xptr`.
#[no_mangle]
pub extern "C" fn rt_printslice(p: *const u8, len: isize, cap: isize) {
    print::print_slice(p as u64, len as i64, cap as i64);
}

/// The space `println` puts between operands.
#[no_mangle]
pub extern "C" fn rt_printsp() {
    print::write_err(b" ");
}

/// The newline ending `println`.
#[no_mangle]
pub extern "C" fn rt_printnl() {
    print::write_err(b"\n");
}

// ---------------------------------------------------------------------------
// I/O and process
// ---------------------------------------------------------------------------

/// `write(fd, p, len)`, retrying partial writes; bytes written or `-errno`.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_write(fd: i64, p: *const u8, len: isize) -> i64 {
    // SAFETY: forwarded caller contract.
    sys::write_all(fd as i32, unsafe { bytes(p, len) })
}

/// gc's `throw` for the standard library (`sync`'s fatal errors):
/// `fatal error: <msg>`, the traceback, exit status 2.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_throw(p: *const u8, len: isize) -> ! {
    // SAFETY: forwarded caller contract.
    let msg = unsafe { bytes(p, len) };
    crate::panic::fatal(core::str::from_utf8(msg).unwrap_or("(invalid UTF-8)"))
}

/// `os.Exit(code)`: exits at once, running nothing.
#[no_mangle]
pub extern "C" fn rt_exit(code: i64) -> ! {
    sys::exit(code as i32)
}

/// `len(os.Args)`.
#[no_mangle]
pub extern "C" fn rt_argc() -> i64 {
    sys::argc()
}

/// `os.Args[i]`, pointing into the process's argv (no copy).
#[no_mangle]
pub extern "C" fn rt_argv(i: i64) -> GoString {
    sys::argv(i)
}

/// `os.Getenv(name)`: the value, or "" when unset.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_getenv(p: *const u8, len: isize) -> GoString {
    // SAFETY: forwarded caller contract.
    sys::lookup_env(unsafe { bytes(p, len) }).unwrap_or(GoString::EMPTY)
}

/// `os.LookupEnv(name)`: stores the value in `*out` and reports presence.
///
/// # Safety
/// `out` must be writable; `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_lookupenv(out: *mut GoString, p: *const u8, len: isize) -> bool {
    // SAFETY: forwarded caller contract.
    let r = sys::lookup_env(unsafe { bytes(p, len) });
    // SAFETY: `out` is writable per the contract.
    unsafe { *out = r.unwrap_or(GoString::EMPTY) };
    r.is_some()
}

/// Monotonic clock in nanoseconds.
#[no_mangle]
pub extern "C" fn rt_nanotime() -> i64 {
    sys::nanotime()
}

/// Wall clock: seconds and nanoseconds since the Unix epoch.
///
/// # Safety
/// Both pointers must be writable.
#[no_mangle]
pub unsafe extern "C" fn rt_walltime(out_sec: *mut i64, out_nsec: *mut i32) {
    let (s, n) = sys::walltime();
    // SAFETY: writable per the contract.
    unsafe {
        *out_sec = s;
        *out_nsec = n;
    }
}

// ---------------------------------------------------------------------------
// Allocation and slices
// ---------------------------------------------------------------------------

/// Allocates `size` bytes for an object of type `typ` (null: no pointers).
///
/// # Safety
/// A non-null `typ` must be a valid descriptor.
#[no_mangle]
pub unsafe extern "C" fn rt_mallocgc(size: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8 {
    // SAFETY: valid-or-null descriptor per the contract.
    alloc::mallocgc(size, unsafe { typ.as_ref() }, needzero)
}

/// `new(T)`: a zeroed object of type `typ`.
///
/// # Safety
/// `typ` must be a valid descriptor.
#[no_mangle]
pub unsafe extern "C" fn rt_newobject(typ: *const TypeDesc) -> *mut u8 {
    // SAFETY: valid descriptor per the contract.
    let t = unsafe { &*typ };
    alloc::mallocgc(t.size, Some(t), true)
}

/// The write barrier's slow path: compiled code calls it *before*
/// overwriting memory that may hold pointers in `[dst, dst+len)`, when
/// `rgo_gc_marking` is non-zero; it shades the pointers about to be
/// overwritten (contract: "Snapshot at the beginning" in `gc/mod.rs`).
#[no_mangle]
pub extern "C" fn rt_gcwb(dst: *const u8, len: usize) {
    crate::gc::wb_range(dst, len);
}

/// `make([]T, len, cap)` into `*out`.
///
/// # Safety
/// `out` must be writable; `elem` a valid descriptor.
#[no_mangle]
pub unsafe extern "C" fn rt_makeslice(
    out: *mut GoSlice,
    elem: *const TypeDesc,
    len: isize,
    cap: isize,
) {
    // SAFETY: valid descriptor per the contract.
    let p = slice::makeslice(unsafe { &*elem }, len, cap);
    // SAFETY: writable per the contract.
    unsafe { *out = GoSlice { ptr: p, len, cap } };
}

/// `append`'s grow path (gc's `growslice`) into `*out`.
///
/// # Safety
/// `out` writable; `elem` valid; `oldptr` addresses `newlen - num` elements.
#[no_mangle]
pub unsafe extern "C" fn rt_growslice(
    out: *mut GoSlice,
    oldptr: *mut u8,
    newlen: isize,
    oldcap: isize,
    num: isize,
    elem: *const TypeDesc,
) {
    // SAFETY: forwarded caller contract.
    let s = unsafe { slice::growslice(oldptr, newlen, oldcap, num, &*elem) };
    // SAFETY: writable per the contract.
    unsafe { *out = s };
}

/// `append`'s grow path with a stack buffer (gc's `growsliceBuf`) into `*out`.
///
/// # Safety
/// As `rt_growslice`; `buf` addresses `buflen` elements in the caller's frame.
#[no_mangle]
pub unsafe extern "C" fn rt_growslice_buf(
    out: *mut GoSlice,
    oldptr: *mut u8,
    newlen: isize,
    oldcap: isize,
    num: isize,
    elem: *const TypeDesc,
    buf: *mut u8,
    buflen: isize,
) {
    // SAFETY: forwarded caller contract.
    let s = unsafe { slice::growslice_buf(oldptr, newlen, oldcap, num, &*elem, buf, buflen) };
    // SAFETY: writable per the contract.
    unsafe { *out = s };
}

/// Copies a slice backed by the caller's frame to the heap (gc's
/// `moveSlice*`; `keepcap` selects the capacity-preserving variants).
///
/// # Safety
/// `out` writable; `elem` valid; `old` addresses `cap` (`keepcap`) or `len`
/// elements.
#[no_mangle]
pub unsafe extern "C" fn rt_moveslice(
    out: *mut GoSlice,
    elem: *const TypeDesc,
    old: *mut u8,
    len: isize,
    cap: isize,
    keepcap: bool,
) {
    // SAFETY: forwarded caller contract.
    let s = unsafe { slice::moveslice(&*elem, old, len, cap, keepcap) };
    // SAFETY: writable per the contract.
    unsafe { *out = s };
}

/// `runtime.ReadMemStats(out)`.
///
/// # Safety
/// `out` must point at a writable `MemStats`.
#[no_mangle]
pub unsafe extern "C" fn rt_readmemstats(out: *mut alloc::MemStats) {
    // SAFETY: writable per the contract.
    alloc::read_mem_stats(unsafe { &mut *out });
}

/// `runtime.GC()`.
#[no_mangle]
pub extern "C" fn rt_gc() {
    crate::gc::collect(true);
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

/// `a + b + …` over `n` strings at `ptrs`; `buf` is the caller's 32-byte
/// buffer (result does not escape) or null.
///
/// # Safety
/// `ptrs` must address `n` valid strings; `buf` null or 32 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_concatstrings(
    buf: *mut u8,
    ptrs: *const GoString,
    n: isize,
) -> GoString {
    if n <= 0 {
        return GoString::EMPTY;
    }
    // SAFETY: forwarded caller contract.
    unsafe { string::concat(buf, core::slice::from_raw_parts(ptrs, n as usize)) }
}

/// `a + b` (`buf` as for `rt_concatstrings`).
///
/// # Safety
/// Both pairs must be valid strings; `buf` null or 32 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_concatstring2(
    buf: *mut u8,
    p1: *const u8,
    l1: isize,
    p2: *const u8,
    l2: isize,
) -> GoString {
    // SAFETY: forwarded caller contract.
    unsafe {
        string::concat(
            buf,
            &[GoString { ptr: p1, len: l1 }, GoString { ptr: p2, len: l2 }],
        )
    }
}

/// Three-way string comparison: −1, 0 or +1.
///
/// # Safety
/// Both pairs must be valid strings.
#[no_mangle]
pub unsafe extern "C" fn rt_cmpstring(p1: *const u8, l1: isize, p2: *const u8, l2: isize) -> i64 {
    // SAFETY: forwarded caller contract.
    unsafe { string::compare(bytes(p1, l1), bytes(p2, l2)) }
}

/// Whether `n` bytes at `p` and `q` are equal.
///
/// # Safety
/// Both must address `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_memequal(p: *const u8, q: *const u8, n: usize) -> bool {
    // SAFETY: forwarded caller contract.
    p == q || unsafe { bytes(p, n as isize) == bytes(q, n as isize) }
}

/// `string(rune(v))`; `buf` is the caller's 4-byte buffer or null.
///
/// # Safety
/// `buf` null or 4 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_intstring(buf: *mut u8, v: i64) -> GoString {
    // SAFETY: forwarded caller contract.
    unsafe { string::intstring(buf, v) }
}

/// `string(b)` for a byte slice (copies; `buf` as for `rt_concatstrings`).
///
/// # Safety
/// `p` must address `len` bytes; `buf` null or 32 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_slicebytetostring(buf: *mut u8, p: *const u8, len: isize) -> GoString {
    // SAFETY: forwarded caller contract.
    unsafe { string::bytes_to_string(buf, bytes(p, len)) }
}

/// `[]byte(s)` into `*out` (`buf` as for `rt_concatstrings`).
///
/// # Safety
/// `out` writable; `p` addresses `len` bytes; `buf` null or 32 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_stringtoslicebyte(
    out: *mut GoSlice,
    buf: *mut u8,
    p: *const u8,
    len: isize,
) {
    // SAFETY: forwarded caller contract.
    unsafe { *out = string::string_to_bytes(buf, bytes(p, len)) };
}

/// `[]rune(s)` into `*out`; `buf` is the caller's `[32]rune` or null.
///
/// # Safety
/// `out` writable; `p` addresses `len` bytes; `buf` null or 128 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_stringtoslicerune(
    out: *mut GoSlice,
    buf: *mut i32,
    p: *const u8,
    len: isize,
) {
    // SAFETY: forwarded caller contract.
    unsafe { *out = string::string_to_runes(buf, bytes(p, len)) };
}

/// `string(runes)` (`buf` as for `rt_concatstrings`).
///
/// # Safety
/// `p` must address `len` runes; `buf` null or 32 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_slicerunetostring(buf: *mut u8, p: *const i32, len: isize) -> GoString {
    let runes = if len <= 0 || p.is_null() {
        &[][..]
    } else {
        // SAFETY: forwarded caller contract.
        unsafe { core::slice::from_raw_parts(p, len as usize) }
    };
    // SAFETY: forwarded caller contract.
    unsafe { string::runes_to_string(buf, runes) }
}

/// Result of `rt_decoderune`: the rune and the index after it.
#[repr(C)]
pub struct DecodedRune {
    /// The decoded rune (U+FFFD for invalid input).
    pub rune: i64,
    /// Index of the next byte to decode.
    pub next: i64,
}

/// Decodes the rune at byte `k` of a string (`for range` semantics).
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_decoderune(p: *const u8, len: isize, k: isize) -> DecodedRune {
    // SAFETY: forwarded caller contract.
    let (r, n) = string::decode_rune(unsafe { bytes(p, len) }, k.max(0) as usize);
    DecodedRune {
        rune: r as i64,
        next: n as i64,
    }
}

/// Number of runes in a string (`len([]rune(s))`).
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_countrunes(p: *const u8, len: isize) -> isize {
    // SAFETY: forwarded caller contract.
    string::count_runes(unsafe { bytes(p, len) }) as isize
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

/// Hash of a string's bytes.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_strhash(p: *const u8, len: isize, seed: u64) -> u64 {
    // SAFETY: forwarded caller contract.
    hash::hash_bytes(unsafe { bytes(p, len) }, seed)
}

/// Hash of `n` bytes of memory.
///
/// # Safety
/// `p` must address `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_memhash(p: *const u8, n: usize, seed: u64) -> u64 {
    // SAFETY: forwarded caller contract.
    hash::hash_bytes(unsafe { bytes(p, n as isize) }, seed)
}

// ---------------------------------------------------------------------------
// Maps (`map.rs`)
// ---------------------------------------------------------------------------

/// `make(map[K]V, hint)`: initialises the header at `h`, or allocates one
/// when `h` is null.
///
/// # Safety
/// `t` must be a map descriptor; `h` null or `HMAP_BYTES` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_makemap(
    t: *const TypeDesc,
    hint: i64,
    h: *mut map::Hmap,
) -> *mut map::Hmap {
    // SAFETY: forwarded caller contract.
    unsafe { map::makemap(t, hint, h) }
}

/// `m[key]`: the address of the value, or null when missing.
///
/// # Safety
/// `t` map descriptor, `m` null or a map of type `t`, `key` a key of it.
#[no_mangle]
pub unsafe extern "C" fn rt_mapaccess(
    t: *const TypeDesc,
    m: *mut map::Hmap,
    key: *const u8,
) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapaccess(t, m, key) }
}

/// `m[key] = v`: the address to store `v` to.
///
/// # Safety
/// As `rt_mapaccess`.
#[no_mangle]
pub unsafe extern "C" fn rt_mapassign(
    t: *const TypeDesc,
    m: *mut map::Hmap,
    key: *const u8,
) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapassign(t, m, key) }
}

/// `delete(m, key)`.
///
/// # Safety
/// As `rt_mapaccess`.
#[no_mangle]
pub unsafe extern "C" fn rt_mapdelete(t: *const TypeDesc, m: *mut map::Hmap, key: *const u8) {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapdelete(t, m, key) }
}

/// `clear(m)`.
///
/// # Safety
/// `m` null or a valid map.
#[no_mangle]
pub unsafe extern "C" fn rt_mapclear(m: *mut map::Hmap) {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapclear(m) }
}

/// Starts a `range` over `m` in the iterator memory `it`.
///
/// # Safety
/// `t` map descriptor, `m` null or a map of type `t`, `it` `HITER_BYTES`
/// writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_mapiterinit(
    t: *const TypeDesc,
    m: *mut map::Hmap,
    it: *mut map::Hiter,
) {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapiterinit(t, m, it) }
}

/// Advances a `range` over a map; false at the end.
///
/// # Safety
/// `it` must have been set up by `rt_mapiterinit`.
#[no_mangle]
pub unsafe extern "C" fn rt_mapiternext(it: *mut map::Hiter) -> bool {
    // SAFETY: forwarded caller contract.
    unsafe { map::mapiternext(it) }
}

// ---------------------------------------------------------------------------
// Panics
// ---------------------------------------------------------------------------

/// Index/slice out of range; `code` is gc's `boundsErrorCode`.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicbounds(code: u8, x: i64, signed: bool, y: i64) -> ! {
    panic::panic_bounds(code, x, signed, y)
}

/// Integer division by zero.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicdivide() -> ! {
    panic::panic_runtime_error(b"integer divide by zero")
}

/// Negative shift count.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicshift() -> ! {
    panic::panic_runtime_error(b"negative shift amount")
}

/// Nil pointer dereference found by an explicit check.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicnilderef() -> ! {
    panic::panic_nilderef(0, 0)
}

/// A range-over-func iterator misbehaved (gc's `runtime.panicrangestate`):
/// `state` is the loop's state (`abi.RF_DONE` 0, `RF_PANIC` 2, `RF_EXHAUSTED`
/// 3) when the iterator called the loop body again, or `RF_MISSING_PANIC` 4
/// when the iterator returned while the body had not finished.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicrangestate(state: i64) -> ! {
    let msg: &[u8] = match state {
        0 => b"range function continued iteration after function for loop body returned false",
        2 => b"range function continued iteration after loop body panic",
        3 => b"range function continued iteration after whole loop exit",
        _ => b"range function recovered a loop body panic and did not resume panicking",
    };
    panic::panic_runtime_error(msg)
}

/// `make([]T, len)` with a bad length.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicmakeslicelen() -> ! {
    panic::panic_makeslicelen()
}

/// `make([]T, len, cap)` with a bad capacity.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicmakeslicecap() -> ! {
    panic::panic_makeslicecap()
}

/// Assignment into a nil map.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub extern "C" fn rt_panicnilmap() -> ! {
    panic::panic_plain(b"assignment to entry in nil map")
}

/// Failed `x.(T)` with concrete `T`: `have` is the dynamic type (null when
/// `x` is nil), `want` is `T`, `iface` the static type of `x`.
///
/// # Safety
/// Non-null descriptors must be valid.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub unsafe extern "C" fn rt_panicdottype(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    // SAFETY: forwarded caller contract.
    panic::panic_typeassert(unsafe { panic::dottype_message(have, want, iface) }.as_bytes())
}

/// Failed `x.(I)` with interface `I` that `have` does not implement.
///
/// # Safety
/// `mp` must address `mlen` bytes (the missing method's name); the
/// descriptors must be valid.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub unsafe extern "C" fn rt_panicdottypemissing(
    have: *const TypeDesc,
    want: *const TypeDesc,
    mp: *const u8,
    mlen: isize,
) -> ! {
    // SAFETY: forwarded caller contract.
    let msg = unsafe { panic::missing_method_message(have, want, bytes(mp, mlen)) };
    panic::panic_typeassert(msg.as_bytes())
}

/// `runtime.Goexit`: ends the innermost `rt_catchgoexit` call (the
/// `testing` package's test-function frame); see `goexit`.
#[no_mangle]
pub extern "C" fn rt_goexit() -> ! {
    crate::goexit::goexit()
}

/// `panic(v)` with the empty-interface value `(typ, data)`.
///
/// # Safety
/// `(typ, data)` must be a valid interface value.
// Not `no_mangle`: `symtab::panic_entries` defines the symbol.
pub unsafe extern "C" fn rt_gopanic(typ: *const TypeDesc, data: *mut u8) -> ! {
    // SAFETY: forwarded caller contract.
    unsafe { panic::gopanic(typ, data) }
}

// ---------------------------------------------------------------------------
// defer and recover (`rgo_setjmp` is assembly in `defer.rs`)
// ---------------------------------------------------------------------------

/// A `defer` statement: pushes `closure` (a `func()`) deferred by `frame`;
/// `rec` is 32 bytes in the frame, or null for a heap record.
///
/// # Safety
/// `frame` must be the caller's `DeferFrame`, `closure` a closure object or
/// null, `rec` null or writable for the frame's lifetime.
#[no_mangle]
pub unsafe extern "C" fn rt_deferproc(
    frame: *mut defer::DeferFrame,
    closure: *const u8,
    rec: *mut defer::DeferRec,
) {
    // SAFETY: forwarded caller contract.
    unsafe { defer::deferproc(frame, closure, rec) }
}

/// `defer` in a range-over-func loop body: `closure` is deferred by the
/// enclosing function whose frame record is `frame` (gc's `deferprocat`).
///
/// # Safety
/// `frame` must be the `DeferFrame` of a live caller, `closure` a closure
/// object.
#[no_mangle]
pub unsafe extern "C" fn rt_deferprocat(frame: *mut defer::DeferFrame, closure: *const u8) {
    // SAFETY: forwarded caller contract.
    unsafe { defer::deferprocat(frame, closure) }
}

/// Runs the pending deferred calls of `frame` (its return).
///
/// # Safety
/// `frame` must be the caller's `DeferFrame`.
#[no_mangle]
pub unsafe extern "C" fn rt_deferreturn(frame: *mut defer::DeferFrame) {
    // SAFETY: forwarded caller contract.
    unsafe { defer::deferreturn(frame) }
}

/// `recover()`; `fp` is the calling function's frame pointer, `wrapper`
/// whether that function is a compiler wrapper.
#[no_mangle]
pub extern "C" fn rt_gorecover(fp: usize, wrapper: bool) -> Eface {
    defer::gorecover(fp, wrapper)
}

/// Registers the table of wrapper code ranges (`[n, (code, size) * n]`),
/// which `recover` looks through; `rgo_main` calls it first.
#[no_mangle]
pub extern "C" fn rt_setwrappers(table: *const usize) {
    defer::set_wrappers(table)
}

/// Registers the compiler's function table (`symtab`), from `rgo_main`.
#[no_mangle]
pub extern "C" fn rt_setfunctab(table: *const u8) {
    crate::symtab::set_functab(table)
}

/// Registers the compiler's allocation-site table (`allocsites`), from
/// `rgo_main`.
#[no_mangle]
pub extern "C" fn rt_setallocsites(table: *const u8) {
    crate::allocsites::set_table(table)
}

// ---------------------------------------------------------------------------
// stdlib intrinsics (bound with `//rgo:runtime` in stdlib/)
// ---------------------------------------------------------------------------

/// `strconv` shortest formatting: digits of `|v|` into `digits` (32 bytes),
/// decimal point position into `*dp`; returns the digit count. `v` must be
/// finite and nonzero.
///
/// # Safety
/// `digits` must address 32 writable bytes and `dp` one writable word.
#[no_mangle]
pub unsafe extern "C" fn rt_ftoa_shortest(
    v: f64,
    bitsize: i64,
    digits: *mut u8,
    dp: *mut i64,
) -> i64 {
    // SAFETY: 32 writable bytes per the contract.
    let out = unsafe { &mut *(digits as *mut [u8; 32]) };
    let (n, p) = strconv::shortest_digits(v, bitsize, out);
    // SAFETY: writable per the contract.
    unsafe { *dp = p };
    n as i64
}

/// `strconv` decimal parsing: stores the correctly rounded value of the
/// validated decimal string in `*out` and reports success.
///
/// # Safety
/// `p` must address `len` bytes; `out` must be writable.
#[no_mangle]
pub unsafe extern "C" fn rt_parsefloat(
    p: *const u8,
    len: isize,
    bitsize: i64,
    out: *mut f64,
) -> bool {
    // SAFETY: forwarded caller contract.
    match strconv::parse_float(unsafe { bytes(p, len) }, bitsize) {
        Some(v) => {
            // SAFETY: writable per the contract.
            unsafe { *out = v };
            true
        }
        None => false,
    }
}

/// `math.Float64bits`.
#[no_mangle]
pub extern "C" fn rt_float64bits(f: f64) -> u64 {
    f.to_bits()
}

/// `math.Float64frombits`.
#[no_mangle]
pub extern "C" fn rt_float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

/// `math.Float32bits`.
#[no_mangle]
pub extern "C" fn rt_float32bits(f: f32) -> u32 {
    f.to_bits()
}

/// `math.Float32frombits`.
#[no_mangle]
pub extern "C" fn rt_float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}

/// `math.Sqrt` (correctly rounded, `sqrtsd`).
#[no_mangle]
pub extern "C" fn rt_sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// `math.Floor` (`roundsd` toward -Inf in gc).
#[no_mangle]
pub extern "C" fn rt_floor(x: f64) -> f64 {
    x.floor()
}

/// `math.Ceil`.
#[no_mangle]
pub extern "C" fn rt_ceil(x: f64) -> f64 {
    x.ceil()
}

/// `math.Trunc`.
#[no_mangle]
pub extern "C" fn rt_trunc(x: f64) -> f64 {
    x.trunc()
}

/// `math.FMA`: `x*y + z` with one rounding.
#[no_mangle]
pub extern "C" fn rt_fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// `math/bits`: leading zero bits (64 for 0).
#[no_mangle]
pub extern "C" fn rt_clz64(x: u64) -> i64 {
    i64::from(x.leading_zeros())
}

/// `math/bits`: trailing zero bits (64 for 0).
#[no_mangle]
pub extern "C" fn rt_ctz64(x: u64) -> i64 {
    i64::from(x.trailing_zeros())
}

/// `math/bits`: population count.
#[no_mangle]
pub extern "C" fn rt_popcount64(x: u64) -> i64 {
    i64::from(x.count_ones())
}

/// `math/bits`: byte reversal.
#[no_mangle]
pub extern "C" fn rt_bswap64(x: u64) -> u64 {
    x.swap_bytes()
}

/// `math/bits`: the upper half of the 128-bit product.
#[no_mangle]
pub extern "C" fn rt_mulhi64(x: u64, y: u64) -> u64 {
    ((u128::from(x) * u128::from(y)) >> 64) as u64
}

/// `math/bits`: `(hi·2^64 + lo) / y`, remainder to `*rem`; the caller
/// guarantees `hi < y` (so `y != 0` and the quotient fits).
///
/// # Safety
/// `rem` must be writable.
#[no_mangle]
pub unsafe extern "C" fn rt_div128(hi: u64, lo: u64, y: u64, rem: *mut u64) -> u64 {
    let n = u128::from(hi) << 64 | u128::from(lo);
    let y = u128::from(y);
    // SAFETY: writable per the contract.
    unsafe { *rem = (n % y) as u64 };
    (n / y) as u64
}

/// The index of the first `c` in the `len` bytes at `p`, or -1 (libc's
/// vectorised `memchr`).
///
/// # Safety
/// `p` must address `len` readable bytes (any value when `len` is 0).
unsafe fn index_byte(p: *const u8, len: isize, c: u8) -> isize {
    if len <= 0 {
        return -1;
    }
    // SAFETY: `len` readable bytes per the contract.
    let r = unsafe { libc::memchr(p.cast(), i32::from(c), len as usize) };
    if r.is_null() {
        -1
    } else {
        r as isize - p as isize
    }
}

/// The index of the first occurrence of the `n` bytes at `q` in the `len`
/// bytes at `p`, or -1 (libc's `memmem`; 0 for an empty needle).
///
/// # Safety
/// Both ranges must be readable.
unsafe fn index_bytes(p: *const u8, len: isize, q: *const u8, n: isize) -> isize {
    if n <= 0 {
        return 0;
    }
    if len < n {
        return -1;
    }
    // SAFETY: both ranges are readable per the contract.
    let r = unsafe { libc::memmem(p.cast(), len as usize, q.cast(), n as usize) };
    if r.is_null() {
        -1
    } else {
        r as isize - p as isize
    }
}

/// `internal/bytealg.IndexByteString`.
///
/// # Safety
/// `(p, len)` must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn rt_indexbytestring(p: *const u8, len: isize, c: u8) -> isize {
    // SAFETY: forwarded caller contract.
    unsafe { index_byte(p, len, c) }
}

/// `internal/bytealg.IndexByte`.
///
/// # Safety
/// `(p, len, cap)` must be a valid Go slice.
#[no_mangle]
pub unsafe extern "C" fn rt_indexbyte(p: *const u8, len: isize, _cap: isize, c: u8) -> isize {
    // SAFETY: forwarded caller contract.
    unsafe { index_byte(p, len, c) }
}

/// `internal/bytealg.IndexString`.
///
/// # Safety
/// Both must be valid Go strings.
#[no_mangle]
pub unsafe extern "C" fn rt_indexstring(p: *const u8, len: isize, q: *const u8, n: isize) -> isize {
    // SAFETY: forwarded caller contract.
    unsafe { index_bytes(p, len, q, n) }
}

/// `internal/bytealg.Index`.
///
/// # Safety
/// Both must be valid Go slices.
#[no_mangle]
pub unsafe extern "C" fn rt_index(
    p: *const u8,
    len: isize,
    _cap: isize,
    q: *const u8,
    n: isize,
    _qcap: isize,
) -> isize {
    // SAFETY: forwarded caller contract.
    unsafe { index_bytes(p, len, q, n) }
}

/// `reflectlite`: the type word of an `any` (0 for nil).
#[no_mangle]
pub extern "C" fn rt_efacetype(typ: *const TypeDesc, _data: *mut u8) -> usize {
    typ as usize
}

/// `reflectlite`: the data word of an `any`.
#[no_mangle]
pub extern "C" fn rt_efacedata(_typ: *const TypeDesc, data: *mut u8) -> usize {
    data as usize
}

/// `reflectlite`: the `size`-byte (1, 2, 4 or 8) unsigned integer at `addr`.
///
/// # Safety
/// `addr` must point at a live, aligned value of that size.
#[no_mangle]
pub unsafe extern "C" fn rt_load(addr: usize, size: usize) -> u64 {
    // SAFETY: forwarded caller contract.
    unsafe { reflect::load(addr, size) }
}

/// `reflectlite`: the string header stored at `addr`.
///
/// # Safety
/// `addr` must point at a live Go string header.
#[no_mangle]
pub unsafe extern "C" fn rt_loadstring(addr: *const GoString) -> GoString {
    // SAFETY: forwarded caller contract.
    unsafe { *addr }
}

/// `reflectlite`: `*out = any(value of type typ at addr)` (boxed copy unless
/// pointer-shaped).
///
/// # Safety
/// `out` must be writable, `typ` valid and `addr` must hold a value of it.
#[no_mangle]
pub unsafe extern "C" fn rt_makeeface(out: *mut Eface, typ: *const TypeDesc, addr: *const u8) {
    // SAFETY: forwarded caller contract.
    unsafe { *out = reflect::make_eface(typ, addr) };
}

/// `reflectlite`: copies a value of type `typ` from `src` to `dst`.
///
/// # Safety
/// Both must point at values of the valid descriptor `typ`.
#[no_mangle]
pub unsafe extern "C" fn rt_typedmemmove(typ: *const TypeDesc, dst: *mut u8, src: *const u8) {
    // SAFETY: forwarded caller contract.
    unsafe { reflect::typedmemmove(typ, dst, src) };
}

/// `reflectlite`: exchanges `n` bytes at `p` and `q` (equal or disjoint).
///
/// # Safety
/// Both ranges must be valid for reads and writes.
#[no_mangle]
pub unsafe extern "C" fn rt_memswap(p: *mut u8, q: *mut u8, n: usize) {
    // SAFETY: forwarded caller contract.
    unsafe { reflect::memswap(p, q, n) };
}

/// `os`: `open(path, flags, perm)`; a descriptor or `-errno`.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_open(p: *const u8, len: isize, flags: i64, perm: i64) -> i64 {
    // SAFETY: forwarded caller contract.
    file::open(unsafe { bytes(p, len) }, flags, perm)
}

/// `os`: `read(fd, p, len)`; bytes read (0 at EOF) or `-errno`.
///
/// # Safety
/// `p` must address `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_read(fd: i64, p: *mut u8, len: isize) -> i64 {
    if len <= 0 || p.is_null() {
        return 0;
    }
    // SAFETY: `len` writable bytes per the contract.
    file::read(fd, unsafe {
        core::slice::from_raw_parts_mut(p, len as usize)
    })
}

/// `os`: `close(fd)`; 0 or `-errno`.
#[no_mangle]
pub extern "C" fn rt_close(fd: i64) -> i64 {
    file::close(fd)
}

/// `os.Remove(path)`; 0 or `-errno`.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_remove(p: *const u8, len: isize) -> i64 {
    // SAFETY: forwarded caller contract.
    file::remove(unsafe { bytes(p, len) })
}

/// `os.Mkdir(path, perm)`; 0 or `-errno`.
///
/// # Safety
/// `p` must address `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_mkdir(p: *const u8, len: isize, perm: i64) -> i64 {
    // SAFETY: forwarded caller contract.
    file::mkdir(unsafe { bytes(p, len) }, perm)
}

/// `os.Stat`/`Lstat`/`File.Stat`: `fstatat(dirfd, path, flags)` into
/// `*out` (`file::RawStat`, Go's `os.rawStat`); 0 or `-errno`.
///
/// # Safety
/// `p` must address `len` bytes and `out` must be writable.
#[no_mangle]
pub unsafe extern "C" fn rt_fstatat(
    dirfd: i64,
    p: *const u8,
    len: isize,
    out: *mut file::RawStat,
    flags: i64,
) -> i64 {
    // SAFETY: forwarded caller contract.
    file::fstatat(dirfd, unsafe { bytes(p, len) }, flags, unsafe { &mut *out })
}

/// `os.File.ReadDir`: `getdents64(fd)` into `n` bytes at `b`; bytes or `-errno`.
///
/// # Safety
/// `b` must address `n` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_getdents(fd: i64, b: *mut u8, n: isize) -> i64 {
    // SAFETY: forwarded caller contract.
    file::getdents(fd, unsafe {
        core::slice::from_raw_parts_mut(b, n as usize)
    })
}

/// `os.Getwd`: `getcwd` into `n` bytes at `b`; the length or `-errno`.
///
/// # Safety
/// `b` must address `n` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_getcwd(b: *mut u8, n: isize) -> i64 {
    // SAFETY: forwarded caller contract.
    file::getcwd(unsafe { core::slice::from_raw_parts_mut(b, n as usize) })
}

/// `os.Environ` and friends: entry `i` of the initial environment in
/// `*out`; false past the end.
///
/// # Safety
/// `out` must be writable.
#[no_mangle]
pub unsafe extern "C" fn rt_envv(i: i64, out: *mut GoString) -> bool {
    let e = sys::env_entry(i);
    // SAFETY: `out` is writable per the contract.
    unsafe { *out = e.unwrap_or(GoString::EMPTY) };
    e.is_some()
}

/// `time.Sleep(ns)`.
#[no_mangle]
pub extern "C" fn rt_nanosleep(ns: i64) {
    crate::sched::sleep(ns);
}

// ---------------------------------------------------------------------------
// Goroutines, channels, select, semaphores (`sched`, `chan`)
// ---------------------------------------------------------------------------

/// `go f()`: `f` is a `func()` closure (the compiler wraps any other call).
#[no_mangle]
pub extern "C" fn rt_newproc(f: *const u8) {
    crate::sched::newproc(f);
}

/// `runtime.Gosched()`.
#[no_mangle]
pub extern "C" fn rt_gosched() {
    crate::sched::gosched();
}

/// `runtime.NumGoroutine()`.
#[no_mangle]
pub extern "C" fn rt_numgoroutine() -> i64 {
    crate::sched::num_goroutine() as i64
}

/// `make(chan T, size)`; `t` is the channel type's descriptor.
///
/// # Safety
/// `t` must be a channel type descriptor.
#[no_mangle]
pub unsafe extern "C" fn rt_makechan(t: *const TypeDesc, size: i64) -> *mut crate::chan::Hchan {
    // SAFETY: per the contract.
    unsafe { crate::chan::makechan(t, size) }
}

/// `c <- *elem` (blocks).
///
/// # Safety
/// `c` is null or a channel; `elem` holds an element.
#[no_mangle]
pub unsafe extern "C" fn rt_chansend(c: *mut crate::chan::Hchan, elem: *const u8) {
    // SAFETY: per the contract.
    unsafe { crate::chan::chansend(c, elem, true) };
}

/// `*elem = <-c` (blocks; `elem` null discards); false when `c` is closed
/// and drained.
///
/// # Safety
/// `c` is null or a channel; `elem` is null or room for an element.
#[no_mangle]
pub unsafe extern "C" fn rt_chanrecv(c: *mut crate::chan::Hchan, elem: *mut u8) -> bool {
    // SAFETY: per the contract.
    unsafe { crate::chan::chanrecv(c, elem, true).1 }
}

/// `close(c)`.
///
/// # Safety
/// `c` is null or a channel.
#[no_mangle]
pub unsafe extern "C" fn rt_closechan(c: *mut crate::chan::Hchan) {
    // SAFETY: per the contract.
    unsafe { crate::chan::closechan(c) };
}

/// `(chosen case or -1, received)` of a `select`.
#[repr(C)]
pub struct SelectResult {
    /// The case index, or -1 for `default`.
    pub index: i64,
    /// A receive case got a value (not a closed channel's zero value).
    pub ok: i64,
}

/// `select` over `nsends` send cases followed by `nrecvs` receive cases
/// (`chan::Scase`, 16 bytes each); `block` is false when there is a
/// `default`.
///
/// # Safety
/// `cases` holds `nsends + nrecvs` valid cases.
#[no_mangle]
pub unsafe extern "C" fn rt_selectgo(
    cases: *mut crate::chan::Scase,
    nsends: i64,
    nrecvs: i64,
    block: bool,
) -> SelectResult {
    // SAFETY: per the contract.
    let (index, ok) =
        unsafe { crate::chan::selectgo(cases, nsends as usize, nrecvs as usize, block) };
    SelectResult {
        index,
        ok: ok as i64,
    }
}

/// `sync`'s semaphore acquire; `reason` indexes gc's wait reasons
/// (`sched::semacquire`).
///
/// # Safety
/// `addr` must be a valid `uint32`.
#[no_mangle]
pub unsafe extern "C" fn rt_semacquire(addr: *mut u32, reason: i64) {
    // SAFETY: per the contract.
    unsafe { crate::sched::semacquire(addr, reason as usize) };
}

/// `sync`'s semaphore release (hands off to the oldest waiter).
///
/// # Safety
/// `addr` must be a valid `uint32`.
#[no_mangle]
pub unsafe extern "C" fn rt_semrelease(addr: *mut u32) {
    // SAFETY: per the contract.
    unsafe { crate::sched::semrelease(addr) };
}

/// `math`: whether the CPU has AVX and FMA (selects gc's fused `Exp` path,
/// as gc's `internal/cpu` does).
#[no_mangle]
pub extern "C" fn rt_cpu_has_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}
