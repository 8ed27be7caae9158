//! The one list of runtime entry points compiled code may call.
//!
//! Every function here is an `extern "C"` (System V) function of
//! `librgo_runtime.a` (`runtime/src/abi.rs` implements them; its `lib.rs`
//! holds the authoritative list). A Go string argument is two words
//! `(ptr, len)`; a string result comes back in two registers; results larger
//! than two words go through an out-pointer passed first. Calling anything
//! that is not listed here is a bug: add it here, with its signature, first.

use cranelift_codegen::ir::{types, Type};

const P: Type = types::I64;
const I8: Type = types::I8;
const F32: Type = types::F32;
const F64: Type = types::F64;

/// A runtime entry point: its C symbol, parameter and result types, and
/// whether it never returns.
#[derive(Clone, Copy, Debug)]
pub struct RtFn {
    pub name: &'static str,
    pub params: &'static [Type],
    pub results: &'static [Type],
    pub noreturn: bool,
}

macro_rules! rt {
    ($id:ident, $name:literal, [$($p:expr),*], [$($r:expr),*]) => {
        pub const $id: RtFn = RtFn { name: $name, params: &[$($p),*], results: &[$($r),*], noreturn: false };
    };
    ($id:ident, $name:literal, [$($p:expr),*], [$($r:expr),*], noreturn) => {
        pub const $id: RtFn = RtFn { name: $name, params: &[$($p),*], results: &[$($r),*], noreturn: true };
    };
}

// `print` and `println` (stderr, gc's formats).
rt!(PRINTINT, "rt_printint", [P], []);
rt!(PRINTUINT, "rt_printuint", [P], []);
rt!(PRINTBOOL, "rt_printbool", [I8], []);
rt!(PRINTFLOAT, "rt_printfloat", [F64], []);
rt!(PRINTCOMPLEX, "rt_printcomplex", [F64, F64], []);
rt!(PRINTCOMPLEX64, "rt_printcomplex64", [F32, F32], []);
rt!(
    COMPLEX128DIV,
    "rt_complex128div",
    [F64, F64, F64, F64],
    [F64, F64]
);
rt!(PRINTSTRING, "rt_printstring", [P, P], []);
rt!(PRINTPOINTER, "rt_printpointer", [P], []);
rt!(PRINTHEX, "rt_printhex", [P], []);
rt!(PRINTEFACE, "rt_printeface", [P, P], []);
rt!(PRINTIFACE, "rt_printiface", [P, P], []);
rt!(PRINTSLICE, "rt_printslice", [P, P, P], []);
rt!(PRINTSP, "rt_printsp", [], []);
rt!(PRINTNL, "rt_printnl", [], []);

// Allocation.
// `(size, typ, needzero) -> ptr`.
rt!(MALLOCGC, "rt_mallocgc", [P, P, I8], [P]);
// `(typ) -> ptr`: a zeroed object of `typ`.
rt!(NEWOBJECT, "rt_newobject", [P], [P]);
// `(out *slice, elemtyp, len, cap)`.
rt!(MAKESLICE, "rt_makeslice", [P, P, P, P], []);
// `(out *slice, oldptr, newlen, oldcap, num, elemtyp)`.
rt!(GROWSLICE, "rt_growslice", [P, P, P, P, P, P], []);
// `(out *slice, oldptr, newlen, oldcap, num, elemtyp, buf, buflen)`: gc's
// `growsliceBuf`, `buf` a stack buffer of `buflen` elements.
rt!(
    GROWSLICE_BUF,
    "rt_growslice_buf",
    [P, P, P, P, P, P, P, P],
    []
);
// `(out *slice, elemtyp, old, len, cap, keepcap)`: gc's `moveSlice*`.
rt!(MOVESLICE, "rt_moveslice", [P, P, P, P, P, I8], []);

// Strings.
// `buf` (first) is a 32-byte stack buffer when the result does not
// escape, else null (gc's `tmpBuf`).
// `(buf, ptr to [n]string, n) -> string`.
rt!(CONCATSTRINGS, "rt_concatstrings", [P, P, P], [P, P]);
rt!(CONCATSTRING2, "rt_concatstring2", [P, P, P, P, P], [P, P]);
// `(p1, l1, p2, l2) -> -1/0/+1`.
rt!(CMPSTRING, "rt_cmpstring", [P, P, P, P], [P]);
// `(p, q, n) -> bool`.
rt!(MEMEQUAL, "rt_memequal", [P, P, P], [I8]);
// `(buf [4]byte, v) -> string`.
rt!(INTSTRING, "rt_intstring", [P, P], [P, P]);
rt!(SLICEBYTETOSTRING, "rt_slicebytetostring", [P, P, P], [P, P]);
// `(out *slice, buf, p, l)`.
rt!(STRINGTOSLICEBYTE, "rt_stringtoslicebyte", [P, P, P, P], []);
// `(out *slice, buf [32]rune, p, l)`.
rt!(STRINGTOSLICERUNE, "rt_stringtoslicerune", [P, P, P, P], []);
rt!(SLICERUNETOSTRING, "rt_slicerunetostring", [P, P, P], [P, P]);
// `(p, l, k) -> (rune, next k)`.
rt!(DECODERUNE, "rt_decoderune", [P, P, P], [P, P]);

