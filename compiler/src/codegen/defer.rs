//! `defer` and `recover` in generated code (the runtime side is
//! `runtime/src/defer.rs`, whose module docs describe the whole design).
//!
//! A function whose body contains `defer` (after `ir::defer::wrap_defers`,
//! every one defers a `func()` value) gets:
//!
//! * a **frame record** stack slot: the runtime's 64-byte jump buffer
//!   (`DeferFrame`), then, per result `i`, two words at `64 + 16*i`: the
//!   address of the result's home and the caller's out-pointer (aggregate
//!   results) or 0;
//! * results that always live in memory (never SSA variables), so that a
//!   `return`, deferred closures and a recovery all see the same values;
//! * at entry, after parameters and results are set up: the result
//!   addresses are stored in the frame record and `rgo_setjmp(frame)` is
//!   called. It returns `(0, frame)`, and the body runs. After a recovered
//!   panic it returns again, `(1, frame)`, and the **recovery block** runs
//!   the remaining deferred calls (`rt_deferreturn`) and returns the
//!   results, reading every address from the frame pointer the call
//!   returned;
//! * each `defer` calls `rt_deferproc(frame, fn, rec, wrapper)`, `rec` being
//!   a 32-byte record slot in the frame when the statement cannot run twice
//!   in one call (outside loops, in a function without labels), else null
//!   (the runtime allocates it);
//! * each return stores its values into the results, calls
//!   `rt_deferreturn(frame)` and returns the results as they are then.
//!
//! **Invariant (D3):** the recovery block uses no SSA value defined before
//! the `rgo_setjmp` call, nor any `Variable`: a long jump restores only the
//! callee-saved registers and the stack pointer of that moment, while
//! spill slots may since have been reused. It only uses the call's second
//! result and constants (which Cranelift rematerialises per block).
//!
//! `recover()` is `rt_gorecover(fp, wrapper)` with the function's own frame
//! pointer (frame pointers are always kept, see `make_module`) and whether
//! the function is itself a defer wrapper: the runtime walks the saved
//! frame pointers up to the trampoline running the deferred call and
//! recovers only if exactly one frame on the way is not a wrapper (gc's
//! rule). Wrappers are found by return address in the table `rgo_main`
//! registers first thing (`rt_setwrappers`): `[n, (code, size) * n]` for
//! defer wrappers, itab wrappers and method-value code.

use super::func::{trusted, CPlace, CVal, FunctionCx};
use super::{rt, PTR};
use crate::ir::{Callee, Expr, ExprKind, FuncId, Stmt};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, StackSlot, Value};
use cranelift_module::Module;
use std::collections::HashSet;

/// Bytes of the runtime's `DeferFrame` (its jump buffer).
const DEFER_FRAME_BYTES: u32 = 64;
/// Bytes of a runtime `DeferRec`.
const DEFER_REC_BYTES: u64 = 32;

/// Per-function state of a function containing `defer`.
pub(crate) struct DeferState {
    frame: StackSlot,
    /// The `defer` calls (by address) whose record may live in the frame.
    in_frame: HashSet<*const Expr>,
}

/// Defines the table `rgo_main` registered: `[n, (code, size) * n]` for
/// every function `recover` looks through (called after all code is
/// compiled).
pub(crate) fn define_wrapper_table(cx: &mut super::Cx) {
    let Some(id) = cx.wrapper_table else {
        return;
    };
    let n = cx.wrapper_code.len();
    let mut bytes = vec![0u8; 8 + 16 * n];
    bytes[..8].copy_from_slice(&(n as u64).to_le_bytes());
    let mut d = cranelift_module::DataDescription::new();
    for (i, &(_, size)) in cx.wrapper_code.iter().enumerate() {
        let off = 8 + 16 * i;
        bytes[off + 8..off + 16].copy_from_slice(&(size as u64).to_le_bytes());
    }
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    let code = cx.wrapper_code.clone();
    for (i, (f, _)) in code.into_iter().enumerate() {
        let fr = cx.module.declare_func_in_data(f, &mut d);
        d.write_function_addr((8 + 16 * i) as u32, fr);
    }
    if let Err(e) = cx.module.define_data(id, &d) {
        cx.error(
            crate::syntax::span::Span::default(),
            format!("rgo: internal error defining the wrapper table: {e}"),
        );
    }
}

/// Whether a body contains a `defer` statement.
pub(crate) fn has_defer(ss: &[Stmt]) -> bool {
    ss.iter().any(|s| match s {
        s if crate::ir::Program::defers_here(s) => true,
        Stmt::If { then, els, .. } => has_defer(then) || has_defer(els),
        Stmt::Loop { body, post, .. } => has_defer(body) || has_defer(post),
        Stmt::Breakable { body, .. } | Stmt::Block(body) => has_defer(body),
        _ => false,
    })
}

