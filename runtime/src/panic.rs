//! Go panic values and fatal errors: run-time error values, message
//! formatting and process termination.
//!
//! Run-time errors are ordinary panics that `recover` sees: each `panic_*`
//! function builds gc's error value (`runtime.boundsError`,
//! `runtime.errorString`, `runtime.plainError`,
//! `*runtime.TypeAssertionError`, `*runtime.PanicNilError`, with static type
//! descriptors and `Error`/`RuntimeError` methods defined here, so
//! `r.(error).Error()` and `%T` give gc's text) and hands it to
//! `defer::gopanic`, which runs deferred calls. An unrecovered panic prints
//! gc's lines (`panic: ` + value, `[recovered]` chains; runtime errors say
//! `panic: runtime error: …`), gc's traceback (`goroutine 1 [running]:`,
//! then `main.f(...)` and `\tFILE:LINE +0xOFF` per Go frame from where the
//! panic started, `symtab::print_traceback`) and exits with status 2. Fatal runtime errors print
//! `fatal error: …` like gc's `throw` and are not recoverable. Message
//! builders are pure functions writing to a stack buffer so they can be
//! unit-tested. See `lib.rs` for the overview and `defer.rs` for the panic
//! machinery.

use crate::defer::{self, SigInfo};
use crate::print::{
    fmt_hex, fmt_int, fmt_uint, print_bool, print_complex, print_float, print_float32, print_int,
    print_uint, write_err, StackBuf,
};
use crate::types::{
    kind, type_name, Eface, GoString, Method, TypeDesc, FLAG_COMPARABLE, FLAG_DIRECT_IFACE,
    FLAG_NAMED,
};
use core::ptr;

/// gc's `boundsErrorCode` values, as passed to `rt_panicbounds`.
pub mod bounds {
    #![allow(missing_docs)]
    pub const INDEX: u8 = 0;
    pub const SLICE_ALEN: u8 = 1;
    pub const SLICE_ACAP: u8 = 2;
    pub const SLICE_B: u8 = 3;
    pub const SLICE3_ALEN: u8 = 4;
    pub const SLICE3_ACAP: u8 = 5;
    pub const SLICE3_B: u8 = 6;
    pub const SLICE3_C: u8 = 7;
    pub const CONVERT: u8 = 8;
}

const BOUNDS_FMTS: [&[u8]; 9] = [
    b"index out of range [%x] with length %y",
    b"slice bounds out of range [:%x] with length %y",
    b"slice bounds out of range [:%x] with capacity %y",
    b"slice bounds out of range [%x:%y]",
    b"slice bounds out of range [::%x] with length %y",
    b"slice bounds out of range [::%x] with capacity %y",
    b"slice bounds out of range [:%x:%y]",
    b"slice bounds out of range [%x:%y:]",
    b"cannot convert slice with length %y to array or pointer to array with length %x",
];

const BOUNDS_NEG_FMTS: [&[u8]; 8] = [
    b"index out of range [%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [%x:]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [:%x:]",
    b"slice bounds out of range [%x::]",
];

/// A message buffer large enough for any runtime error text.
pub type MsgBuf = StackBuf<160>;

fn push_int(b: &mut MsgBuf, v: i64, signed: bool) {
    if signed {
        let mut t = [0u8; 21];
        b.push(fmt_int(&mut t, v));
    } else {
        let mut t = [0u8; 20];
        b.push(fmt_uint(&mut t, v as u64));
    }
}

/// gc's `boundsError.Error()` without the `runtime error: ` prefix: `x` is
/// the offending index (unsigned when `signed` is false), `y` the length,
/// capacity or other bound.
pub fn bounds_error_message(code: u8, x: i64, signed: bool, y: i64) -> MsgBuf {
    let code = (code as usize).min(BOUNDS_FMTS.len() - 1);
    let fmt = if signed && x < 0 && code < BOUNDS_NEG_FMTS.len() {
        BOUNDS_NEG_FMTS[code]
    } else {
        BOUNDS_FMTS[code]
    };
    let mut b = MsgBuf::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            match fmt[i + 1] {
                b'x' => push_int(&mut b, x, signed),
                _ => push_int(&mut b, y, true),
            }
            i += 2;
        } else {
            b.push(&fmt[i..i + 1]);
            i += 1;
        }
    }
    b
}

