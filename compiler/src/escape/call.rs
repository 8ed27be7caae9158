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
use crate::syntax::span::Span;
use crate::types::Type;

impl Escape<'_, '_, '_> {
    /// The functions a call may call, when they are known statically
    /// (gc's `StaticValue` + `resolveAssignedCallees`).
    fn static_callees(&self, callee: &Callee) -> Vec<FuncId> {
        match callee {
            Callee::Direct(f) if self.b.func(*f).wrapper => {
                wrapped_method(self.b.func(*f)).into_iter().collect()
            }
            Callee::Direct(f) => vec![*f],
            Callee::Iface { .. } => Vec::new(),
            Callee::Indirect(x) => {
                let mut x: &Expr = x;
                // The function `x` belongs to: a captured variable's value
                // is an expression of the enclosing function.
                let mut in_func = self.cur;
                loop {
                    match &x.kind {
                        // A method expression's wrapper (`(*T).M` of a value
                        // method, a promoted method) does not exist for gc's
                        // escape analysis: it calls the method itself, whose
                        // receiver summary then applies to `&x` (see
                        // `tag_hole`); an interface method is unknown.
                        ExprKind::FuncRef(f) if self.b.func(*f).wrapper => {
                            return wrapped_method(self.b.func(*f)).into_iter().collect();
                        }
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
                // gc calls a type parameter's method through the dictionary:
                // an unknown function.
                let dict = self.b.prog.dict_calls.contains_key(&(self.cur, span));
                let fns = if dict {
                    Vec::new()
                } else {
                    self.static_callees(callee)
                };
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
            // gc: the result is its first operand (OUNSAFEADD, ...).
            BuiltinOp::UnsafeAdd | BuiltinOp::UnsafeMake | BuiltinOp::UnsafeData => {
                if let Some(x) = args.first() {
                    self.expr(k0.clone(), x);
                }
                for a in args.iter().skip(1) {
                    self.discard(a);
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
        // gc tags no parameter without pointers: a pointer reaching one
        // (the `&x` of a method expression `(*T).M` of a value method M)
        // leaks to the heap.
        if !super::utils::has_pointers(self.b.tcx, func.local(p).ty) {
            return self.b.heap_hole();
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

    /// The call inside a go/defer wrapper at `pos`: its operands
    /// (`wrapper_operands`) are evaluated now into temporaries
    /// `.autotmp_N, ... = operands` that the `wrapper` closure captures by
    /// value (`flow_closure`), and the call made from the wrapper flows them
    /// as a normal call would; everything else is evaluated in the wrapper.
    pub(crate) fn wrapped_call(&mut self, call: &Expr, wrapper: LocId, pos: Span) {
        let keep = self.b.keep_notes;
        let ops = wrapper_operands(call);
        let base = self.b.wrapper_temp_base(self.cur, call.span);
        let names: Vec<String> = (0..ops.len())
            .map(|i| format!(".autotmp_{}", base + i as u32))
            .collect();
        let cur = self.cur;
        let b = &*self.b;
        let assign_text = || {
            let rhs: Vec<String> = ops.iter().map(|o| b.ir_text(cur, o)).collect();
            format!("{} = {}", names.join(", "), rhs.join(", "))
        };
        let assign_text = keep.then(assign_text).unwrap_or_default();
        let mut temps: Vec<(*const Expr, LocId)> = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            // gc positions a temporary at its operand, or at the
            // statement for a plain variable.
            // A lowering temporary stands for the expression it holds,
            // at whose span it is used.
            let at = match op.kind {
                ExprKind::Local(l) if self.func().local(l).kind.is_temp() => self.b.operand_pos(op),
                ExprKind::Local(_) | ExprKind::Global(_) => pos,
                _ => self.b.operand_pos(op),
            };
            let n = base + i as u32;
            let width = super::utils::size_of(self.b.tcx, op.ty);
            let t = self.b.new_loc(
                super::graph::LocKind::WrapperTemp { n, pos: at, width },
                self.cur,
                self.loop_depth,
                true,
            );
            let text = assign_text.clone();
            let k = Hole::new(t).note_text(keep, pos, "assign-pair", || text);
            self.expr(k, op);
            temps.push((*op as *const Expr, t));
        }
        let captured: Vec<LocId> = temps.iter().map(|(_, t)| *t).collect();
        self.b
            .closures
            .push((Hole::new(wrapper), super::Captures::Wrapper(captured)));
        let temp_of = |e: &Expr| {
            temps
                .iter()
                .find(|(p, _)| std::ptr::eq(*p, e))
                .map(|(_, t)| *t)
        };
        let call_pos = self.b.gc_pos(call.span);
        let call_text = if keep {
            let name = |e: &Expr| {
                temps
                    .iter()
                    .position(|(p, _)| std::ptr::eq(*p, e))
                    .map(|i| names[i].clone())
            };
            self.b.wrapped_call_text(self.cur, call, &name)
        } else {
            String::new()
        };
        let param_note =
            |k: Hole| k.note_text(keep, call_pos, "call parameter", || call_text.clone());
        // Evaluates operand `a` of the wrapped call into `k`.
        let arg = |e: &mut Self, k: Hole, a: &Expr| match temp_of(a) {
            Some(t) => e.b.flow(k, t),
            None => e.expr(k, a),
        };
        let saved = self.loop_depth;
        self.loop_depth = 1;
        match &call.kind {
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => {
                let fns = self.static_callees(callee);
                if let Callee::Iface { recv, .. } = callee {
                    let h = param_note(self.b.heap_hole());
                    arg(self, h, recv);
                }
                for (i, a) in args.iter().enumerate() {
                    let k = param_note(self.merged_tag_hole(&[], &fns, i));
                    match (&a.kind, variadic_site) {
                        // The variadic slice is built inside the wrapper.
                        (
                            ExprKind::Composite {
                                elems,
                                site: Some(s),
                                ..
                            },
                            Some(vs),
                        ) if s == vs => {
                            let k = self.spill(k, *s, a.span);
                            let at = Some(k.dst);
                            for (_, x) in elems {
                                let k =
                                    k.clone().note_at(keep, a.span, "slice-literal-element", at);
                                arg(self, k, x);
                            }
                        }
                        _ => arg(self, k, a),
                    }
                }
            }
            ExprKind::Builtin { op, args, .. } => {
                for a in args {
                    let k = if matches!(op, BuiltinOp::Panic) {
                        self.b.heap_hole()
                    } else {
                        self.b.discard_hole()
                    };
                    arg(self, k, a);
                }
            }
            _ => {}
        }
        self.loop_depth = saved;
    }
}

/// Whether gc wraps the go/defer `call` in a closure: unless it calls a
/// function value or function without parameters and results
/// (`normalizeGoDeferCall`'s normal form).
pub(crate) fn needs_wrapper(
    prog: &crate::ir::Program,
    tcx: &crate::types::TyCtx,
    call: &Expr,
) -> bool {
    let ExprKind::Call { callee, args, .. } = &call.kind else {
        return true;
    };
    if !args.is_empty() {
        return true;
    }
    match callee {
        Callee::Direct(f) => {
            let f = prog.func(*f);
            !(f.params.is_empty() && f.results.is_empty())
        }
        Callee::Indirect(x) => match tcx.under(x.ty) {
            Type::Func(sig) => !(sig.params.is_empty() && sig.results.is_empty()),
            _ => true,
        },
        Callee::Iface { .. } => true,
    }
}

/// The operands of a go/defer call that gc evaluates at the statement into
/// temporaries its wrapper captures (`normalizeGoDeferCall`): an interface
/// call's receiver, then the callee and the arguments, except constants,
/// nil, `new(T)` and functions, and with the elements of composite literals
/// instead of the literals.
pub(crate) fn wrapper_operands(call: &Expr) -> Vec<&Expr> {
    fn visit<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::FuncRef(_) | ExprKind::New(_) => {}
            ExprKind::Composite { elems, .. } => {
                for (_, x) in elems {
                    visit(x, out);
                }
            }
            // A receiver `devirt.rs` asserted (the assertion has the
            // interface's own extent): gc asserts inside the wrapper, whose
            // temporary holds the interface.
            ExprKind::TypeAssert { x, comma_ok: false } if e.span == x.span => visit(x, out),
            ExprKind::Deref(y)
                if matches!(&y.kind, ExprKind::TypeAssert { x, comma_ok: false }
                    if y.span == x.span && e.span == y.span) =>
            {
                visit(y, out)
            }
            _ => out.push(e),
        }
    }
    let mut out = Vec::new();
    match &call.kind {
        ExprKind::Call { callee, args, .. } => {
            match callee {
                Callee::Direct(_) => {}
                Callee::Indirect(x) => visit(x, &mut out),
                Callee::Iface { recv, .. } => out.push(recv),
            }
            for a in args {
                visit(a, &mut out);
            }
        }
        ExprKind::Builtin { args, .. } => {
            for a in args {
                visit(a, &mut out);
            }
        }
        _ => {}
    }
    out
}

/// The method a method-expression wrapper calls directly (`None` for an
/// interface method): its body's one direct call.
fn wrapped_method(w: &crate::ir::Func) -> Option<FuncId> {
    fn find(stmts: &[crate::ir::Stmt]) -> Option<FuncId> {
        use crate::ir::Stmt;
        stmts.iter().find_map(|s| {
            let e = match s {
                Stmt::Return(vals) => vals.first()?,
                Stmt::Expr(e) => e,
                Stmt::Assign(_, rhs) => rhs.first()?,
                Stmt::If { then, els, .. } => return find(then).or_else(|| find(els)),
                _ => return None,
            };
            match &e.kind {
                ExprKind::Call {
                    callee: Callee::Direct(m),
                    ..
                } => Some(*m),
                _ => None,
            }
        })
    }
    find(w.body.as_deref()?)
}