/// Collects the defers that run at most once per call of the function.
fn once_defers(ss: &[Stmt], in_loop: bool, out: &mut HashSet<*const Expr>, labels: &mut bool) {
    for s in ss {
        match s {
            Stmt::Defer(e) if !in_loop => {
                out.insert(e as *const Expr);
            }
            Stmt::Label(_) => *labels = true,
            Stmt::If { then, els, .. } => {
                once_defers(then, in_loop, out, labels);
                once_defers(els, in_loop, out, labels);
            }
            Stmt::Loop { body, post, .. } => {
                once_defers(body, true, out, labels);
                once_defers(post, true, out, labels);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => {
                once_defers(body, in_loop, out, labels)
            }
            _ => {}
        }
    }
}

impl DeferState {
    /// The frame record's stack slot.
    pub(crate) fn frame_slot(&self) -> StackSlot {
        self.frame
    }
}

impl FunctionCx<'_, '_, '_> {
    /// Creates the frame record if the function defers anything (called
    /// first thing in the prologue, before homes are chosen).
    pub(crate) fn defer_setup(&mut self) {
        let Some(body) = &self.f.body else {
            return;
        };
        // A range-over-func body's defers belong to the enclosing frame.
        let token = self.fid.and_then(|f| self.cx.prog.range_defer_token(f));
        if !has_defer(body) || token.is_some() {
            return;
        }
        let mut in_frame = HashSet::new();
        let mut labels = false;
        once_defers(body, false, &mut in_frame, &mut labels);
        if labels {
            in_frame.clear();
        }
        let size = DEFER_FRAME_BYTES as u64 + 16 * self.f.results.len() as u64;
        let frame = self.new_slot(size, 16);
        self.defer = Some(DeferState { frame, in_frame });
    }

    /// The end of the prologue: records the result homes and calls
    /// `rgo_setjmp`, emitting the recovery block.
    pub(crate) fn defer_entry(&mut self) {
        let Some(st) = &self.defer else {
            return;
        };
        let frame = self.b.ins().stack_addr(PTR, st.frame, 0);
        let results = self.f.results.clone();
        for (i, &r) in results.iter().enumerate() {
            let off = (DEFER_FRAME_BYTES + 16 * i as u32) as i32;
            let addr = match self.local_place(r) {
                CPlace::Addr(a) => a,
                CPlace::Vars(_) | CPlace::Blank | CPlace::MapEntry { .. } => {
                    self.cx.error(
                        self.f.span,
                        "rgo: internal error: a result of a function with defer is not in memory",
                    );
                    return;
                }
            };
            self.b.ins().store(trusted(), addr, frame, off);
            let out = match self.out_ptrs.get(i).copied().flatten() {
                Some(o) => o,
                None => self.b.ins().iconst(PTR, 0),
            };
            self.b.ins().store(trusted(), out, frame, off + 8);
        }
        let r = self.call_rt(&rt::SETJMP, &[frame]);
        let (flag, fp) = (r[0], r[1]);
        let (recover_b, body_b) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(recover_b);
        self.b.ins().brif(flag, recover_b, &[], body_b, &[]);
        self.b.switch_to_block(recover_b);
        self.defer_recovery(fp);
        self.b.switch_to_block(body_b);
    }

    /// The recovery block (D3): only `fp`, loads through it and constants.
    fn defer_recovery(&mut self, fp: Value) {
        self.call_rt(&rt::DEFERRETURN, &[fp]);
        let results = self.f.results.clone();
        let mut rets = Vec::new();
        for (i, &r) in results.iter().enumerate() {
            let off = (DEFER_FRAME_BYTES + 16 * i as u32) as i32;
            let ty = self.f.local(r).ty;
            let addr = self.b.ins().load(PTR, trusted(), fp, off);
            if self.out_ptrs.get(i).copied().flatten().is_some() {
                let out = self.b.ins().load(PTR, trusted(), fp, off + 8);
                let size = self.cx.layout(ty).size;
                self.copy_mem(out, addr, size);
            } else {
                let v = self.load(addr, 0, ty);
                rets.extend_from_slice(v.parts());
            }
        }
        self.b.ins().return_(&rets);
    }

    /// A `return` in a function with defers: stores `vals` into the
    /// results, runs the deferred calls, and returns the results' values
    /// as the deferred calls left them.
    pub(crate) fn defer_return(&mut self, vals: Vec<CVal>) -> Vec<CVal> {
        let Some(st) = &self.defer else {
            return vals;
        };
        let frame_slot = st.frame;
        let results = self.f.results.clone();
        // Aggregates may alias the results themselves (`return b, a`).
        let vals: Vec<CVal> = vals
            .into_iter()
            .zip(&results)
            .map(|(v, &r)| {
                let t = self.f.local(r).ty;
                self.snapshot(t, v)
            })
            .collect();
        for (v, &r) in vals.iter().zip(&results) {
            let t = self.f.local(r).ty;
            let p = self.local_place(r);
            self.store_place(&p, t, v);
        }
        let frame = self.b.ins().stack_addr(PTR, frame_slot, 0);
        self.call_rt(&rt::DEFERRETURN, &[frame]);
        results
            .iter()
            .map(|&r| {
                let t = self.f.local(r).ty;
                let p = self.local_place(r);
                self.load_place(&p, t)
            })
            .collect()
    }

    /// `Stmt::Defer` (invariant I5: a call of a `func()` value, no arguments).
    pub(crate) fn defer_stmt(&mut self, e: &Expr) {
        let f = match &e.kind {
            ExprKind::Call {
                callee: Callee::Indirect(f),
                args,
                ..
            } if args.is_empty() => f,
            _ => {
                self.cx
                    .error(e.span, "rgo: internal error: defer of an unwrapped call");
                return;
            }
        };
        if let Some(token) = self.fid.and_then(|f| self.cx.prog.range_defer_token(f)) {
            // gc's `deferprocat`: attach to the enclosing function's frame.
            let fv = self.expr(f).one();
            let p = self.local_place(token);
            let ty = self.f.local(token).ty;
            let frame = self.load_place(&p, ty).one();
            self.call_rt(&rt::DEFERPROCAT, &[frame, fv]);
            return;
        }
        let Some(st) = &self.defer else {
            self.cx
                .error(e.span, "rgo: internal error: defer without a frame record");
            return;
        };
        let (frame_slot, in_frame) = (st.frame, st.in_frame.contains(&(e as *const Expr)));
        if let ExprKind::Closure { func, .. } = &f.kind {
            if self.cx.prog.defer_wrappers.binary_search(func).is_ok() {
                self.defer_iface_nil_check(*func);
            }
        }
        let fv = self.expr(f).one();
        let rec = if in_frame {
            self.raw_temp(DEFER_REC_BYTES, 8)
        } else {
            self.b.ins().iconst(PTR, 0)
        };
        let frame = self.b.ins().stack_addr(PTR, frame_slot, 0);
        self.call_rt(&rt::DEFERPROC, &[frame, fv, rec]);
    }

    /// `defer i.M()` panics at the `defer` statement when `i` is nil (gc
    /// evaluates the method value `i.M` there): checks the wrapper's
    /// captured receiver.
    fn defer_iface_nil_check(&mut self, wrapper: FuncId) {
        let w = self.cx.prog.func(wrapper);
        let (Some([Stmt::Expr(call)]), Some(ci)) = (w.body.as_deref(), &w.closure) else {
            return;
        };
        let ExprKind::Call {
            callee: Callee::Iface { recv, .. },
            ..
        } = &call.kind
        else {
            return;
        };
        let ExprKind::Local(inner) = recv.kind else {
            return;
        };
        let Some(c) = ci.captures.iter().find(|c| c.inner == inner) else {
            return;
        };
        let p = self.local_place(c.outer);
        let v = self.load_place(&p, recv.ty);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, v.parts()[0], 0);
        self.panic_if(is_nil, &rt::PANICNILDEREF, &[]);
    }

    /// `recover()`: the panic value, or nil.
    pub(crate) fn recover(&mut self) -> CVal {
        let is_wrapper = self
            .cx
            .by_name
            .get(self.f.name.as_str())
            .is_some_and(|id| self.cx.prog.defer_wrappers.binary_search(id).is_ok());
        let fp = self.b.ins().get_frame_pointer(PTR);
        let w = self.b.ins().iconst(types::I8, is_wrapper as i64);
        CVal::Parts(self.call_rt(&rt::GORECOVER, &[fp, w]))
    }

    /// `rgo_main`'s first call: registers the wrapper table.
    pub(crate) fn register_wrapper_table(&mut self) {
        let id = self.cx.module.declare_anonymous_data(true, false);
        let Ok(id) = id else {
            return;
        };
        self.cx.wrapper_table = Some(id);
        let t = self.data_addr(id);
        self.call_rt(&rt::SETWRAPPERS, &[t]);
    }
}