// Maps (runtime/src/map.rs; `t` is the map type's descriptor, a map is a
// pointer to the runtime's `Hmap`, null when nil).
// `(t, hint, hdr) -> map`: `hdr` is stack memory for the header, or null.
rt!(MAKEMAP, "rt_makemap", [P, P, P], [P]);
// `(t, m, *key) -> *value`, null when missing.
rt!(MAPACCESS, "rt_mapaccess", [P, P, P], [P]);
// `(t, m, *key) -> *value` to store to (panics on a nil map).
rt!(MAPASSIGN, "rt_mapassign", [P, P, P], [P]);
rt!(MAPDELETE, "rt_mapdelete", [P, P, P], []);
rt!(MAPCLEAR, "rt_mapclear", [P], []);
// `(t, m, *iter)`, then `(*iter) -> more`; `Hiter` holds key/value pointers.
rt!(MAPITERINIT, "rt_mapiterinit", [P, P, P], []);
rt!(MAPITERNEXT, "rt_mapiternext", [P], [I8]);

// Run-time panics.
// `(code, x, signed, y)`: gc's `boundsErrorCode` order.
rt!(PANICBOUNDS, "rt_panicbounds", [I8, P, I8, P], [], noreturn);
rt!(PANICDIVIDE, "rt_panicdivide", [], [], noreturn);
rt!(PANICSHIFT, "rt_panicshift", [], [], noreturn);
// `(state)`: a misbehaving range-over-func iterator (gc's `panicrangestate`).
rt!(PANICRANGESTATE, "rt_panicrangestate", [P], [], noreturn);
rt!(PANICNILDEREF, "rt_panicnilderef", [], [], noreturn);
rt!(PANICNILMAP, "rt_panicnilmap", [], [], noreturn);
rt!(PANICMAKESLICELEN, "rt_panicmakeslicelen", [], [], noreturn);
// `(have, want, iface)` type descriptors of a failed `x.(T)`.
rt!(PANICDOTTYPE, "rt_panicdottype", [P, P, P], [], noreturn);
// `(typ, data)`: `panic(v)` with `v` as an empty interface.
rt!(GOPANIC, "rt_gopanic", [P, P], [], noreturn);
// `(typ)`: `==` on interfaces holding an uncomparable dynamic type.
rt!(PANICUNCOMPARABLE, "rt_panicuncomparable", [P], [], noreturn);

// defer and recover (`defer.rs`; the runtime's `defer.rs` documents them).
// `(frame) -> (0, frame)`, and `(1, frame)` again after a recovered panic.
rt!(SETJMP, "rgo_setjmp", [P], [P, P]);
// `(frame, closure, rec or null)`.
rt!(DEFERPROC, "rt_deferproc", [P, P, P], []);
// `(frame, fn)`: a `defer` in a range-over-func body, attached to the
// enclosing function's frame record (gc's `deferprocat`).
rt!(DEFERPROCAT, "rt_deferprocat", [P, P], []);
// `(frame)`: runs the frame's pending deferred calls.
rt!(DEFERRETURN, "rt_deferreturn", [P], []);
// `(frame pointer of the caller, caller is a wrapper) -> (typ, data)`.
rt!(GORECOVER, "rt_gorecover", [P, I8], [P, P]);
// `(table)`: `[n, (code, size) * n]`, the functions `recover` looks through.
rt!(SETWRAPPERS, "rt_setwrappers", [P], []);
// `(table)`: the function table (`symtab.rs`), from `rgo_main`.
rt!(SETFUNCTAB, "rt_setfunctab", [P], []);
// `(table)`: the allocation-site table (`sites.rs`), from `rgo_main`. Its
// layout (header, 32-byte entries, the `cur` word, counters, package names)
// is written down in `sites.rs` and mirrored by `runtime/src/allocsites.rs`;
// every call of a function `sites::allocates` lists is wrapped in stores of
// the current site's index into `cur`.
rt!(SETALLOCSITES, "rt_setallocsites", [P], []);
// `(inter, typ, canfail) -> *Itab`: the itab of `typ` as `inter`, built at run
// time for dynamic conversions (null, or a panic unless `canfail`).
rt!(GETITAB, "rt_getitab", [P, P, I8], [P]);

// Goroutines and channels (`chan.rs`; the runtime's `sched.rs`, `chan.rs`).
// `(f)`: starts a goroutine running the `func()` closure `f`.
rt!(NEWPROC, "rt_newproc", [P], []);
// `(chan type, size) -> *Hchan`.
rt!(MAKECHAN, "rt_makechan", [P, P], [P]);
// `(c, *elem)`: blocks; panics on a closed channel.
rt!(CHANSEND, "rt_chansend", [P, P], []);
// `(c, *elem) -> ok`: blocks; false (elem zeroed) when closed and drained.
rt!(CHANRECV, "rt_chanrecv", [P, P], [I8]);
rt!(CLOSECHAN, "rt_closechan", [P], []);
// `(cases *[n]{c, elem}, nsends, nrecvs, block) -> (index or -1, ok)`.
rt!(SELECTGO, "rt_selectgo", [P, P, P, I8], [P, P]);

// libc's `memmove(dst, src, n)`, for `copy` (the C library is linked).
rt!(MEMMOVE, "memmove", [P, P, P], [P]);
// The write barrier's slow path, `(dst, len)`: called *before* overwriting
// memory that may hold pointers in `[dst, dst+len)` while the byte at
// `GC_MARKING_SYMBOL` is non-zero (`FnCx::write_barrier`; the runtime side
// is `gc::wb_range`, contract in `runtime/src/gc/mod.rs`).
rt!(GCWB, "rt_gcwb", [P, P], []);
/// The runtime's one-byte flag, non-zero while the collector is marking.
pub const GC_MARKING_SYMBOL: &str = "rgo_gc_marking";
// libc's `memset(dst, c, n)`, for `clear` and zeroing large objects.
rt!(MEMSET, "memset", [P, types::I32, P], [P]);

// `boundsErrorCode` values (gc's `runtime/error.go` order).
pub mod bounds {
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
