//! Program counters to functions, files and lines, and stack walks by frame
//! pointer: `runtime.Callers`, `runtime.FuncForPC`, `runtime.CallersFrames`
//! (through the bindings of `stdlib/runtime`) and the panic traceback.
//!
//! The table is emitted by the compiler (`compiler/src/codegen/symtab.rs`,
//! which documents the layout; `FuncTab`/`FuncEntry` here mirror it) and
//! registered by `rgo_main` with `rt_setfunctab` before any Go code runs.
//! Entries are in definition order, which is address order in the object the
//! compiler writes; `set_functab` checks that and falls back to a linear
//! search if it does not hold.
//!
//! Stack walks rely on every Go function keeping a frame record
//! `[saved rbp][return address]` at its `rbp` (Cranelift's
//! `preserve_frame_pointers`). The walk starts from a Go function's `rbp` and
//! the return address into it, both captured by an assembly shim
//! (`rt_callers`) or recorded when a panic starts (`note_panic_frame`), since
//! the runtime's Rust code keeps no frame pointers. Rust and assembly frames
//! between Go frames (the `catchGoexit` shim keeps a frame record; the defer
//! trampoline may not) are skipped: a frame whose return address is in no Go
//! function is not reported, and the walk ends at the first frame pointer
//! that leaves the Go stack or does not grow, or after `runtime.main`.

use crate::signal::{STACK_HI, STACK_LO};
use crate::types::GoString;
use core::arch::global_asm;
use core::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// One function of the table (48 bytes; see the compiler's `symtab.rs`).
#[repr(C)]
pub struct FuncEntry {
    /// First byte of the function's code.
    pub entry: usize,
    name: *const u8,
    file: *const u8,
    size: u32,
    name_len: u32,
    file_len: u32,
    /// The declaration line (for PCs before the first line record).
    line: u32,
    lines_start: u32,
    nlines: u32,
}

/// The table header; `n` entries follow it.
#[repr(C)]
struct FuncTab {
    n: usize,
    /// `(code offset, line)` pairs, indexed by `FuncEntry::lines_start`.
    lines: *const [u32; 2],
}

static FUNCTAB: AtomicPtr<FuncTab> = AtomicPtr::new(core::ptr::null_mut());
static SORTED: AtomicBool = AtomicBool::new(false);

/// Registers the compiler's function table (`rt_setfunctab`).
pub fn set_functab(t: *const u8) {
    let t = t as *mut FuncTab;
    FUNCTAB.store(t, Ordering::Relaxed);
    let es = entries();
    SORTED.store(
        es.windows(2).all(|w| w[0].entry <= w[1].entry),
        Ordering::Relaxed,
    );
}

fn entries() -> &'static [FuncEntry] {
    let t = FUNCTAB.load(Ordering::Relaxed);
    if t.is_null() {
        return &[];
    }
    // SAFETY: the compiler emits `n` entries right after the header, in
    // read-only data that lives as long as the program.
    unsafe {
        let first = t.cast::<u8>().add(size_of::<FuncTab>()).cast::<FuncEntry>();
        core::slice::from_raw_parts(first, (*t).n)
    }
}

/// The function whose code contains `pc`.
pub fn find_func(pc: usize) -> Option<&'static FuncEntry> {
    let es = entries();
    let contains = |f: &FuncEntry| pc >= f.entry && pc < f.entry + f.size as usize;
    if SORTED.load(Ordering::Relaxed) {
        let i = es.partition_point(|f| f.entry <= pc);
        return i.checked_sub(1).map(|i| &es[i]).filter(|f| contains(f));
    }
    es.iter().find(|f| contains(f))
}

impl FuncEntry {
    /// gc's name of the function (`main.main`, `main.(*T).M`).
    pub fn name(&self) -> &'static [u8] {
        // SAFETY: the compiler emits `name_len` bytes at `name`.
        unsafe { core::slice::from_raw_parts(self.name, self.name_len as usize) }
    }

    /// The absolute path of the function's source file.
    pub fn file(&self) -> &'static [u8] {
        // SAFETY: the compiler emits `file_len` bytes at `file`.
        unsafe { core::slice::from_raw_parts(self.file, self.file_len as usize) }
    }

    /// The source line of the instruction at `pc` (inside this function).
    pub fn line(&self, pc: usize) -> u32 {
        let t = FUNCTAB.load(Ordering::Relaxed);
        let off = pc.wrapping_sub(self.entry) as u32;
        // SAFETY: the line records of this function lie in the table's line
        // array (`lines_start`, `nlines`).
        let ls = unsafe {
            core::slice::from_raw_parts(
                (*t).lines.add(self.lines_start as usize),
                self.nlines as usize,
            )
        };
        let i = ls.partition_point(|r| r[0] <= off);
        match i.checked_sub(1) {
            Some(i) => ls[i][1],
            None => self.line,
        }
    }
}