/// gc's `TypeAssertionError.Error()` for a failed `x.(T)` with concrete
/// target: `iface` is the static interface type (null prints `interface`),
/// `have` the dynamic type (null for a nil interface), `want` the asserted type.
///
/// # Safety
/// Non-null descriptors must be valid.
pub unsafe fn dottype_message(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> StackBuf<512> {
    // SAFETY: the caller guarantees the descriptors are valid or null.
    let (have_name, want_name, iface_name) =
        unsafe { (type_name(have), type_name(want), type_name(iface)) };
    let mut b = StackBuf::<512>::new();
    b.push(b"interface conversion: ");
    b.push(if iface.is_null() {
        b"interface"
    } else {
        iface_name
    });
    if have.is_null() {
        b.push(b" is nil, not ");
        b.push(want_name);
        return b;
    }
    b.push(b" is ");
    b.push(have_name);
    b.push(b", not ");
    b.push(want_name);
    if have_name == want_name {
        b.push(b" (types from different scopes)");
    }
    b
}

/// gc's message for a failed assertion to an interface type:
/// `interface conversion: T is not I: missing method M`.
///
/// # Safety
/// Both descriptors must be valid.
pub unsafe fn missing_method_message(
    have: *const TypeDesc,
    want: *const TypeDesc,
    method: &[u8],
) -> StackBuf<512> {
    let mut b = StackBuf::<512>::new();
    b.push(b"interface conversion: ");
    // SAFETY: the caller guarantees both descriptors are valid.
    b.push(unsafe { type_name(have) });
    b.push(b" is not ");
    // SAFETY: as above.
    b.push(unsafe { type_name(want) });
    b.push(b": missing method ");
    b.push(method);
    b
}

/// Prints the traceback (`symtab.rs`) and exits with status 2.
pub fn die() -> ! {
    let mut b = [0u8; 20];
    write_err(b"\ngoroutine ");
    write_err(crate::print::fmt_uint(&mut b, crate::sched::cur_id()));
    write_err(b" [running]:\n");
    crate::symtab::print_traceback();
    crate::sys::exit(2)
}

/// gc's `throw`: `fatal error: <msg>`, exit status 2 (not recoverable).
pub fn fatal(msg: &str) -> ! {
    write_err(b"fatal error: ");
    write_err(msg.as_bytes());
    write_err(b"\n");
    die()
}

// ----- Run-time error values ------------------------------------------------

/// An immutable static type descriptor.
#[repr(transparent)]
pub struct SyncDesc(pub TypeDesc);
// SAFETY: the descriptors are immutable static data.
unsafe impl Sync for SyncDesc {}

/// A static method table.
#[repr(transparent)]
struct SyncMethods<const N: usize>([Method; N]);
// SAFETY: immutable static data.
unsafe impl<const N: usize> Sync for SyncMethods<N> {}

/// FNV-1a of a type name, as the compiler computes `TypeDesc::hash`.
const fn name_hash(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h: u32 = 0x811c9dc5;
    let mut i = 0;
    while i < b.len() {
        h = (h ^ b[i] as u32).wrapping_mul(0x01000193);
        i += 1;
    }
    h
}

const fn func_desc(name: &'static str) -> SyncDesc {
    SyncDesc(TypeDesc {
        size: 8,
        ptrdata: 8,
        hash: name_hash(name),
        kind: kind::FUNC,
        align: 8,
        flags: FLAG_DIRECT_IFACE,
        _pad: 0,
        gcdata: ONE_PTR.as_ptr(),
        name: GoString::from_static(name),
        elem: ptr::null(),
        key: ptr::null(),
        len: 0,
        equal: None,
        methods: ptr::null(),
        nmethods: 0,
    })
}

static ONE_PTR: [u8; 1] = [1];
/// `func() string`: the signature of `Error` (matched by name in `iface.rs`
/// against the compiler's descriptor of the same type).
static FUNC_STRING: SyncDesc = func_desc("func() string");
/// `func()`: the signature of `RuntimeError`.
static FUNC_VOID: SyncDesc = func_desc("func()");

/// `Error() string` of every run-time error type: the data word points at
/// the message (a boxed string, or the pointer value of a pointer type).
unsafe extern "C" fn error_method(_ctx: *const u8, data: *const GoString) -> GoString {
    // SAFETY: run-time error values always point at their message.
    unsafe { *data }
}

/// `RuntimeError()`: a marker method.
extern "C" fn runtime_error_method(_ctx: *const u8, _data: *const u8) {}

/// Equality of two boxed strings (the `equal` of string-shaped error types).
unsafe extern "C" fn equal_string(a: *const u8, b: *const u8) -> bool {
    // SAFETY: both point at Go strings.
    unsafe { (*(a as *const GoString)).as_bytes() == (*(b as *const GoString)).as_bytes() }
}

static ERROR_METHODS: SyncMethods<2> = SyncMethods([
    Method {
        name: GoString::from_static("Error"),
        ifn: error_method as *const u8,
        mtyp: &FUNC_STRING.0,
    },
    Method {
        name: GoString::from_static("RuntimeError"),
        ifn: runtime_error_method as *const u8,
        mtyp: &FUNC_VOID.0,
    },
]);

/// A run-time error type whose values are strings (the message).
const fn string_error(name: &'static str) -> SyncDesc {
    SyncDesc(TypeDesc {
        size: 16,
        ptrdata: 8,
        hash: name_hash(name),
        kind: kind::STRING,
        align: 8,
        flags: FLAG_COMPARABLE | FLAG_NAMED,
        _pad: 0,
        gcdata: ONE_PTR.as_ptr(),
        name: GoString::from_static(name),
        elem: ptr::null(),
        key: ptr::null(),
        len: 0,
        equal: Some(equal_string),
        methods: ERROR_METHODS.0.as_ptr(),
        nmethods: 2,
    })
}

/// A run-time error type whose values are pointers (to the message).
const fn pointer_error(name: &'static str) -> SyncDesc {
    SyncDesc(TypeDesc {
        size: 8,
        ptrdata: 8,
        hash: name_hash(name),
        kind: kind::POINTER,
        align: 8,
        flags: FLAG_DIRECT_IFACE | FLAG_COMPARABLE,
        _pad: 0,
        gcdata: ONE_PTR.as_ptr(),
        name: GoString::from_static(name),
        elem: &ERROR_STRING.0,
        key: ptr::null(),
        len: 0,
        equal: None,
        methods: ERROR_METHODS.0.as_ptr(),
        nmethods: 2,
    })
}

/// `runtime.boundsError` (index and slice bounds).
pub static BOUNDS_ERROR: SyncDesc = string_error("runtime.boundsError");
/// `runtime.errorString` (division, nil dereference, shifts, …).
pub static ERROR_STRING: SyncDesc = string_error("runtime.errorString");
/// `runtime.plainError` (nil map assignment, …: no `runtime error:` prefix).
pub static PLAIN_ERROR: SyncDesc = string_error("runtime.plainError");
/// `*runtime.TypeAssertionError`.
pub static TYPE_ASSERTION_ERROR: SyncDesc = pointer_error("*runtime.TypeAssertionError");
/// `*runtime.PanicNilError` (`panic(nil)`).
pub static PANIC_NIL_ERROR: SyncDesc = pointer_error("*runtime.PanicNilError");

/// Panics with a run-time error of type `t` whose `Error()` is
/// `prefix + msg`.
pub fn panic_error(t: &'static SyncDesc, prefix: &[u8], msg: &[u8]) -> ! {
    crate::allocsites::clear_current();
    let n = prefix.len() + msg.len();
    let bytes = crate::alloc::mallocgc(n, None, false);
    // SAFETY: `bytes` has room for `n` bytes; the box holds one string.
    let data = unsafe {
        ptr::copy_nonoverlapping(prefix.as_ptr(), bytes, prefix.len());
        ptr::copy_nonoverlapping(msg.as_ptr(), bytes.add(prefix.len()), msg.len());
        let bx = crate::alloc::mallocgc(16, Some(&ERROR_STRING.0), true) as *mut GoString;
        *bx = GoString {
            ptr: bytes,
            len: n as isize,
        };
        bx as *mut u8
    };
    // SAFETY: a valid interface value of a run-time error type.
    unsafe { defer::gopanic(Eface { typ: &t.0, data }) }
}

/// Panics with `runtime error: <msg>` (a `runtime.errorString`).
pub fn panic_runtime_error(msg: &[u8]) -> ! {
    panic_error(&ERROR_STRING, b"runtime error: ", msg)
}

/// Panics with `<msg>` as a `runtime.plainError` (gc prints it without the
/// `runtime error: ` prefix, e.g. the nil-map assignment).
pub fn panic_plain(msg: &[u8]) -> ! {
    panic_error(&PLAIN_ERROR, b"", msg)
}

/// A failed type assertion (`*runtime.TypeAssertionError`).
pub fn panic_typeassert(msg: &[u8]) -> ! {
    panic_error(&TYPE_ASSERTION_ERROR, b"", msg)
}

/// Index or slice expression out of range.
pub fn panic_bounds(code: u8, x: i64, signed: bool, y: i64) -> ! {
    panic_error(
        &BOUNDS_ERROR,
        b"runtime error: ",
        bounds_error_message(code, x, signed, y).as_bytes(),
    )
}

/// `make([]T, len)` with a bad length.
pub fn panic_makeslicelen() -> ! {
    panic_runtime_error(b"makeslice: len out of range")
}

/// `make([]T, len, cap)` with a bad capacity.
pub fn panic_makeslicecap() -> ! {
    panic_runtime_error(b"makeslice: cap out of range")
}

/// Nil pointer dereference, from the fault handler (via `signal::sigpanic`)
/// or an explicit check: records the signal for the unrecovered report.
pub fn panic_nilderef(addr: usize, pc: usize) -> ! {
    defer::set_sig(SigInfo {
        sig: libc::SIGSEGV,
        code: 1,
        addr,
        pc,
    });
    panic_runtime_error(b"invalid memory address or nil pointer dereference")
}

/// gc's `[signal SIGSEGV: segmentation violation code=… addr=… pc=…]` line.
pub fn print_sig_line(s: SigInfo) {
    let mut h = [0u8; 18];
    write_err(b"[signal ");
    write_err(if s.sig == libc::SIGBUS {
        b"SIGBUS: bus error"
    } else {
        b"SIGSEGV: segmentation violation"
    });
    write_err(b" code=");
    write_err(fmt_hex(&mut h, s.code as u64));
    write_err(b" addr=");
    write_err(fmt_hex(&mut h, s.addr as u64));
    write_err(b" pc=");
    write_err(fmt_hex(&mut h, s.pc as u64));
    write_err(b"]\n");
}

/// gc's `printindented`: prints `s`, following each newline with a tab.
pub fn print_indented(s: &[u8]) {
    let mut rest = s;
    while let Some(i) = rest.iter().position(|&c| c == b'\n') {
        write_err(&rest[..=i]);
        write_err(b"\t");
        rest = &rest[i + 1..];
    }
    write_err(rest);
}

/// The name `%T` gives the predeclared type of a basic kind, used to tell
/// `int` from a named type like `main.E` whose underlying type is int.
fn predeclared_name(k: u8) -> &'static [u8] {
    match k {
        kind::BOOL => b"bool",
        kind::INT => b"int",
        kind::INT8 => b"int8",
        kind::INT16 => b"int16",
        kind::INT32 => b"int32",
        kind::INT64 => b"int64",
        kind::UINT => b"uint",
        kind::UINT8 => b"uint8",
        kind::UINT16 => b"uint16",
        kind::UINT32 => b"uint32",
        kind::UINT64 => b"uint64",
        kind::UINTPTR => b"uintptr",
        kind::FLOAT32 => b"float32",
        kind::FLOAT64 => b"float64",
        kind::COMPLEX64 => b"complex64",
        kind::COMPLEX128 => b"complex128",
        kind::STRING => b"string",
        _ => b"",
    }
}

