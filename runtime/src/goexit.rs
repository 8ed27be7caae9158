//! `runtime.Goexit`: a catch frame that a Go function value is called
//! under, and a jump back to the innermost one; in a goroutine other than
//! main without a catch frame, Goexit runs its deferred calls and ends it.
//! The catch record pointer is per goroutine (`sched.rs` saves it on every
//! switch).
//!
//! The `testing` package is the user: `t.FailNow` (and so `t.Fatal`,
//! `t.Skip`) must stop the test function at once, which gc does with
//! `runtime.Goexit` ending the test's goroutine. rgo has a single goroutine,
//! so `testing` instead calls each test under `rt_catchgoexit(f)`, and
//! `rt_goexit` returns from that call (with `true`) by restoring the stack
//! pointer and the callee-saved registers saved on entry, like `longjmp`.
//!
//! Invariants:
//! - Catch frames nest (subtests): `GOEXIT_TOP` points at the innermost
//!   frame's record `{prev, saved registers}` on the machine stack, and both
//!   the normal return and the jump pop exactly that record.
//! - Only Go frames lie between a catch frame and `rt_goexit` (compiled Go
//!   code calls runtime functions that return before Go code runs again),
//!   so no Rust frame is skipped and no Rust destructor is lost.
//! - Like gc's Goexit, `rt_goexit` first runs the deferred calls of the
//!   frames it abandons (`defer::run_defers_below` the catch record, whose
//!   address is above every such frame), so the defer chain keeps only
//!   records of live frames (`defer.rs`, D1).
//!
//! Without a catch frame, `rt_goexit` is gc's fatal error for the main
//! goroutine calling Goexit.

use core::arch::global_asm;

// rt_catchgoexit(closure: *const u8) -> bool
//   Calls the Go function value `closure` (code pointer in its first word,
//   the closure itself as the hidden context argument) and returns false,
//   or true when `rt_goexit` ended the call.
//
// The record pushed on the stack, from its address upwards:
//   [prev record] [r15] [r14] [r13] [r12] [rbx] [rbp] [return address]
// 7 pushes after the call keep rsp 16-byte aligned for the Go call. rbp
// points at the saved rbp (a frame record), so stack walks (`symtab.rs`)
// go through this frame to the Go function that called it.
global_asm!(
    ".pushsection .bss.rgo_goexit_top,\"aw\",@nobits",
    ".p2align 3",
    ".globl rgo_goexit_top",
    "rgo_goexit_top: .quad 0",
    ".popsection",
    ".text",
    ".globl rt_catchgoexit",
    ".type rt_catchgoexit,@function",
    "rt_catchgoexit:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "push qword ptr [rip + rgo_goexit_top]",
    "mov qword ptr [rip + rgo_goexit_top], rsp",
    "call qword ptr [rdi]",
    "xor eax, eax",
    "2:",
    "pop rcx",
    "mov qword ptr [rip + rgo_goexit_top], rcx",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".size rt_catchgoexit, .-rt_catchgoexit",
    ".globl rgo_goexit_jump",
    ".type rgo_goexit_jump,@function",
    "rgo_goexit_jump:",
    "mov rsp, qword ptr [rip + rgo_goexit_top]",
    "mov eax, 1",
    "jmp 2b",
    ".size rgo_goexit_jump, .-rgo_goexit_jump",
    ".globl rgo_goexit_active",
    ".type rgo_goexit_active,@function",
    "rgo_goexit_active:",
    "mov rax, qword ptr [rip + rgo_goexit_top]",
    "ret",
    ".size rgo_goexit_active, .-rgo_goexit_active",
);

extern "C" {
    /// Defined above: unwinds to the innermost catch frame.
    fn rgo_goexit_jump() -> !;
    /// Defined above: the innermost catch record, or 0.
    fn rgo_goexit_active() -> usize;
}

/// `runtime.Goexit`: ends the call made by the innermost `rt_catchgoexit`;
/// without one, gc's fatal error for the main goroutine (exit status 2).
pub fn goexit() -> ! {
    // SAFETY: reading the record pointer has no preconditions.
    if unsafe { rgo_goexit_active() } == 0 && crate::sched::cur_id() != 1 {
        // A goroutine other than main: run all its deferred calls, end it.
        // SAFETY: every record on the chain belongs to this goroutine.
        unsafe { crate::defer::run_defers_below(usize::MAX) };
        crate::sched::goexit0();
    }
    // SAFETY: reading the record pointer has no preconditions.
    if unsafe { rgo_goexit_active() } == 0 {
        crate::print::write_err(
            b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
        );
        crate::sys::exit(2);
    }
    // SAFETY: a catch frame is live (checked above), and only Go frames lie
    // between it and here (module invariant); the deferred calls of those
    // frames run before they are abandoned.
    unsafe {
        crate::defer::run_defers_below(rgo_goexit_active());
        rgo_goexit_jump()
    }
}