/// Reads the word at `addr` if it lies inside the Go stack.
fn stack_word(addr: usize) -> Option<usize> {
    let (lo, hi) = (
        STACK_LO.load(Ordering::Relaxed),
        STACK_HI.load(Ordering::Relaxed),
    );
    if !addr.is_multiple_of(8) || addr < lo || addr + 8 > hi {
        return None;
    }
    // SAFETY: `addr` is an aligned address inside the mapped Go stack.
    Some(unsafe { *(addr as *const usize) })
}

/// Walks the Go frames from the function whose frame pointer is `fp`, which
/// was executing at (or returns to) `pc`: calls `each(pc)` with the return
/// address (or `pc`) of every Go frame, innermost first, until it returns
/// false.
pub fn walk(mut fp: usize, mut pc: usize, mut each: impl FnMut(usize) -> bool) {
    for _ in 0..100_000 {
        if let Some(f) = find_func(pc.wrapping_sub(1)) {
            if !each(pc) || f.name() == b"runtime.main" {
                return;
            }
        }
        let (Some(next), Some(ret)) = (stack_word(fp), stack_word(fp + 8)) else {
            return;
        };
        if next <= fp {
            return;
        }
        (fp, pc) = (next, ret);
    }
}

// rt_callers(skip, pcs, len, cap) -> n
//   Captures the Go caller's frame pointer and the return address into it,
//   then continues in `callers` with them in place of `cap`.
global_asm!(
    ".text",
    ".globl rt_callers",
    ".type rt_callers,@function",
    "rt_callers:",
    "mov rcx, rbp",
    "mov r8, qword ptr [rsp]",
    "jmp {callers}",
    ".size rt_callers, .-rt_callers",
    callers = sym callers,
);

/// `runtime.callers`: fills `pcs[..len]` with the return addresses of the
/// Go frames from the caller of `rt_callers` outwards, skipping `skip`.
extern "C" fn callers(skip: i64, pcs: *mut usize, len: i64, fp: usize, pc: usize) -> i64 {
    let (mut skip, mut n) = (skip.max(0), 0i64);
    walk(fp, pc, |pc| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        if n >= len {
            return false;
        }
        // SAFETY: `pcs` has room for `len` words (a Go slice).
        unsafe { *pcs.add(n as usize) = pc };
        n += 1;
        n < len
    });
    n
}

/// The frame of the Go code that started the current panic (its frame
/// pointer and the PC it was at), for the traceback.
static PANIC_FP: AtomicUsize = AtomicUsize::new(0);
static PANIC_PC: AtomicUsize = AtomicUsize::new(0);

/// Records where a panic started: the frame pointer of the panicking Go
/// function and its PC (a return address, or the faulting instruction + 1).
pub fn note_panic_frame(fp: usize, pc: usize) {
    PANIC_FP.store(fp, Ordering::Relaxed);
    PANIC_PC.store(pc, Ordering::Relaxed);
}

// The run-time panic entry points compiled code calls: each records the
// calling Go function's frame pointer and the return address into it (for
// the traceback), then jumps to the Rust function of the same name (which
// is not `no_mangle`; `abi.rs` and `iface.rs` define them).
macro_rules! panic_entries {
    ($($name:ident => $f:path),* $(,)?) => {
        global_asm!(
            ".text",
            $(
                concat!(".globl ", stringify!($name)),
                concat!(".type ", stringify!($name), ",@function"),
                concat!(stringify!($name), ":"),
                "mov qword ptr [rip + {fp}], rbp",
                "mov rax, qword ptr [rsp]",
                "mov qword ptr [rip + {pc}], rax",
                concat!("jmp {", stringify!($name), "}"),
                concat!(".size ", stringify!($name), ", .-", stringify!($name)),
            )*
            fp = sym PANIC_FP,
            pc = sym PANIC_PC,
            $($name = sym $f,)*
        );
    };
}