/// Prints a basic value stored at `p` (of kind `k`). Returns false when the
/// kind is not basic.
///
/// # Safety
/// `p` must point at a live value of kind `k`.
unsafe fn print_basic(k: u8, p: *const u8) -> bool {
    // SAFETY: the caller guarantees `p` holds a value of kind `k`.
    unsafe {
        match k {
            kind::BOOL => print_bool(*p != 0),
            kind::INT | kind::INT64 => print_int(*(p as *const i64)),
            kind::INT8 => print_int(*(p as *const i8) as i64),
            kind::INT16 => print_int(*(p as *const i16) as i64),
            kind::INT32 => print_int(*(p as *const i32) as i64),
            kind::UINT | kind::UINT64 | kind::UINTPTR => print_uint(*(p as *const u64)),
            kind::UINT8 => print_uint(*p as u64),
            kind::UINT16 => print_uint(*(p as *const u16) as u64),
            kind::UINT32 => print_uint(*(p as *const u32) as u64),
            kind::FLOAT32 => print_float32(*(p as *const f32)),
            kind::FLOAT64 => print_float(*(p as *const f64)),
            kind::COMPLEX64 => {
                let c = p as *const f32;
                print_complex(*c as f64, *c.add(1) as f64, true)
            }
            kind::COMPLEX128 => {
                let c = p as *const f64;
                print_complex(*c, *c.add(1), false)
            }
            _ => return false,
        }
    }
    true
}

