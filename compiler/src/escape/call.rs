//! Calls (gc's `call.go`): arguments flow according to the callee's
//! parameter summaries (`tag_hole`), or into the callee's parameter
//! locations when it is analysed in the same batch; unknown callees send
//! every argument to the heap. Builtins have their own rules.
//!
//! See `escape/mod.rs` for the overview.

use super::graph::{Hole, LocId};
use super::utils::{elem, has_pointers, is_string};
use super::Escape;
use crate::ir::{BuiltinOp, Callee, Expr, ExprKind, FuncId};
use crate::types::Type;

impl Escape<'_, '_, '_> {
    /// The functions a call may call, when they are known statically
    /// (gc's `StaticValue` + `resolveAssignedCallees`).
    fn static_callees(&self, callee: &Callee) -> Vec<FuncId> {
        match callee {
            Callee::Direct(f) => vec![*f],
            Callee::Iface { .. } => Vec::new(),
            Callee::Indirect(x) => {
                let mut x: &Expr = x;
                // The function `x` belongs to: a captured variable's value
                // is an expression of the enclosing function.
                let mut in_func = self.cur;
                loop {
                    match &x.kind {
                        ExprKind::FuncRef(f) => return vec![*f],
                        ExprKind::Closure { func, .. } => return vec![*func],
                        ExprKind::Convert(y) => x = y,
                        ExprKind::Local(l) => match self.b.static_value(in_func, *l) {
                            Some(v) => {
                                in_func = self.b.canonical(in_func, *l).0;
                                x = v;
                            }
                            None => return self.b.assigned_callees(in_func, *l),
                        },
                        _ => return Vec::new(),
                    }
                }
            }
        }
    }

    /// Evaluates a call whose results flow to `ks` (one hole per result;
    /// empty when the results are discarded).
    pub fn call(&mut self, ks: Vec<Hole>, call: &Expr) {
        let keep = self.b.keep_notes;
        let span = call.span;
        match &call.kind {
            ExprKind::Call { callee, args, .. } => {
                let fns = self.static_callees(callee);
                // Results of a callee in this batch flow from its result variables.
                if !ks.is_empty() {
                    for &f in &fns {
                        if self.in_mutual_batch(f) {
                            let results = self.b.func(f).results.clone();
                            for (i, r) in results.iter().enumerate() {
                                if let Some(k) = ks.get(i) {
                                    let loc = self.b.var_loc(f, *r);
                                    self.b.flow(k.clone(), loc);
                                }
                            }
                        }
                    }
                }
                match callee {
                    Callee::Direct(_) => {}
                    Callee::Indirect(fx) => {
                        let mut callee_k = self.b.discard_hole();
                        if fns.is_empty() && ks.iter().any(|k| k.dst != super::BLANK_LOC) {
                            callee_k = self.b.callee_hole().note(keep, span, "callee operand");
                        }
                        self.expr(callee_k, fx);
                    }
                    Callee::Iface { recv, .. } => {
                        // The receiver of an interface method call goes to the heap.
                        let k = self.b.heap_hole().note(keep, span, "call parameter");
                        self.expr(k, recv);
                    }
                }
                for (i, a) in args.iter().enumerate() {
                    let k = self.merged_tag_hole(&ks, &fns, i);
                    self.expr(k.note(keep, span, "call parameter"), a);
                }
            }
            ExprKind::Builtin { op, args, site } => self.builtin(ks, *op, args, *site, call),
            _ => {
                let k = ks
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| self.b.discard_hole());
                self.expr(k, call);
            }
        }
    }

    fn builtin(
        &mut self,
        ks: Vec<Hole>,
        op: BuiltinOp,
        args: &[Expr],
        site: Option<crate::ir::AllocSiteId>,
        call: &Expr,
    ) {
        let keep = self.b.keep_notes;
        let tcx = self.b.tcx;
        let span = call.span;
        let k0 = ks.first().cloned().unwrap_or_else(|| self.b.discard_hole());
        let arg = |e: &mut Self, k: Hole, a: &Expr| e.expr(k.note(keep, span, "call parameter"), a);
        match op {
            BuiltinOp::Append => {
                let Some(first) = args.first() else { return };
                let m = self.b.mutator_hole();
                let mut appendee_k = self.tee_hole(vec![k0.clone(), m]);
                let et = elem(tcx, first.ty);
                if et.is_some_and(|t| has_pointers(tcx, t)) {
                    let h = self.b.heap_hole().deref_note(keep, span, "appendee slice");
                    appendee_k = self.tee_hole(vec![appendee_k, h]);
                }
                arg(self, appendee_k, first);
                let spread = args.len() == 2
                    && et.is_some_and(|t| t != args[1].ty)
                    && (args[1].ty == first.ty
                        || is_string(tcx, args[1].ty)
                        || matches!(tcx.under(args[1].ty), Type::Slice(e) if Some(*e) == et));
                if spread {
                    let mut appended_k = self.b.discard_hole();
                    if matches!(tcx.under(args[1].ty), Type::Slice(_))
                        && elem(tcx, args[1].ty).is_some_and(|t| has_pointers(tcx, t))
                    {
                        appended_k = self
                            .b
                            .heap_hole()
                            .deref_note(keep, span, "appended slice...");
                    }
                    arg(self, appended_k, &args[1]);
                } else {
                    for a in &args[1..] {
                        let h = self.b.heap_hole();
                        arg(self, h, a);
                    }
                }
                if let Some(s) = site {
                    let backing = self.spill(k0, s, span);
                    // The backing store never escapes just because of loops.
                    self.b.loc_mut(backing.dst).loop_depth = 0;
                }
            }
            BuiltinOp::Copy => {
                if let Some(x) = args.first() {
                    let m = self.b.mutator_hole();
                    arg(self, m, x);
                }
                if let Some(y) = args.get(1) {
                    let mut copied_k = self.b.discard_hole();
                    if matches!(tcx.under(y.ty), Type::Slice(_))
                        && elem(tcx, y.ty).is_some_and(|t| has_pointers(tcx, t))
                    {
                        copied_k = self.b.heap_hole().deref_note(keep, span, "copied slice");
                    }
                    arg(self, copied_k, y);
                }
            }
            BuiltinOp::Panic => {
                for a in args {
                    let h = self.b.heap_hole();
                    arg(self, h, a);
                }
            }
            BuiltinOp::Min | BuiltinOp::Max => {
                for a in args {
                    arg(self, k0.clone(), a);
                }
            }
            BuiltinOp::Clear => {
                for a in args {
                    let m = self.b.mutator_hole();
                    arg(self, m, a);
                }
            }
            // `range` over a map (gc's ORANGE): the value comes from the
            // map's contents; `args[1]` is the map, evaluated before the loop.
            BuiltinOp::MapIterElem => {
                if let Some(m) = args.get(1) {
                    self.expr(k0.deref_note(keep, span, "range-deref"), m);
                }
            }
            BuiltinOp::Len
            | BuiltinOp::Cap
            | BuiltinOp::Complex
            | BuiltinOp::Real
            | BuiltinOp::Imag
            | BuiltinOp::Print
            | BuiltinOp::Println
            | BuiltinOp::Delete
            | BuiltinOp::Recover
            | BuiltinOp::Close
            | BuiltinOp::MapIterInit
            | BuiltinOp::MapIterNext
            | BuiltinOp::MapIterKey
            | BuiltinOp::PanicRangeState
            | BuiltinOp::DeferRangeFunc
            | BuiltinOp::MoveToHeap(_) => {
                for a in args {
                    self.discard(a);
                }
            }
        }
    }

    /// Whether `f` is analysed in this batch and not yet summarised.
    pub fn in_mutual_batch(&self, f: FuncId) -> bool {
        self.b.in_batch.contains(&f) && !self.b.st.tagged[f.index()]
    }

    /// The hole for argument `i` of a call that may call any of `fns`.
    fn merged_tag_hole(&mut self, ks: &[Hole], fns: &[FuncId], i: usize) -> Hole {
        if fns.is_empty() {
            return self.b.heap_hole();
        }
        let holes: Vec<Hole> = fns.iter().map(|f| self.tag_hole(ks, Some(*f), i)).collect();
        self.tee_hole(holes)
    }

    /// The hole for parameter `i` of `f` (receiver first): its location when
    /// `f` is in this batch, else the flows its summary describes.
    pub fn tag_hole(&mut self, ks: &[Hole], f: Option<FuncId>, i: usize) -> Hole {
        let Some(f) = f else {
            return self.b.heap_hole();
        };
        let func = self.b.func(f);
        let Some(&p) = func.params.get(i) else {
            return self.b.heap_hole();
        };
        if self.in_mutual_batch(f) {
            let name = &func.local(p).name;
            if name == "_" || name.is_empty() {
                return self.b.discard_hole();
            }
            return Hole::new(self.b.var_loc(f, p));
        }
        let esc = match &self.b.st.tags[f.index()] {
            Some(tags) => tags.get(i).copied().unwrap_or_default(),
            None => super::leaks::Leaks::heap_leak(),
        };
        let mut tag_ks = Vec::new();
        if let Some(x) = esc.heap() {
            tag_ks.push(self.b.heap_hole().shift(x));
        }
        if let Some(x) = esc.mutator() {
            tag_ks.push(self.b.mutator_hole().shift(x));
        }
        if let Some(x) = esc.callee() {
            tag_ks.push(self.b.callee_hole().shift(x));
        }
        for (ri, k) in ks.iter().enumerate().take(super::leaks::NUM_ESC_RESULTS) {
            if let Some(x) = esc.result(ri) {
                tag_ks.push(k.clone().shift(x));
            }
        }
        self.tee_hole(tag_ks)
    }

    /// The call inside a go/defer wrapper: arguments are evaluated now into
    /// temporaries captured (by value) by the `wrapper` closure, and the
    /// call made from the wrapper flows them as a normal call would.
    pub(crate) fn wrapped_call(&mut self, call: &Expr, wrapper: LocId) {
        let keep = self.b.keep_notes;
        let span = call.span;
        // Evaluates `a` into a fresh captured temporary.
        let capture = |e: &mut Self, a: &Expr| -> LocId {
            let t =
                e.b.new_loc(super::graph::LocKind::Temp, e.cur, e.loop_depth, true);
            e.expr(Hole::new(t), a);
            e.b.flow(
                Hole::new(wrapper).note(keep, span, "captured by a closure"),
                t,
            );
            t
        };
        match &call.kind {
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => {
                let fns = self.static_callees(callee);
                match callee {
                    Callee::Direct(_) => {}
                    Callee::Indirect(fx) => {
                        capture(self, fx);
                    }
                    Callee::Iface { recv, .. } => {
                        let t = capture(self, recv);
                        let h = self.b.heap_hole().note(keep, span, "call parameter");
                        self.b.flow(h, t);
                    }
                }
                // The variadic slice is built inside the wrapper, from the
                // already evaluated elements.
                let mut temps = Vec::new();
                for a in args {
                    match (&a.kind, variadic_site) {
                        (
                            ExprKind::Composite {
                                elems,
                                site: Some(s),
                                ..
                            },
                            Some(vs),
                        ) if s == vs => {
                            let ts: Vec<LocId> =
                                elems.iter().map(|(_, x)| capture(self, x)).collect();
                            temps.push(Err((ts, *s, a.span)));
                        }
                        _ => temps.push(Ok(capture(self, a))),
                    }
                }
                let saved = self.loop_depth;
                self.loop_depth = 1;
                for (i, t) in temps.into_iter().enumerate() {
                    let k = self
                        .merged_tag_hole(&[], &fns, i)
                        .note(keep, span, "call parameter");
                    match t {
                        Ok(t) => self.b.flow(k, t),
                        Err((ts, s, sspan)) => {
                            let k = self.spill(k, s, sspan);
                            for t in ts {
                                let at = Some(k.dst);
                                let k = k.clone().note_at(keep, sspan, "slice-literal-element", at);
                                self.b.flow(k, t);
                            }
                        }
                    }
                }
                self.loop_depth = saved;
            }
            ExprKind::Builtin { op, args, .. } => {
                for a in args {
                    let t = capture(self, a);
                    if matches!(op, BuiltinOp::Panic) {
                        let h = self.b.heap_hole();
                        self.b.flow(h, t);
                    }
                }
            }
            _ => {
                let t = capture(self, call);
                let _ = t;
            }
        }
    }
}
