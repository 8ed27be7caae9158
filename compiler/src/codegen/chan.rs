//! Goroutines and channels: `go`, `make(chan T, n)`, send, receive,
//! `close`, `len`/`cap` and `select`, as calls into the runtime's scheduler
//! and channels (`runtime/src/sched.rs`, `runtime/src/chan.rs`).
//!
//! A channel value is one word, a pointer to the runtime's `Hchan` (null
//! for a nil channel; `len` is its word 0, `cap` word 1). Elements are
//! passed by address: a send spills the value into a stack temporary, a
//! receive gives the runtime a zeroed temporary to fill and loads it back,
//! so the runtime copies elements with `memmove` whatever their type.
//! `select` builds gc's `scase` array (16 bytes a case, `{c, elem}`, sends
//! first) in the frame and calls `rt_selectgo`, which returns the chosen
//! case (in that order, mapped back to source order here) and the receive's
//! `ok`. Invariant: every element temporary is in the frame of the
//! goroutine that blocks, so the collector's scan of that goroutine's stack
//! keeps what it points to alive while it waits.

use super::func::{CVal, FunctionCx};
use super::{data, rt, PTR};
use crate::ir::{Callee, Expr, ExprKind, SelectCase};
use crate::types::layout;
use crate::types::{Type, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl FunctionCx<'_, '_, '_> {
    /// The element type of channel type `t`.
    fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.tcx().under(t) {
            Type::Chan(_, e) => *e,
            _ => t,
        }
    }

    /// `make(chan T)` / `make(chan T, n)` of type `t`.
    pub(crate) fn make_chan(&mut self, t: TypeId, size: Option<&Expr>) -> CVal {
        let n = match size {
            Some(s) => {
                let v = self.expr(s).one();
                self.widen_i64(v, s.ty)
            }
            None => self.b.ins().iconst(PTR, 0),
        };
        let d = data::type_desc(self.cx, t);
        let td = self.data_addr(d);
        CVal::Parts(vec![self.call_rt(&rt::MAKECHAN, &[td, n])[0]])
    }

    /// `len(ch)` / `cap(ch)`: header word 0 / 1, 0 for a nil channel.
    pub(crate) fn chan_len_cap(&mut self, c: Value, cap: bool) -> Value {
        let z = data::zeroval(self.cx);
        let zero = self.data_addr(z);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, c, 0);
        let p = self.b.ins().select(is_nil, zero, c);
        let off = if cap {
            layout::HCHAN_DATAQSIZ
        } else {
            layout::HCHAN_QCOUNT
        };
        self.b
            .ins()
            .load(types::I64, super::func::mem(), p, off as i32)
    }

    /// A stack temporary holding `v` of type `t`; its address.
    fn spill_elem(&mut self, t: TypeId, v: &CVal) -> Value {
        let lay = self.cx.layout(t);
        let a = self.raw_temp(lay.size.max(1), lay.align);
        self.store(a, 0, t, v);
        a
    }

    /// `ch <- v`.
    pub(crate) fn send_stmt(&mut self, ch: &Expr, v: &Expr) {
        let c = self.expr(ch).one();
        let et = self.chan_elem(ch.ty);
        let val = self.expr(v);
        let a = self.spill_elem(et, &val);
        self.call_rt(&rt::CHANSEND, &[c, a]);
    }

    /// `<-ch`: the value, and for the comma-ok form whether one was received.
    pub(crate) fn recv(&mut self, ch: &Expr) -> (CVal, Value) {
        let c = self.expr(ch).one();
        let et = self.chan_elem(ch.ty);
        let slot = self.temp(et);
        let ok = self.call_rt(&rt::CHANRECV, &[c, slot])[0];
        let v = self.load(slot, 0, et);
        (v, ok)
    }

    /// `close(ch)`.
    pub(crate) fn close_chan(&mut self, ch: &Expr) {
        let c = self.expr(ch).one();
        self.call_rt(&rt::CLOSECHAN, &[c]);
    }

    /// `ExprKind::Select`: `(case index or -1, received ok)`.
    pub(crate) fn select(&mut self, cases: &[SelectCase], block: bool) -> Vec<CVal> {
        // Runtime order: sends first, then receives, each in source order.
        let order: Vec<usize> = (0..cases.len())
            .filter(|&i| cases[i].send.is_some())
            .chain((0..cases.len()).filter(|&i| cases[i].send.is_none()))
            .collect();
        let nsends = cases.iter().filter(|c| c.send.is_some()).count();
        let sc = layout::SCASE_BYTES as usize;
        let arr = self.raw_temp((sc * cases.len()).max(sc) as u64, 8);
        let mut recv_slots = vec![None; cases.len()];
        for (k, &i) in order.iter().enumerate() {
            let c = &cases[i];
            let ch = self.expr(&c.ch).one();
            let et = self.chan_elem(c.ch.ty);
            let elem = match &c.send {
                Some(v) => {
                    let val = self.expr(v);
                    self.spill_elem(et, &val)
                }
                None => {
                    let slot = self.temp(et);
                    recv_slots[i] = Some((slot, et));
                    slot
                }
            };
            let off = (sc * k) as i32;
            self.b.ins().store(super::func::mem(), ch, arr, off);
            self.b.ins().store(super::func::mem(), elem, arr, off + 8);
        }
        let ns = self.b.ins().iconst(PTR, nsends as i64);
        let nr = self.b.ins().iconst(PTR, (cases.len() - nsends) as i64);
        let bl = self.b.ins().iconst(types::I8, block as i64);
        let r = self.call_rt(&rt::SELECTGO, &[arr, ns, nr, bl]);
        // Map the runtime's index back to source order: a table in the
        // frame, indexed by the runtime index (-1 stays -1).
        let table = self.raw_temp((8 * cases.len()).max(8) as u64, 8);
        for (k, &i) in order.iter().enumerate() {
            let v = self.b.ins().iconst(PTR, i as i64);
            self.b
                .ins()
                .store(super::func::mem(), v, table, 8 * k as i32);
        }
        let is_default = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r[0], 0);
        let zero = self.b.ins().iconst(PTR, 0);
        let k = self.b.ins().select(is_default, zero, r[0]);
        let off = self.b.ins().imul_imm_s(k, 8);
        let at = self.b.ins().iadd(table, off);
        let src = self.b.ins().load(types::I64, super::func::mem(), at, 0);
        let minus1 = self.b.ins().iconst(PTR, -1);
        let idx = self.b.ins().select(is_default, minus1, src);
        // Copy the chosen receive's value into its temporary.
        for (i, c) in cases.iter().enumerate() {
            let (Some(l), Some((slot, et))) = (c.recv, recv_slots[i]) else {
                continue;
            };
            let (yes, join) = (self.b.create_block(), self.b.create_block());
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, idx, i as i64);
            self.br(hit, yes, join);
            self.b.switch_to_block(yes);
            let v = self.load(slot, 0, et);
            let p = self.local_place(l);
            self.store_place(&p, et, &v);
            self.jump(join, &[]);
            self.b.switch_to_block(join);
        }
        let ok = self.b.ins().ireduce(types::I8, r[1]);
        vec![CVal::Parts(vec![idx]), CVal::Parts(vec![ok])]
    }

    /// `Stmt::Go` (invariant I5: a call of a `func()` value, no arguments).
    pub(crate) fn go_stmt(&mut self, e: &Expr) {
        let f = match &e.kind {
            ExprKind::Call {
                callee: Callee::Indirect(f),
                args,
                ..
            } if args.is_empty() => f,
            _ => {
                self.cx
                    .error(e.span, "rgo: internal error: go of an unwrapped call");
                return;
            }
        };
        let fv = self.expr(f).one();
        self.call_rt(&rt::NEWPROC, &[fv]);
    }
}