/// The receiver-taking wrapper of an `Error() string`/`String() string` method.
type StringMethod = unsafe extern "C" fn(*const u8, *mut u8) -> GoString;

/// gc's `preprintpanics` for one value: the text of its `Error() string`
/// method, else of its `String() string` method, else `None`.
pub fn method_text(e: Eface) -> Option<GoString> {
    if e.typ.is_null() {
        return None;
    }
    // SAFETY: non-null descriptors come from static data.
    let t = unsafe { &*e.typ };
    for name in [&b"Error"[..], &b"String"[..]] {
        let Some(m) = t.find_method(name) else {
            continue;
        };
        // SAFETY: method signatures are descriptors (or null).
        let sig = unsafe { type_name(m.mtyp) };
        if m.ifn.is_null() || sig != b"func() string" {
            continue;
        }
        // SAFETY: the compiler emits `ifn` as a wrapper taking a context
        // word and the data word, and the signature says it returns a string.
        return Some(unsafe {
            let f: StringMethod = core::mem::transmute(m.ifn);
            f(ptr::null(), e.data)
        });
    }
    None
}

/// gc's `printpanicval` for a value without an `Error`/`String` method.
///
/// # Safety
/// `e` must be a valid interface value.
pub unsafe fn print_panic_value(e: Eface) {
    if e.typ.is_null() {
        write_err(b"nil");
        return;
    }
    // SAFETY: non-null descriptors come from the compiler's static data.
    let t = unsafe { &*e.typ };
    let data = e.data;
    let name = t.name_bytes();
    let plain = name == predeclared_name(t.kind);
    if t.kind == kind::STRING {
        // SAFETY: for a string, `data` points at a boxed Go string header.
        let s = unsafe { (*(data as *const GoString)).as_bytes() };
        if plain {
            print_indented(s);
        } else {
            write_err(name);
            write_err(b"(\"");
            print_indented(s);
            write_err(b"\")");
        }
    } else if !predeclared_name(t.kind).is_empty() {
        let complex = t.kind == kind::COMPLEX64 || t.kind == kind::COMPLEX128;
        if !plain {
            write_err(name);
            if !complex {
                write_err(b"(");
            }
        }
        // SAFETY: basic kinds are boxed, so `data` points at the value.
        unsafe { print_basic(t.kind, data) };
        if !plain && !complex {
            write_err(b")");
        }
    } else {
        write_err(b"(");
        write_err(name);
        write_err(b") ");
        let mut h = [0u8; 18];
        write_err(fmt_hex(&mut h, data as u64));
    }
}

