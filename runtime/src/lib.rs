//! The rgo runtime: linked (as `librgo_runtime.a`) into every executable the
//! rgo compiler produces.
//!
//! # Overview
//!
//! The runtime provides what compiled Go code cannot do inline: program
//! entry (`entry`), the heap allocator (`alloc`, gc's size classes, spans,
//! per-thread caches and page heap; its module doc is the allocator essay),
//! a stop-the-world mark-sweep collector (`gc`, on by default, paced by
//! `GOGC` like gc; its module doc states where Go pointers may live),
//! slices (`slice`), strings (`string`), the `print` builtins (`print`),
//! panics and run-time error values (`panic`), `defer`/`panic`/`recover`
//! (`defer`: the defer chain, the panic loop, recovery by long jump), fault
//! handling (`signal`, which turns nil dereferences into panics), PCs to
//! functions and lines and stack walks (`symtab`), per-site allocation
//! counts for `GODEBUG=allocsites=1` (`allocsites`), hashing for maps (`hash`)
//! and OS access (`sys`, plus `file` for the stdlib's files and sleeping);
//! `strconv` (float digits and parsing) and `reflect` (typed memory access
//! for `internal/reflectlite`) serve the Go stdlib. All entry points live in `abi`; this file is the
//! single list of them. `compiler/src/codegen/rt.rs` mirrors that list and
//! `compiler/src/types/layout.rs` mirrors `types`.
//!
//! Invariants: Go objects are allocated only by `alloc`, never by Rust's
//! global allocator; output goes straight to `write(2)` with no buffering;
//! no Rust panic unwinds into compiled code (every entry point is
//! `extern "C"`, which aborts on unwind).
//!
//! # The ABI contract (linux/amd64, gc's layouts)
//!
//! * `int`, `uint`, `uintptr` and pointers are 8 bytes; `bool` is 1 byte
//!   holding 0 or 1.
//! * string = `GoString { ptr, len }` (16 bytes); slice =
//!   `GoSlice { ptr, len, cap }` (24 bytes); `any` = `Eface { typ, data }`;
//!   non-empty interface = `Iface { itab, data }` with
//!   `Itab { inter, typ, fun[N] }` (`typ` at offset 8). `data` is the value
//!   itself for types flagged `FLAG_DIRECT_IFACE`, else a pointer to a boxed
//!   copy.
//! * Type descriptors: `types::TypeDesc` (96 bytes; offsets size 0, ptrdata 8,
//!   hash 16, kind 20, align 21, flags 22, gcdata 24, name 32, elem 48,
//!   key 56, len 64, equal 72, methods 80, nmethods 88). `kind` uses
//!   `reflect.Kind` numbers; `flags` bit0 DIRECT_IFACE, bit1 COMPARABLE,
//!   bit2 NAMED; `gcdata` is a word bitmap (LSB first) over `ptrdata / 8`
//!   words; `methods` is sorted by name, each `ifn` taking the data word as
//!   receiver. An unrecovered `panic(v)` prints `v`'s `Error() string` (else
//!   `String() string`) method, found by name and by the signature's type
//!   string, called as `extern "C" fn(ctx, data) -> GoString`.
//! * `flags` bit4 `FLAG_REGULAR_MEMORY`: `==` compares the value's bytes;
//!   maps hash and compare such keys as memory (`map`).
//! * Maps: a map is a pointer to `map::Hmap` (72 bytes, `count` = `len(m)`
//!   at offset 0; the compiler may place it on the stack and pass it to
//!   `rt_makemap`), iterators are `map::Hiter` (96 bytes, current key
//!   pointer at 0, value pointer at 8, key null when done) in the frame of
//!   the `range` loop. `map.rs` describes the table.
//! * Struct descriptors (`types::StructTypeDesc`): a struct descriptor with
//!   flag bit3 `FLAG_HAS_FIELDS` is followed by `fields` (offset 96) and
//!   `nfields` (104), pointing at `FieldDesc { name 0, typ 16, offset 24,
//!   embedded 32, tag 40 }` (56 bytes). `stdlib/internal/reflectlite` (fmt's `%v`
//!   of structs) reads them; for interface types it expects `nmethods` to
//!   count the interface's methods (0 means `any`, whose values are
//!   `Eface`s; otherwise `Iface`s).
//! * Calls use System V (`extern "C"`). A string argument is two arguments
//!   (ptr, len). A string result is returned by value in rax:rdx. Anything
//!   larger (slices) is returned through an out-pointer first argument.
//! * Channels: a channel is a pointer to `chan::Hchan` (96 bytes, `len` at
//!   offset 0, `cap` at 8; nil is null); a `select` passes an array of
//!   `chan::Scase { c, elem }` (16 bytes), sends first. Goroutines are
//!   `sched::G` records, each with its own mmap'd stack (`sched.rs`).
//! * `main` (C) saves argc/argv, initialises the heap and fault handlers,
//!   then calls the compiler-emitted `extern "C" fn rgo_main()` on a thread
//!   with a 512 MiB stack, and returns 0 when it returns.
//! * Strings passed to `rt_concatstrings` may be returned unchanged (when
//!   only one is non-empty) unless the caller passed no buffer and the
//!   string's bytes are on the stack (gc's `stringDataOnStack`).
//! * String conversions and concatenations take a `buf` first: the
//!   caller's 32-byte stack buffer (`[32]rune` for `[]rune(s)`, 4 bytes for
//!   `string(rune)`) when the result does not escape, else null.
//! * Unrecovered panics print gc's lines (`panic: …`, `[recovered]` chains)
//!   and a traceback of the Go frames (`symtab`) to stderr and exit with
//!   status 2. The run-time panic entry points (`rt_panic*`, `rt_gopanic`)
//!   are assembly shims that note the panicking frame and jump to the Rust
//!   functions of the same name in `abi`/`iface`, which are not `no_mangle`.
//! * A function containing `defer` keeps a `defer::DeferFrame` (a 64-byte
//!   jump buffer first) in its frame and calls `rgo_setjmp` at entry; a
//!   `defer::DeferRec` is 32 bytes `{link, frame, fn, _}`
//!   (`compiler/src/codegen/defer.rs` mirrors both).
//!
//! # Exported entry points (all `#[no_mangle] extern "C"`, defined in `abi`)
//!
//! ```text
//! // print/println builtins: stderr, gc go1.27 formats
//! rt_printint(v: i64)                  rt_printuint(v: u64)
//! rt_printbool(v: bool)                rt_printfloat(v: f64)
//! rt_printfloat32(v: f32)              rt_printcomplex(re: f64, im: f64)
//! rt_printcomplex64(re: f32, im: f32)  rt_printstring(p: *const u8, len: isize)
//! rt_complex128div(a, b, c, d: f64) -> {re, im: f64}   // (a+bi)/(c+di), xmm0/xmm1
//! rt_printpointer(p: *const u8)        rt_printhex(v: u64)
//! rt_printeface(typ: *const TypeDesc, data: *mut u8)
//! rt_printiface(itab: *const Itab, data: *mut u8)
//! rt_printslice(p: *const u8, len: isize, cap: isize)
//! rt_printsp()                         rt_printnl()
//! // I/O and process
//! rt_write(fd: i64, p: *const u8, len: isize) -> i64   // bytes or -errno
//! rt_exit(code: i64) -> !
//! rt_throw(p: *const u8, len: isize) -> !            // fatal error + traceback
//! rt_argc() -> i64                     rt_argv(i: i64) -> GoString
//! rt_getenv(p: *const u8, len: isize) -> GoString
//! rt_lookupenv(out: *mut GoString, p: *const u8, len: isize) -> bool
//! rt_nanotime() -> i64                 rt_walltime(sec: *mut i64, nsec: *mut i32)
//! // allocation, slices, memory statistics, collection
//! rt_mallocgc(size: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8
//! rt_newobject(typ: *const TypeDesc) -> *mut u8
//! rt_gcwb(dst: *const u8, len: usize)    (write barrier slow path, before the store; data symbol rgo_gc_marking: u8)
//! rt_makeslice(out: *mut GoSlice, elem: *const TypeDesc, len: isize, cap: isize)
//! rt_growslice(out: *mut GoSlice, oldptr: *mut u8, newlen: isize, oldcap: isize,
//!              num: isize, elem: *const TypeDesc)
//! rt_growslice_buf(out, oldptr, newlen, oldcap, num, elem,
//!                  buf: *mut u8, buflen: isize)   // buf: caller's stack buffer
//! rt_moveslice(out: *mut GoSlice, elem: *const TypeDesc, old: *mut u8,
//!              len: isize, cap: isize, keepcap: bool)   // stack -> heap
//! rt_readmemstats(out: *mut MemStats)  rt_gc()
//! // strings
//! rt_concatstrings(buf: *mut u8, ptrs: *const GoString, n: isize) -> GoString
//! rt_concatstring2(buf, p1, l1, p2, l2) -> GoString
//! rt_cmpstring(p1, l1, p2, l2) -> i64  // -1, 0, +1
//! rt_memequal(p: *const u8, q: *const u8, n: usize) -> bool
//! rt_intstring(buf: *mut u8, v: i64) -> GoString
//! rt_slicebytetostring(buf: *mut u8, p: *const u8, len: isize) -> GoString
//! rt_stringtoslicebyte(out: *mut GoSlice, buf: *mut u8, p: *const u8, len: isize)
//! rt_stringtoslicerune(out: *mut GoSlice, buf: *mut i32, p: *const u8, len: isize)
//! rt_slicerunetostring(buf: *mut u8, p: *const i32, len: isize) -> GoString
//! rt_decoderune(p: *const u8, len: isize, k: isize) -> DecodedRune { rune: i64, next: i64 }
//! rt_countrunes(p: *const u8, len: isize) -> isize
//! // maps (`t` is the map type's descriptor; `m` null for a nil map)
//! rt_makemap(t: *const TypeDesc, hint: i64, h: *mut Hmap) -> *mut Hmap  // h null: heap
//! rt_mapaccess(t, m: *mut Hmap, key: *const u8) -> *mut u8   // value or null
//! rt_mapassign(t, m, key) -> *mut u8   // value slot to store to
//! rt_mapdelete(t, m, key)              rt_mapclear(m)
//! rt_mapiterinit(t, m, it: *mut Hiter) rt_mapiternext(it) -> bool
//! // hashing
//! rt_strhash(p: *const u8, len: isize, seed: u64) -> u64
//! rt_memhash(p: *const u8, n: usize, seed: u64) -> u64
//! // panics (exit status 2)
//! rt_panicbounds(code: u8, x: i64, signed: bool, y: i64) -> !
//! rt_panicdivide() -> !                rt_panicshift() -> !
//! rt_panicnilderef() -> !              rt_panicnilmap() -> !
//! rt_panicmakeslicelen() -> !          rt_panicmakeslicecap() -> !
//! rt_panicrangestate(state: i64) -> !  // a misbehaving range-over-func iterator
//! rt_panicdottype(have: *const TypeDesc, want: *const TypeDesc, iface: *const TypeDesc) -> !
//! rt_panicdottypemissing(have, want: *const TypeDesc, mp: *const u8, mlen: isize) -> !
//! rt_gopanic(typ: *const TypeDesc, data: *mut u8) -> !
//! rt_panicuncomparable(typ: *const TypeDesc) -> !   // `==` on interfaces
//! // defer and recover (`defer`)
//! rgo_setjmp(frame: *mut DeferFrame) -> (i64, *mut DeferFrame)  // asm: (0, frame),
//!                                      // or (1, frame) again after a recovery
//! rt_deferproc(frame: *mut DeferFrame, closure: *const u8, rec: *mut DeferRec)
//! rt_deferprocat(frame: *mut DeferFrame, closure: *const u8)  // range-over-func body
//! rt_deferreturn(frame: *mut DeferFrame)
//! rt_gorecover(fp: usize, wrapper: bool) -> Eface  // the caller's frame pointer
//! rt_setwrappers(table: *const usize)  // [n, (code, size) * n], from rgo_main
//! rt_setfunctab(table: *const u8)      // the function table (`symtab`), from rgo_main
//! rt_setallocsites(table: *const u8)   // the allocation-site table, from rgo_main: layout in
//!                                      // `allocsites` and the compiler's `codegen/sites.rs`; generated
//!                                      // code sets its `cur` word around allocating calls
//! // stdlib intrinsics (`//rgo:runtime` bindings in stdlib/; Go types in brackets)
//! rt_ftoa_shortest(v: f64, bitsize: i64, digits: *mut u8, dp: *mut i64) -> i64
//!                                      // strconv [float64, int, *byte, *int] int
//! rt_parsefloat(p: *const u8, len: isize, bitsize: i64, out: *mut f64) -> bool
//!                                      // strconv [string, int, *float64] bool
//! rt_float64bits(f: f64) -> u64        rt_float64frombits(b: u64) -> f64
//! rt_float32bits(f: f32) -> u32        rt_float32frombits(b: u32) -> f32
//! rt_sqrt(x: f64) -> f64               rt_fma(x: f64, y: f64, z: f64) -> f64   // math
//! rt_floor(x: f64) -> f64  rt_ceil(x: f64) -> f64  rt_trunc(x: f64) -> f64      // math
//! rt_clz64(x: u64) -> i64  rt_ctz64(x: u64) -> i64  rt_popcount64(x: u64) -> i64 // math/bits
//! rt_bswap64(x: u64) -> u64            rt_mulhi64(x: u64, y: u64) -> u64       // math/bits
//! rt_div128(hi: u64, lo: u64, y: u64, rem: *mut u64) -> u64  // math/bits, hi < y
//! rt_indexbytestring(p, len, c: u8) -> isize   rt_indexbyte(p, len, cap, c: u8) -> isize
//! rt_indexstring(p, len, q, n) -> isize        rt_index(p, len, cap, q, n, qcap) -> isize
//!                                      // internal/bytealg [string|[]byte ...] int; -1: absent
//! rt_efacetype(typ, data) -> usize     rt_efacedata(typ, data) -> usize
//! rt_load(addr: usize, size: usize) -> u64      // size 1, 2, 4 or 8
//! rt_loadstring(addr: *const GoString) -> GoString
//! rt_makeeface(out: *mut Eface, typ: *const TypeDesc, addr: *const u8)
//! rt_typedmemmove(typ: *const TypeDesc, dst: *mut u8, src: *const u8)
//! rt_memswap(p: *mut u8, q: *mut u8, n: usize)  // internal/reflectlite
//! rt_open(p: *const u8, len: isize, flags: i64, perm: i64) -> i64  // fd or -errno
//! rt_read(fd: i64, p: *mut u8, len: isize) -> i64                  // n or -errno
//! rt_close(fd: i64) -> i64             rt_remove(p: *const u8, len: isize) -> i64
//! rt_mkdir(p: *const u8, len: isize, perm: i64) -> i64              // 0 or -errno
//! rt_nanosleep(ns: i64)                // os, time: parks the goroutine (`sched`)
//! rt_fstatat(dirfd: i64, p: *const u8, len: isize, out: *mut RawStat, flags: i64) -> i64
//! rt_getdents(fd: i64, b: *mut u8, n: isize) -> i64 // os: bytes or -errno
//! rt_getcwd(b: *mut u8, n: isize) -> i64              // os: length or -errno
//! rt_envv(i: i64, out: *mut GoString) -> bool         // os: initial environment entry i
//! // goroutines, channels, select, sync (`sched`, `chan`)
//! rt_newproc(f: *const Closure)        // `go`: f is a func() closure
//! rt_gosched()                         rt_numgoroutine() -> i64
//! rt_makechan(t: *const TypeDesc, size: i64) -> *mut Hchan  // t: the chan type
//! rt_chansend(c: *mut Hchan, elem: *const u8)   // blocks; panics if closed
//! rt_chanrecv(c: *mut Hchan, elem: *mut u8) -> bool  // elem null: discard;
//!                                      // false: closed and drained (zeroed)
//! rt_closechan(c: *mut Hchan)
//! rt_selectgo(cases: *mut Scase, nsends: i64, nrecvs: i64, block: bool)
//!     -> SelectResult { index: i64, ok: i64 }   // index -1: default
//! rt_semacquire(addr: *mut u32, reason: i64)    // sync [*uint32, int]
//! rt_semrelease(addr: *mut u32)                 // sync [*uint32]
//! rt_cpu_has_fma() -> bool             // math (gc's useFMA for Exp)
//! rt_catchgoexit(f: *const Closure) -> bool  // testing: calls f; true if it Goexit'ed
//!                                      // (in `goexit`, assembly)
//! rt_goexit() -> !                     // runtime.Goexit (`goexit`)
//! rt_callers(skip: i64, pcs: *mut usize, len: i64, cap: i64) -> i64
//!                                      // runtime.Callers (`symtab`, assembly)
//! rt_funcforpc(pc: usize) -> *const FuncEntry   // runtime.FuncForPC, null if none
//! rt_funcname(f) -> GoString           rt_funcfile(f) -> GoString
//! rt_funcline(f, pc: usize) -> i64     rt_funcentry(f) -> usize   // (*runtime.Func)
//! // program entry (defined by the runtime / required from the compiler)
//! main(argc: i32, argv: *const *const c_char) -> i32   // C entry, in `entry`
//! rgo_main()                                           // emitted by the compiler
//! ```
//!
//! `rt_panicbounds` codes are gc's `boundsErrorCode`: 0 index, 1 slice
//! `[:x]` vs len, 2 `[:x]` vs cap, 3 `[x:y]`, 4 `[::x]` vs len, 5 `[::x]` vs
//! cap, 6 `[:x:y]`, 7 `[x:y:]`, 8 slice-to-array conversion.
//!
//! `MemStats` (for `rt_readmemstats`) is gc's `runtime.MemStats` layout:
//! Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys,
//! HeapIdle, HeapInuse, HeapReleased, HeapObjects, StackInuse, StackSys,
//! MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys,
//! OtherSys, NextGC, LastGC, PauseTotalNs (all u64), PauseNs [256]u64,
//! PauseEnd [256]u64, NumGC u32, NumForcedGC u32, GCCPUFraction f64,
//! EnableGC bool, DebugGC bool, BySize [61]{Size u32; Mallocs, Frees u64}.

#![warn(missing_docs)]

pub mod abi;
pub mod alloc;
pub mod allocsites;
pub mod chan;
pub mod defer;
#[cfg(not(test))]
pub mod entry;
pub mod file;
pub mod gc;
pub mod goexit;
pub mod hash;
pub mod iface;
pub mod map;
pub mod panic;
pub mod print;
pub mod reflect;
pub mod sched;
pub mod signal;
pub mod slice;
pub mod strconv;
pub mod string;
pub mod symtab;
pub mod sys;
pub mod types;

pub use abi::*;
pub use alloc::{BySize, MemStats};
pub use types::{
    Eface, FieldDesc, GoSlice, GoString, Iface, Itab, Method, StructTypeDesc, TypeDesc,
};