panic_entries!(
    rt_panicbounds => crate::abi::rt_panicbounds,
    rt_panicdivide => crate::abi::rt_panicdivide,
    rt_panicshift => crate::abi::rt_panicshift,
    rt_panicrangestate => crate::abi::rt_panicrangestate,
    rt_panicnilderef => crate::abi::rt_panicnilderef,
    rt_panicmakeslicelen => crate::abi::rt_panicmakeslicelen,
    rt_panicmakeslicecap => crate::abi::rt_panicmakeslicecap,
    rt_panicnilmap => crate::abi::rt_panicnilmap,
    rt_panicdottype => crate::abi::rt_panicdottype,
    rt_panicdottypemissing => crate::abi::rt_panicdottypemissing,
    rt_gopanic => crate::abi::rt_gopanic,
    rt_panicuncomparable => crate::iface::rt_panicuncomparable,
);

/// Prints gc's traceback lines for the frames from where the last panic
/// started: `main.f(...)` and `\t/path/file.go:LINE +0xOFF`, up to
/// `main.main` (gc hides `runtime.main`), or the stand-in when unknown.
pub fn print_traceback() {
    use crate::print::{fmt_hex, fmt_uint, write_err};
    let (fp, pc) = (
        PANIC_FP.load(Ordering::Relaxed),
        PANIC_PC.load(Ordering::Relaxed),
    );
    let mut printed = false;
    if pc != 0 {
        walk(fp, pc, |pc| {
            let Some(f) = find_func(pc - 1) else {
                return true;
            };
            if f.name() == b"runtime.main" {
                return false;
            }
            let mut b = [0u8; 20];
            let mut h = [0u8; 18];
            write_err(f.name());
            write_err(b"(...)\n\t");
            write_err(f.file());
            write_err(b":");
            write_err(fmt_uint(&mut b, f.line(pc - 1) as u64));
            write_err(b" +");
            write_err(fmt_hex(&mut h, (pc - f.entry) as u64));
            write_err(b"\n");
            printed = true;
            true
        });
    }
    if !printed {
        write_err(b"main.main()\n\t?:0 +0x0\n");
    }
}

// ---------------------------------------------------------------------------
// Bindings of `stdlib/runtime` (listed in `lib.rs`).

/// `runtime.FuncForPC`: the table entry of the function containing `pc`.
#[no_mangle]
pub extern "C" fn rt_funcforpc(pc: usize) -> *const FuncEntry {
    find_func(pc).map_or(core::ptr::null(), |f| f as *const FuncEntry)
}

/// `(*Func).Name`.
///
/// # Safety
/// `f` must come from `rt_funcforpc` and not be null (the Go side checks).
#[no_mangle]
pub unsafe extern "C" fn rt_funcname(f: *const FuncEntry) -> GoString {
    // SAFETY: `f` came from `rt_funcforpc` (the Go side checks nil).
    let s = unsafe { (*f).name() };
    GoString {
        ptr: s.as_ptr(),
        len: s.len() as isize,
    }
}

/// `(*Func).FileLine`'s file.
///
/// # Safety
/// As for `rt_funcname`.
#[no_mangle]
pub unsafe extern "C" fn rt_funcfile(f: *const FuncEntry) -> GoString {
    // SAFETY: as for `rt_funcname`.
    let s = unsafe { (*f).file() };
    GoString {
        ptr: s.as_ptr(),
        len: s.len() as isize,
    }
}

/// `(*Func).FileLine`'s line for `pc`.
///
/// # Safety
/// As for `rt_funcname`.
#[no_mangle]
pub unsafe extern "C" fn rt_funcline(f: *const FuncEntry, pc: usize) -> i64 {
    // SAFETY: as for `rt_funcname`.
    unsafe { (*f).line(pc) as i64 }
}

/// `(*Func).Entry`.
///
/// # Safety
/// As for `rt_funcname`.
#[no_mangle]
pub unsafe extern "C" fn rt_funcentry(f: *const FuncEntry) -> usize {
    // SAFETY: as for `rt_funcname`.
    unsafe { (*f).entry }
}