/// `panic(v)` for an arbitrary value (gc's `gopanic`; `panic(nil)` panics
/// with a `*runtime.PanicNilError`).
///
/// # Safety
/// `typ`/`data` must form a valid empty interface value.
pub unsafe fn gopanic(typ: *const TypeDesc, data: *mut u8) -> ! {
    if typ.is_null() {
        panic_error(
            &PANIC_NIL_ERROR,
            b"runtime error: ",
            b"panic called with nil argument",
        );
    }
    // SAFETY: forwarded caller contract.
    unsafe { defer::gopanic(Eface { typ, data }) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(code: u8, x: i64, signed: bool, y: i64) -> String {
        String::from_utf8(bounds_error_message(code, x, signed, y).as_bytes().to_vec()).unwrap()
    }

    /// Expected texts are gc go1.27.3's (runtime/error.go formats, checked
    /// against real panics).
    #[test]
    fn bounds_messages_match_gc() {
        assert_eq!(
            msg(bounds::INDEX, 5, true, 3),
            "index out of range [5] with length 3"
        );
        assert_eq!(msg(bounds::INDEX, -1, true, 3), "index out of range [-1]");
        assert_eq!(
            msg(bounds::INDEX, -1, false, 3),
            "index out of range [18446744073709551615] with length 3"
        );
        assert_eq!(
            msg(bounds::SLICE_ALEN, 5, true, 3),
            "slice bounds out of range [:5] with length 3"
        );
        assert_eq!(
            msg(bounds::SLICE_ACAP, 5, true, 3),
            "slice bounds out of range [:5] with capacity 3"
        );
        assert_eq!(
            msg(bounds::SLICE_ACAP, -2, true, 3),
            "slice bounds out of range [:-2]"
        );
        assert_eq!(
            msg(bounds::SLICE_B, 5, true, 2),
            "slice bounds out of range [5:2]"
        );
        assert_eq!(
            msg(bounds::SLICE_B, -5, true, 2),
            "slice bounds out of range [-5:]"
        );
        assert_eq!(
            msg(bounds::SLICE3_ALEN, 9, true, 3),
            "slice bounds out of range [::9] with length 3"
        );
        assert_eq!(
            msg(bounds::SLICE3_ACAP, 9, true, 3),
            "slice bounds out of range [::9] with capacity 3"
        );
        assert_eq!(
            msg(bounds::SLICE3_B, 4, true, 3),
            "slice bounds out of range [:4:3]"
        );
        assert_eq!(
            msg(bounds::SLICE3_C, 4, true, 3),
            "slice bounds out of range [4:3:]"
        );
        assert_eq!(
            msg(bounds::SLICE3_C, -4, true, 3),
            "slice bounds out of range [-4::]"
        );
        assert_eq!(
            msg(bounds::CONVERT, 4, true, 3),
            "cannot convert slice with length 3 to array or pointer to array with length 4"
        );
    }

    #[test]
    fn dottype_messages_match_gc() {
        fn td(name: &'static str) -> TypeDesc {
            TypeDesc {
                size: 8,
                ptrdata: 0,
                hash: 0,
                kind: kind::INT,
                align: 8,
                flags: 0,
                _pad: 0,
                gcdata: core::ptr::null(),
                name: GoString::from_static(name),
                elem: core::ptr::null(),
                key: core::ptr::null(),
                len: 0,
                equal: None,
                methods: core::ptr::null(),
                nmethods: 0,
            }
        }
        let (s, i, e) = (td("string"), td("int"), td("interface {}"));
        // SAFETY: the descriptors are valid locals.
        let m = unsafe { dottype_message(&s, &i, &e) };
        assert_eq!(
            m.as_bytes(),
            b"interface conversion: interface {} is string, not int"
        );
        // SAFETY: as above.
        let m = unsafe { dottype_message(core::ptr::null(), &i, &e) };
        assert_eq!(
            m.as_bytes(),
            b"interface conversion: interface {} is nil, not int"
        );
        // SAFETY: as above.
        let m = unsafe { missing_method_message(&s, &e, b"M") };
        assert_eq!(
            m.as_bytes(),
            b"interface conversion: string is not interface {}: missing method M"
        );
    }
}
